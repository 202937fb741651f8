import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adviceCatalog, adviceIds, adviceSources, getAdvice, seedSources } from '../../lib/advice/index';
import { checklistItemIds } from '../../lib/checklist/items';
import { rules } from '../../lib/rules/index';
import { presets } from '../../lib/strategy/presets';

// The catalogue's written form, which people read: the two must say the same thing.
const adviceMd = readFileSync(resolve(__dirname, '../../docs/advice.md'), 'utf8');

type DocEntry = { id: string; table: string; seeds: Set<string>; own: boolean };

/** Every "### `id`" entry of docs/advice.md, with the table ("## A. …") it sits under. */
function documentedEntries(markdown: string): DocEntry[] {
  const entries: DocEntry[] = [];
  let table = '';
  for (const part of markdown.split(/^(?=##+ )/m)) {
    if (part.startsWith('## ')) table = /^## ([ABC])\. /.exec(part)?.[1] ?? '';
    const heading = /^### `([a-z-]+)`\s*$/m.exec(part);
    if (!heading?.[1]) continue;
    // The sources paragraph runs from "**Sources:**" to the next blank line.
    const sources = /(?:^|\n)\*\*Sources:\*\*([\s\S]*?)(?:\n\n|$)/.exec(part)?.[1] ?? '';
    entries.push({
      id: heading[1],
      table,
      seeds: new Set([...sources.matchAll(/\b(00[0-4])\b/g)].map((m) => m[1] as string)),
      own: /Kvitter's own addition/.test(sources),
    });
  }
  return entries;
}

const documented = documentedEntries(adviceMd);
const documentedIds = documented.map((e) => e.id);

/** The cells of the "## The source posts" table row for a seed: title, language, address. */
function seedRow(id: string): string[] | undefined {
  const row = adviceMd.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
  return row
    ?.split('|')
    .slice(2, -1)
    .map((cell) => cell.trim());
}

describe('advice catalogue against docs/advice.md', () => {
  it('documents every advice id of the catalogue, in its order, and nothing else', () => {
    expect(documentedIds.length).toBeGreaterThan(20);
    expect(documentedIds).toEqual([...adviceIds]);
  });

  it('documents each advice under its own table', () => {
    for (const entry of documented) expect(entry.table, entry.id).toBe(getAdvice(entry.id)?.table);
  });

  it('cites the same seed posts for each advice as the catalogue', () => {
    for (const entry of documented) {
      const ours = new Set(getAdvice(entry.id)?.sources.map((s) => s.seed));
      expect(entry.seeds, entry.id).toEqual(ours);
    }
  });

  it('marks Kvitter’s own additions as such, in both, and only those have no seed post', () => {
    for (const entry of documented) {
      const advice = getAdvice(entry.id);
      expect(entry.own, entry.id).toBe(advice?.kvitterOwn);
      expect(entry.seeds.size === 0, entry.id).toBe(entry.own);
    }
    expect(documented.some((e) => e.own)).toBe(true);
  });

  it('lists each seed post with the title and address of lib/advice/sources.ts', () => {
    for (const source of Object.values(seedSources)) {
      expect(source.title.trim().length).toBeGreaterThan(10);
      const row = seedRow(source.id);
      expect(row, `seed ${source.id} in the table of source posts`).toBeDefined();
      const [title, , address] = row ?? [];
      expect(title).toBe(source.title);
      if (source.url) {
        expect(source.url).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+\/\S*$/);
        expect(address).toBe(`<${source.url}>`);
      } else {
        // No address: the doc must say it was not found rather than leave a blank.
        expect(address).toBe('not found');
      }
    }
  });
});

describe('advice catalogue', () => {
  it('has unique ids', () => expect(new Set(adviceIds).size).toBe(adviceIds.length));

  for (const entry of adviceCatalog) {
    it(`${entry.id}: advice in bokmål, nynorsk and English, and a seed source unless Kvitter’s own`, () => {
      for (const lang of ['nb', 'nn', 'en'] as const) expect(entry.text[lang].length).toBeGreaterThan(15);
      expect(entry.text.nn).not.toBe(entry.text.nb);
      expect(entry.text.en).not.toBe(entry.text.nb);
      expect(entry.sources.length > 0).toBe(!entry.kvitterOwn);
      for (const source of entry.sources) expect(seedSources[source.seed]).toBeDefined();
    });
  }

  it('gives every rule advice from table A, and every checklist item advice from table B', () => {
    for (const rule of rules) expect(getAdvice(rule.adviceId)?.table, rule.id).toBe('A');
    for (const id of checklistItemIds) expect(getAdvice(id)?.table, id).toBe('B');
  });

  it('names only advice that exists in the presets', () => {
    for (const preset of presets)
      for (const id of preset.adviceIds) expect(getAdvice(id), `${preset.id}: ${id}`).toBeDefined();
  });

  it('answers "Why?" for every rule with advice text and source titles', () => {
    for (const rule of rules) {
      const sources = adviceSources(rule.adviceId);
      expect(sources.length).toBeGreaterThan(0);
      for (const s of sources) expect(s.title.length).toBeGreaterThan(10);
    }
    expect(adviceSources('no-empty-cheering')).toEqual([
      {
        id: '001',
        title: 'Bygg nettverk på Twitter',
        language: 'nn',
        url: 'https://toyni.tobekk.no/bygg-nettverk-pa-twitter/',
        where: 'steg 6',
      },
    ]);
  });

  it('returns undefined for an unknown id', () => {
    expect(getAdvice('no-such-advice')).toBeUndefined();
    expect(adviceSources('no-such-advice')).toEqual([]);
  });
});
