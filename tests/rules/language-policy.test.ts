import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/rules/index';
import { hintsOf, strategyWith } from './helpers';

const RULE = 'language-policy';
const nynorskOnly = strategyWith({ languages: { allowed: ['nn'] } });
const norwegian = strategyWith({ languages: { allowed: ['nb', 'nn'] } });

describe(RULE, () => {
  it.each([
    ['Jeg synes ikke vi skal gjøre dette før neste uke', 'bokmål'],
    ['We are hiring two developers for our team in Bergen', 'engelsk'],
  ])('warns when a nynorsk-only account writes in another standard: %s', (text, standard) => {
    const [hint] = hintsOf(RULE, text, nynorskOnly);
    expect(hint?.severity).toBe('warning');
    expect(hint?.message.nn).toContain(standard);
    expect(hint?.message.nn).toContain('nynorsk');
  });

  it.each([
    'Eg synest ikkje vi skal gjere dette før neste veke',
    'Kva tenkjer du om den nye planen for skulen?',
    'Ok',
    'Takk!',
  ])('is quiet on nynorsk and on drafts too short to tell: %s', (text) => {
    expect(hintsOf(RULE, text, nynorskOnly)).toEqual([]);
  });

  it('warns a bokmål-only account about nynorsk, and an English-only one about Norwegian', () => {
    const bokmal = strategyWith({ languages: { allowed: ['nb'] } });
    const english = strategyWith({ languages: { allowed: ['en'] } });
    expect(hintsOf(RULE, 'Eg veit ikkje kva vi skal gjere med dette', bokmal)[0]?.message.nb).toContain(
      'nynorsk',
    );
    expect(hintsOf(RULE, 'Vi gleder oss til å se dere på messen i morgen', english)[0]?.message.en).toContain(
      'Bokmål',
    );
    expect(hintsOf(RULE, 'Looking forward to seeing you at the fair tomorrow', english)).toEqual([]);
  });

  it('names every allowed standard', () => {
    const [hint] = hintsOf(RULE, 'We are hiring two developers for our team in Bergen', norwegian);
    expect(hint?.message.nb).toContain('bokmål eller nynorsk');
    expect(hint?.message.en).toContain('Bokmål or Nynorsk');
  });

  it('says nothing when the strategy allows all three', () => {
    expect(hintsOf(RULE, 'We are hiring two developers for our team')).toEqual([]);
  });

  it('reports the detected standard, and und for one word', () => {
    expect(
      analyzeDraft({ text: 'Eg veit ikkje kva vi skal gjere', kind: 'post' }, nynorskOnly).language,
    ).toBe('nn');
    expect(analyzeDraft({ text: 'Jeg vet ikke hva vi skal gjøre', kind: 'post' }, nynorskOnly).language).toBe(
      'nb',
    );
    expect(
      analyzeDraft({ text: 'I do not know what we should do', kind: 'post' }, nynorskOnly).language,
    ).toBe('en');
    expect(analyzeDraft({ text: 'Hei', kind: 'post' }, nynorskOnly).language).toBe('und');
  });
});
