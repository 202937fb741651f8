// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { stem } from '../../lib/text/stem';
import { snowballOnly } from '../../scripts/bundle';
import { bokmal, english, nynorsk } from '../bench/corpus';

type Stem = typeof stem;

const nordial = ['train', 'dev'].flatMap(
  (name) =>
    JSON.parse(readFileSync(new URL(`../fixtures/nordial/${name}.json`, import.meta.url), 'utf8')) as {
      text: string;
    }[],
);

/** Distinct lower-case words of some texts. */
function words(texts: string[]): string[] {
  return [...new Set(texts.flatMap((t) => t.toLowerCase().match(/\p{L}+/gu) ?? []))];
}

/** lib/text/stem.ts bundled the way the content script is, with @nlpjs/core trimmed by snowballOnly(). */
async function bundledStem(): Promise<{ stem: Stem; modules: string[] }> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [snowballOnly()],
    build: {
      write: false,
      minify: false,
      lib: {
        entry: fileURLToPath(new URL('../../lib/text/stem.ts', import.meta.url)),
        formats: ['es'],
        fileName: 'stem',
      },
    },
  })) as Rolldown.RolldownOutput[];
  const chunk = output[0]?.output[0];
  if (!chunk) throw new Error('vite build gave no chunk');
  const url = `data:text/javascript;base64,${Buffer.from(chunk.code).toString('base64')}`;
  const module = (await import(/* @vite-ignore */ url)) as { stem: Stem };
  return { stem: module.stem, modules: chunk.moduleIds };
}

describe('stem', () => {
  it('stems bokmål and nynorsk inflections to one stem (Snowball Norwegian)', () => {
    expect(stem('kampanjen', 'nb')).toBe('kampanj');
    expect(stem('kampanjene', 'nb')).toBe('kampanj');
    expect(stem('nettverket', 'nb')).toBe('nettverk');
    expect(stem('bedriftene', 'nn')).toBe('bedrift');
  });

  it('stems English with Porter2', () => {
    expect(stem('companies', 'en')).toBe('compani');
    expect(stem('networking', 'en')).toBe('network');
  });

  it('gives the same stems when bundled with only the Snowball runtime of @nlpjs/core', async () => {
    const shipped = await bundledStem();
    // The trim worked: none of @nlpjs's NLP container is in the bundle.
    const nlpjs = shipped.modules.filter((id) => id.includes('@nlpjs/core/src/'));
    expect(nlpjs.map((id) => id.replace(/.*\/src\//, ''))).toEqual(['among.js', 'base-stemmer.js']);

    const norwegian = words([...bokmal, ...nynorsk, ...nordial.map((t) => t.text)]);
    const changed = norwegian.filter((w) => stem(w, 'nb') !== w);
    expect(changed.length).toBeGreaterThan(1000);
    const differ = norwegian.filter((w) => shipped.stem(w, 'nb') !== stem(w, 'nb'));
    expect(differ).toEqual([]);
    const englishWords = words(english);
    expect(englishWords.filter((w) => shipped.stem(w, 'en') !== stem(w, 'en'))).toEqual([]);
  }, 30_000);
});
