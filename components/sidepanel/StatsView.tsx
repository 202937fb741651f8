import { sidepanelCatalog } from '../../lib/i18n/sidepanel';
import type { Stats } from '../../lib/postlog/stats';
import { useT } from '../I18n';

/** The user's own numbers from the local post log, each against its target. */
export function StatsView({ stats, failed }: { stats: Stats | undefined; failed: boolean }) {
  const t = useT(sidepanelCatalog);
  return (
    <section className="card stats" aria-labelledby="stats-title">
      <h2 id="stats-title">{t('statsTitle')}</h2>
      {failed && <p className="muted">{t('statsFailed')}</p>}
      {!failed && !stats && <p className="muted">{t('loading')}</p>}
      {stats && (
        <ul className="plain">
          <li data-stat="posts-week">
            {t('statsPostsWeek', { n: stats.postsThisWeek, target: stats.postsPerWeekTarget })}
            <progress
              max={Math.max(stats.postsPerWeekTarget, 1)}
              value={Math.min(stats.postsThisWeek, stats.postsPerWeekTarget)}
            />
          </li>
          <li data-stat="conversation">
            {t('statsConversation', { replies: stats.repliesAndQuotes30d, originals: stats.originals30d })}
          </li>
          <li data-stat="nynorsk">
            {stats.nynorskShare30d === null
              ? t('statsNynorskNone')
              : stats.nynorskTarget === null
                ? t('statsNynorskNoTarget', { share: Math.round(stats.nynorskShare30d) })
                : t('statsNynorsk', {
                    share: Math.round(stats.nynorskShare30d),
                    target: stats.nynorskTarget,
                  })}
          </li>
        </ul>
      )}
    </section>
  );
}
