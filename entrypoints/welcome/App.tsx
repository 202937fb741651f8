import { WelcomePage } from '../../components/welcome/WelcomePage';

/** The welcome page: opens by itself on install, and again from the popup and the options page. */
export function App() {
  return <WelcomePage />;
}
