import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRATEGY_KEY, strategyAreas } from '../../lib/strategy/storage';
import { manifestLocales } from '../../scripts/locales';

const root = join(__dirname, '../..');
const storeDir = join(root, 'store');
const read = (path: string) => readFileSync(join(storeDir, path), 'utf8');
const chars = (text: string) => [...text].length;

/** The store's texts per language, and what each store allows (store/README.md). */
const files = ['summary.txt', 'description.txt', 'privacy.md'] as const;

describe('store texts', () => {
  it('exist, and are not empty, in bokmål, nynorsk and English', () => {
    for (const locale of manifestLocales) {
      for (const file of files) {
        const path = join(storeDir, locale, file);
        expect(existsSync(path), `store/${locale}/${file}`).toBe(true);
        expect(read(`${locale}/${file}`).trim(), `store/${locale}/${file}`).not.toBe('');
      }
    }
  });

  it('give each store the manifest’s own description as the summary, within both limits', () => {
    for (const locale of manifestLocales) {
      const summary = read(`${locale}/summary.txt`).trim();
      const messages = JSON.parse(
        readFileSync(join(root, 'public/_locales', locale, 'messages.json'), 'utf8'),
      );
      expect(summary, locale).toBe(messages.extensionDescription.message);
      expect(summary, locale).not.toContain('\n');
      expect(chars(summary), `${locale}: Chrome Web Store`).toBeLessThanOrEqual(132);
      expect(chars(summary), `${locale}: AMO`).toBeLessThanOrEqual(250);
    }
  });

  it('keep the long description within the Chrome Web Store’s 16,000 characters, in plain text', () => {
    for (const locale of manifestLocales) {
      const description = read(`${locale}/description.txt`);
      expect(chars(description), locale).toBeLessThanOrEqual(16000);
      // The Chrome Web Store shows text as it is: Markdown would show up as stray symbols.
      expect(description, locale).not.toMatch(/^#|\*\*|\]\(/m);
    }
  });

  it('say as much in every language (same paragraphs, bullets, sections and list items)', () => {
    const shape = (text: string) => ({
      paragraphs: text.trim().split(/\n\s*\n/).length,
      bullets: text.match(/^• /gm)?.length ?? 0,
      sections: text.match(/^#+ /gm)?.length ?? 0,
      items: text.match(/^\s*- /gm)?.length ?? 0,
    });
    for (const file of ['description.txt', 'privacy.md']) {
      const english = shape(read(`en/${file}`));
      for (const locale of manifestLocales)
        expect(shape(read(`${locale}/${file}`)), `${locale}/${file}`).toEqual(english);
    }
  });
});

/** Every TypeScript file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the storage inventory in store/README.md', () => {
  it('lists exactly the storage keys the code uses, so the privacy statements can describe them all', () => {
    const used = new Set<string>();
    for (const file of ['lib', 'components', 'entrypoints'].flatMap((dir) => sources(join(root, dir)))) {
      const code = readFileSync(file, 'utf8');
      // A key as @wxt-dev/storage writes it, up to a template's first placeholder
      // ('local:post-log', `session:tab-state:${tabId}` → session:tab-state:).
      for (const match of code.matchAll(/['"`]((?:local|session|sync):[\w:-]*)/g)) {
        const key = match[1] as string;
        // `${area}:${STRATEGY_KEY}` and `sync:${STRATEGY_KEY}`: the strategy, added below.
        if (/^\w+:$/.test(key)) continue;
        used.add(key);
      }
    }
    for (const area of strategyAreas) used.add(`${area}:${STRATEGY_KEY}`);

    const table = read('README.md').split('## What Kvitter keeps')[1]?.split('\n## ')[0] ?? '';
    // First cell of each row: `local:post-log`, `session:tab-state:<tab id>` → session:tab-state:.
    const listed = new Set(
      [...table.matchAll(/^\| `([^`]+)`\s*\|/gm)].map((match) =>
        (match[1] as string).replace(/<[^>]*>$/, ''),
      ),
    );
    expect([...listed].sort(), 'keys in store/README.md (received) against keys in the code').toEqual(
      [...used].sort(),
    );
  });
});
