import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { checklistProgress, evaluateChecklist } from '../../lib/checklist';
import { popupCatalog } from '../../lib/i18n/popup';
import { welcomeCatalog } from '../../lib/i18n/welcome';
import { openWelcome } from '../../lib/messaging/welcome';
import type { Strategy } from '../../lib/strategy/schema';
import { useClient } from '../client';
import { useLanguage, useT } from '../I18n';
import { Listen } from '../listen/Listen';
import { PageFrame } from '../PageFrame';
import { Suggestions } from '../suggestions/Suggestions';
import { useProfileScan, useStrategy } from '../useBackground';
import { ChecklistRow } from './ChecklistRow';
import { openCoach } from './openCoach';
import { useTicked } from './useTicked';

/** Where the user's own profile is checked: X sends them on to it once they are logged in. */
const X_HOME = 'https://x.com/';

/**
 * The toolbar popup: the profile and bio checklist, the ways to the coach, the strategy and the
 * welcome page, the proposals learned from the user's posts, and Listen.
 */
export function Popup() {
  const snapshot = useStrategy();
  return (
    <PageFrame page="popup" snapshot={snapshot}>
      <Checklist strategy={snapshot?.strategy ?? null} />
    </PageFrame>
  );
}

function Checklist({ strategy }: { strategy: Strategy | null }) {
  const t = useT(popupCatalog);
  const welcome = useT(welcomeCatalog);
  const language = useLanguage();
  const client = useClient();
  const scan = useProfileScan();
  const { ticked, toggle } = useTicked();
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  const [coachFailed, setCoachFailed] = useState(false);

  useEffect(() => {
    // Known before the click: the side panel must open inside the click's user gesture.
    browser.windows
      .getCurrent()
      .then((window) => setWindowId(window?.id))
      .catch(() => undefined);
  }, []);

  const results = evaluateChecklist({ scan: scan ?? null, strategy, ticked });
  const { done, total } = checklistProgress(results);
  const date = scan ? new Date(scan.scannedAt).toLocaleDateString(language === 'en' ? 'en-GB' : 'nb-NO') : '';

  return (
    <>
      <section className="progress-box" aria-labelledby="checklist-title">
        <h2 id="checklist-title">{t('title')}</h2>
        <p className="progress-text">{t('progress', { done, total })}</p>
        <progress max={total} value={done} aria-label={t('progress', { done, total })} />
        {scan === null && (
          <p className="notice never-scanned">
            {t('neverScanned')}{' '}
            <a href={X_HOME} target="_blank" rel="noreferrer" className="button">
              {t('openX')}
            </a>
          </p>
        )}
        {scan && <p className="small muted">{t('scanned', { handle: scan.handle, date })}</p>}
      </section>
      <nav className="popup-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            void openCoach(windowId, client).then((opened) => {
              setCoachFailed(!opened);
              if (opened) window.close();
            });
          }}
        >
          {t('openCoach')}
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
        <button type="button" onClick={() => void openWelcome().then(() => window.close())}>
          {welcome('openWelcome')}
        </button>
        {coachFailed && (
          <p role="alert" className="field-error">
            {t('coachFailed')}
          </p>
        )}
      </nav>
      <Suggestions hideWhenEmpty limit={3} />
      {strategy && (
        <Listen strategy={strategy} handle={scan?.handle ?? null} onOpened={() => window.close()} />
      )}
      <ul className="checklist">
        {results.map((item) => (
          <ChecklistRow key={item.id} item={item} onTick={(on) => void toggle(item.id, on)} />
        ))}
      </ul>
    </>
  );
}
