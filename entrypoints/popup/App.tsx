import { LanguageProvider } from '../../components/I18n';
import { resolveUiLanguage } from '../../lib/i18n';
import { common } from '../../lib/i18n/common';

/** Placeholder page; the popup issue fills it in. */
export function App() {
  const language = resolveUiLanguage('auto');
  return (
    <LanguageProvider language={language}>
      <main data-page="popup">
        <h1>{common[language].productName}</h1>
      </main>
    </LanguageProvider>
  );
}
