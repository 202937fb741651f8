import { isXUrl } from '../../lib/core/hosts';
import { sidepanelCatalog } from '../../lib/i18n/sidepanel';
import type { StrategySnapshot } from '../../lib/messaging/client';
import { useT } from '../I18n';
import { PageFrame } from '../PageFrame';
import { useStrategy, useTabState } from '../useBackground';
import { OutsideX } from './Notices';
import { TabCoach } from './TabCoach';
import { type FollowedTab, useFollowedTab } from './useFollowedTab';

/**
 * The side panel: follows a tab (the active one of its window, or `fixedTabId`) and coaches the
 * user on what they write there. Language follows the strategy, else the browser.
 */
export function SidePanel({ fixedTabId }: { fixedTabId: number | null }) {
  const snapshot = useStrategy();
  const tab = useFollowedTab(fixedTabId);
  return (
    <PageFrame page="sidepanel" snapshot={snapshot}>
      <PanelBody tab={tab} snapshot={snapshot} />
    </PageFrame>
  );
}

type BodyProps = { tab: FollowedTab | null | undefined; snapshot: StrategySnapshot | undefined };

function PanelBody({ tab, snapshot }: BodyProps) {
  const t = useT(sidepanelCatalog);
  const { state, failed } = useTabState(tab?.id ?? null);
  if (tab === null) return <OutsideX />;
  if (tab === undefined) return <p className="muted">{t('loading')}</p>;
  const tabState = failed ? null : state;
  // The URL is hidden from us on sites without host permission: exactly the ones Kvitter skips.
  const onX = isXUrl(tab.url ?? tabState?.url);
  if (!onX && tabState !== undefined) return <OutsideX />;
  if (!snapshot || tabState === undefined) return <p className="muted">{t('loading')}</p>;
  return <TabCoach tabId={tab.id} tabState={tabState} strategy={snapshot.strategy} />;
}
