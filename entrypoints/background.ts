import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/start';

/** The strategy's single writer, the message router, the post log and the coach's opener (lib/background). */
export default defineBackground(() => {
  startBackground();
});
