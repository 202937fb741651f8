import { describe, expect, it } from 'vitest';
import { format, resolveUiLanguage } from '../lib/i18n';

describe('resolveUiLanguage', () => {
  it('follows the user over the browser', () => {
    expect(resolveUiLanguage('nn', ['en-US'])).toBe('nn');
  });
  it('maps browser tags for bokmål, nynorsk and English', () => {
    expect(resolveUiLanguage('auto', ['nb-NO'])).toBe('nb');
    expect(resolveUiLanguage('auto', ['no'])).toBe('nb');
    expect(resolveUiLanguage('auto', ['nn-NO', 'nb'])).toBe('nn');
    expect(resolveUiLanguage('auto', ['de-DE', 'en-GB'])).toBe('en');
    expect(resolveUiLanguage('auto', ['de-DE'])).toBe('en');
  });
});

describe('format', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    const catalog = { nb: { k: '{n} av {max}' }, nn: { k: '{n} av {max}' }, en: { k: '{n} of {max}' } };
    expect(format(catalog, 'en', 'k', { n: 3 })).toBe('3 of {max}');
  });
});
