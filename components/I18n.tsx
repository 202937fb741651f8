import { createContext, type ReactNode, useCallback, useContext } from 'react';
import { type Catalog, format, type UiLanguage } from '../lib/i18n';

const LanguageContext = createContext<UiLanguage>('en');

/** Provides the UI language to every component below it. */
export function LanguageProvider({ language, children }: { language: UiLanguage; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

/** The current UI language. */
export function useLanguage(): UiLanguage {
  return useContext(LanguageContext);
}

/** A translate function bound to `catalog` and the current language. */
export function useT<K extends string>(catalog: Catalog<K>) {
  const language = useLanguage();
  return useCallback(
    (key: K, params?: Record<string, string | number>) => format(catalog, language, key, params),
    [catalog, language],
  );
}
