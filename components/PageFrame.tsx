import type { ReactNode } from 'react';
import { resolveUiLanguage } from '../lib/i18n';
import type { StrategySnapshot } from '../lib/messaging/client';
import { LanguageProvider } from './I18n';
import { LanguageSwitcher } from './LanguageSwitcher';
import { PageHeader } from './PageHeader';

/**
 * The frame of the popup and the side panel: the UI language the strategy asks for (else the
 * browser's), and the header with the language switcher. `snapshot` is undefined until read.
 */
export function PageFrame({
  page,
  snapshot,
  children,
}: {
  page: string;
  snapshot: StrategySnapshot | undefined;
  children: ReactNode;
}) {
  const language = resolveUiLanguage(snapshot?.strategy.uiLanguage ?? 'auto');
  return (
    <LanguageProvider language={language}>
      <main data-page={page} lang={language}>
        <PageHeader>
          {/* A refused strategy is kept for the user to repair; saving the defaults over it would lose it. */}
          <LanguageSwitcher strategy={snapshot?.refused ? undefined : snapshot?.strategy} />
        </PageHeader>
        {children}
      </main>
    </LanguageProvider>
  );
}
