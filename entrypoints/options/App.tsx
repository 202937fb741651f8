import { OptionsPage } from '../../components/options/OptionsPage';

/** The options page: the strategy editor. */
export function App() {
  return <OptionsPage />;
}
