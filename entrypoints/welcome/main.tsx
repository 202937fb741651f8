import '../../components/theme.css';
import '../../components/options/options.css';
import '../../components/suggestions/suggestions.css';
import '../../components/welcome/welcome.css';
import { mount } from '../../components/mount';
import { App } from './App';

mount(App);
