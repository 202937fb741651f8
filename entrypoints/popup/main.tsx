import '../../components/theme.css';
import '../../components/popup/popup.css';
import '../../components/suggestions/suggestions.css';
import '../../components/listen/listen.css';
import { mount } from '../../components/mount';
import { App } from './App';

mount(App);
