import type { UiLanguage, UiLanguagePreference } from '../core/languages';

export type { UiLanguage, UiLanguagePreference };

/** A catalogue of UI messages: one record per language with the same keys. */
export type Catalog<K extends string> = Record<UiLanguage, Record<K, string>>;

/**
 * Declares a catalogue. The keys are inferred from all three languages together, so a key that
 * one language lacks (or has extra) is a type error: parity needs no test.
 */
export function defineCatalog<const K extends string>(catalog: Catalog<K>): Catalog<K> {
  return catalog;
}

/**
 * The UI language to show: the user's choice, else the browser's. Nynorsk browsers report `nn`,
 * bokmål ones `nb` or the older `no`; anything else falls back to English.
 */
export function resolveUiLanguage(
  preference: UiLanguagePreference,
  browserLanguages: readonly string[] = globalThis.navigator?.languages ?? [],
): UiLanguage {
  if (preference !== 'auto') return preference;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'nn') return 'nn';
    if (primary === 'nb' || primary === 'no') return 'nb';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/** Looks up `key` and fills `{name}` placeholders; a missing placeholder stays visible rather than vanishing. */
export function format<K extends string>(
  catalog: Catalog<K>,
  language: UiLanguage,
  key: K,
  params: Record<string, string | number> = {},
): string {
  const template = catalog[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
