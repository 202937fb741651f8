import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishAnalyzer } from '../../lib/x/analyzer';

/**
 * The analysis engine (twitter-text, the emoji parser, the rules, word lists and stemmers) as a
 * bundle of its own, imported by the content script only once someone starts to write
 * (lib/x/engine.ts), so reading x.com never loads it.
 */
export default defineUnlistedScript(publishAnalyzer);
