import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishAnalyzer } from '../../lib/x/analyzer';

/**
 * The analysis engine (twitter-text, the emoji parser, the rules, word lists and stemmers), 33.8 KB
 * gzipped: the content script weighed 46.8 KB with it and 13.9 KB without. It is its own bundle, imported
 * by the content script only once someone starts to write (lib/x/engine.ts), so reading x.com
 * never loads it.
 */
export default defineUnlistedScript(publishAnalyzer);
