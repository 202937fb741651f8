import { describe, expect, it } from 'vitest';
import { checklistMessages } from '../../lib/checklist/messages';
import type { Catalog } from '../../lib/i18n';
import { common } from '../../lib/i18n/common';
import { componentsCatalog } from '../../lib/i18n/components';
import { learningCatalog } from '../../lib/i18n/learning';
import { optionsCatalog } from '../../lib/i18n/options';
import { popupCatalog } from '../../lib/i18n/popup';
import { sidepanelCatalog } from '../../lib/i18n/sidepanel';
import { threadCatalog } from '../../lib/i18n/thread';
import { welcomeCatalog } from '../../lib/i18n/welcome';
import { xMessages } from '../../lib/x/messages';

const catalogs: Record<string, Catalog<string>> = {
  common,
  checklist: checklistMessages,
  'content script': xMessages,
  components: componentsCatalog,
  sidepanel: sidepanelCatalog,
  popup: popupCatalog,
  options: optionsCatalog,
  welcome: welcomeCatalog,
  'learning and listening': learningCatalog,
  thread: threadCatalog,
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(catalogs))('the %s catalogue', (_name, catalog) => {
  const keys = Object.keys(catalog.en).sort();

  it('has text for every key, with the same placeholders in each language', () => {
    for (const key of keys) {
      const en = catalog.en[key] as string;
      for (const language of ['nb', 'nn'] as const) {
        const text = catalog[language][key] as string;
        expect(text.trim(), `${language}.${key}`).not.toBe('');
        expect(placeholders(text), `${language}.${key}`).toEqual(placeholders(en));
      }
    }
  });

  it('writes nynorsk, not bokmål, where the two differ', () => {
    // Words that exist in bokmål only: a slip from copying the bokmål text.
    const bokmalOnly = /\b(ikke|hvordan|hvem|hva|hvis|mye|noen|ennå|deres|dere|fremdeles|bare)\b/i;
    for (const key of keys) expect(catalog.nn[key], `nn.${key}`).not.toMatch(bokmalOnly);
  });
});
