import '../../components/theme.css';
import '../../components/sidepanel/sidepanel.css';
import '../../components/listen/listen.css';
import { mount } from '../../components/mount';
import { App } from './App';

mount(App);
