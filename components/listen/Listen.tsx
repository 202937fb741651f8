import { useId } from 'react';
import { browser } from 'wxt/browser';
import { learningCatalog } from '../../lib/i18n/learning';
import type { Strategy } from '../../lib/strategy/schema';
import { useT } from '../I18n';
import { Why } from '../Why';
import { type ListenSearch, listenSearches } from './searches';

type Props = {
  strategy: Strategy;
  /** The user's handle, from the last scan of their profile; null when never seen. */
  handle: string | null;
  /** Called once a search has been opened (the popup closes itself then). */
  onOpened?: () => void;
};

/**
 * Opens X's search in the tab the user is looking at. `tabs.update` without a tab id needs no
 * permission and means the active tab of this page's window; where it fails, a new tab opens.
 */
async function openInCurrentTab(url: string): Promise<void> {
  try {
    await browser.tabs.update({ url });
  } catch {
    window.open(url, '_blank', 'noopener');
  }
}

/**
 * Listen (seed 002's incoming signals, seed 003's listening strategy): one click searches X for
 * the brand names, mentions of the account and each topic, latest first. Kvitter fetches nothing
 * itself; X's own search page opens in the current tab.
 */
export function Listen({ strategy, handle, onOpened }: Props) {
  const t = useT(learningCatalog);
  const titleId = useId();
  const searches = listenSearches(strategy, handle);
  const groups = [
    ['names', 'listenNames'],
    ['account', 'listenAccount'],
    ['topics', 'listenTopics'],
  ] as const;
  const link = (search: ListenSearch) => (
    <li key={`${search.group}:${search.label}`}>
      <a
        href={search.url}
        className="button listen-link"
        data-listen={search.group}
        title={t('listenLinkLabel', { query: search.query })}
        onClick={(event) => {
          // A click opens it here; a middle click or Ctrl+click still opens a tab of its own.
          if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
          event.preventDefault();
          void openInCurrentTab(search.url).then(() => onOpened?.());
        }}
      >
        {search.group === 'account' ? t('listenMentions', { handle: handle ?? '' }) : search.label}
      </a>
    </li>
  );
  return (
    <section className="card listen" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('listenTitle')}</h2>
      <p className="small muted">{t('listenIntro')}</p>
      <Why adviceId="listen-not-only-talk" />
      {searches.length === 0 && <p className="small">{t('listenEmpty')}</p>}
      {groups.map(([group, key]) => {
        const items = searches.filter((search) => search.group === group);
        if (items.length === 0) return null;
        return (
          <div key={group} className="listen-group">
            <h3 className="small">{t(key)}</h3>
            <ul className="listen-links">{items.map(link)}</ul>
          </div>
        );
      })}
    </section>
  );
}
