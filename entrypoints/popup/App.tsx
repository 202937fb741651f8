import { Popup } from '../../components/popup/Popup';

/** The toolbar popup page. */
export function App() {
  return <Popup />;
}
