import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Filled in by the strategy/background issue: strategy owner, message router, post log.
});
