import { fileURLToPath } from 'node:url';
import type { Alias, Plugin } from 'vite';

const RUNTIME = '\0kvitter:snowball-runtime';
const NO_CONTAINER = '\0kvitter:snowball-no-container';

/**
 * @nlpjs/lang-no's Snowball stemmer needs two classes from @nlpjs/core (`Among` and
 * `BaseStemmer`), but it imports the package's index, and `BaseStemmer` imports the NLP container
 * and tokenizer for methods Kvitter never calls (`tokenizeAndStem`). Together that is 20 KB of
 * @nlpjs's NLP framework in the content script. This plugin hands the stemmer just the two
 * classes and gives `BaseStemmer` an empty container; `stemWord` never touches either.
 */
export function snowballOnly(): Plugin {
  return {
    name: 'kvitter:snowball-only',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@nlpjs/core' && importer?.includes('@nlpjs/lang-no')) return RUNTIME;
      if (
        (source === './container' || source === './tokenizer') &&
        importer?.replaceAll('\\', '/').endsWith('@nlpjs/core/src/base-stemmer.js')
      ) {
        return NO_CONTAINER;
      }
      return null;
    },
    load(id) {
      if (id === RUNTIME) {
        return [
          "export { default as Among } from '@nlpjs/core/src/among.js';",
          "export { default as BaseStemmer } from '@nlpjs/core/src/base-stemmer.js';",
        ].join('\n');
      }
      // `require('./container').defaultContainer` and `require('./tokenizer')`, both unused by stemWord.
      if (id === NO_CONTAINER) return 'module.exports = { defaultContainer: {} };';
      return null;
    },
  };
}

/** zod's probe: calls `new Function` once to learn whether it may compile parsers with it. */
const ALLOWS_EVAL_PROBE = /export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{\n[\s\S]*?\n\}\);/;

/**
 * lib/core/zod.ts sets zod's `jitless`, so zod never compiles parsers with `new Function` and its
 * probe for whether it may (`allowsEval`) answers no without calling it. The call stays in the
 * bundle all the same, and addons.mozilla.org's linter flags it (DANGEROUS_EVAL). This plugin
 * makes the probe say no outright, which is its answer under `jitless` anyway. A zod release that
 * changes the probe fails the build, so the replacement is never silently skipped.
 */
export function zodWithoutEvalProbe(): Plugin {
  return {
    name: 'kvitter:zod-without-eval-probe',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/zod/v4/core/util.js')) return null;
      if (!ALLOWS_EVAL_PROBE.test(code)) {
        this.error("zod's allowsEval probe has changed: update zodWithoutEvalProbe in scripts/bundle.ts");
      }
      // Blank lines in place of the probe's, so every later line keeps its number.
      const answerNo = (probe: string) =>
        `export const allowsEval = /* @__PURE__*/ cached(() => false);${'\n'.repeat(probe.split('\n').length - 1)}`;
      return { code: code.replace(ALLOWS_EVAL_PROBE, answerNo), map: null };
    },
  };
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * How the bundle resolves twitter-text's imports; the unit tests resolve them the same way, so the
 * conformance suite checks what ships.
 */
export const bundleAliases: Alias[] = [
  // npm's override installs @twemoji/parser under both names; one copy in the bundle is enough.
  { find: /^twemoji-parser$/, replacement: '@twemoji/parser' },
  // twitter-text needs punycode's toASCII alone (see lib/text/punycode.ts).
  { find: /^punycode$/, replacement: here('../lib/text/punycode.ts') },
  // twitter-text's ESM build imports core-js 2 polyfills for ES2015 features that every browser
  // Kvitter supports has natively: 28 KB of dead weight in the content script.
  { find: /^core-js\/modules\/.*$/, replacement: here('./empty-module.ts') },
];
