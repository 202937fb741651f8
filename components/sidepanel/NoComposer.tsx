import { sidepanelCatalog } from '../../lib/i18n/sidepanel';
import type { Strategy } from '../../lib/strategy/schema';
import { useT } from '../I18n';
import { Listen } from '../listen/Listen';
import { useBackground, useProfileScan } from '../useBackground';
import { Why } from '../Why';
import { chooseNextAdvice } from './nextAdvice';
import { StatsView } from './StatsView';
import { StrategyGlance } from './StrategyGlance';

/**
 * What the panel shows while the user is not writing: one advice, their numbers, Listen (what
 * others say about their names, account and topics) and their strategy.
 */
export function NoComposer({ strategy }: { strategy: Strategy }) {
  const t = useT(sidepanelCatalog);
  const stats = useBackground({ type: 'get-stats' });
  const scan = useProfileScan();
  const next = chooseNextAdvice(strategy, stats.data);
  return (
    <div className="no-composer">
      <p className="muted">{t('idleHint')}</p>
      <section className="card next-advice" data-advice-id={next.adviceId} aria-labelledby="next-title">
        <h2 id="next-title">{t('nextTitle')}</h2>
        <p>{t(next.key, next.params)}</p>
        <Why adviceId={next.adviceId} />
      </section>
      <StatsView stats={stats.data} failed={stats.failed} />
      <Listen strategy={strategy} handle={scan?.handle ?? null} />
      <StrategyGlance strategy={strategy} />
    </div>
  );
}
