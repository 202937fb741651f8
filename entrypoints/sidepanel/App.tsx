import { SidePanel } from '../../components/sidepanel/SidePanel';
import { tabFromSearch } from '../../components/sidepanel/useFollowedTab';

/** The side panel page: the coach for the active tab, or for `?tab=<id>`. */
export function App() {
  return <SidePanel fixedTabId={tabFromSearch(window.location.search)} />;
}
