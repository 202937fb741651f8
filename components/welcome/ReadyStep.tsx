import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { welcomeCatalog } from '../../lib/i18n/welcome';
import { useT } from '../I18n';
import { StepFrame } from './StepFrame';

/** The shortcut the user's browser has for opening the coach, or '' when none is set. */
function useCoachShortcut(): string {
  const [keys, setKeys] = useState('');
  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then(
        (commands) => {
          const shortcut = commands.find((command) => command.name === 'open-coach')?.shortcut ?? '';
          if (live) setKeys(shortcut);
        },
        () => {},
      );
    return () => {
      live = false;
    };
  }, []);
  return keys;
}

/** Closes this tab (it was opened for the welcome); a page opened by hand just stays. */
async function closeWelcome(): Promise<void> {
  try {
    const tab = await browser.tabs.getCurrent();
    if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  } catch {
    window.close();
  }
}

/** How to open the coach (toolbar button, keyboard command, the badge) and what Kvitter reads and never sends. */
export function ReadyStep() {
  const t = useT(welcomeCatalog);
  const keys = useCoachShortcut();
  return (
    <StepFrame
      id="ready"
      skippable={false}
      nextLabel={t('finish')}
      onNext={async () => {
        await closeWelcome();
        return false;
      }}
    >
      <p>{t('readyIntro')}</p>
      <h3>{t('openTitle')}</h3>
      <ul className="ready-list">
        <li>{t('openToolbar')}</li>
        <li>{keys ? t('openShortcut', { keys }) : t('openShortcutUnset')}</li>
        <li>{t('openBadge')}</li>
      </ul>
      <h3>{t('privacyTitle')}</h3>
      <ul className="ready-list" data-privacy>
        <li>{t('privacyReads')}</li>
        <li>{t('privacyKeeps')}</li>
        <li>{t('privacyNever')}</li>
      </ul>
      <div className="button-row">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
        <a className="button" href="https://x.com/home" target="_blank" rel="noreferrer">
          {t('openX')}
        </a>
      </div>
    </StepFrame>
  );
}
