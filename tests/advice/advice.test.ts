import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adviceCatalog, adviceIds, adviceSources, getAdvice, seedSources } from '../../lib/advice/index';
import { rules } from '../../lib/rules/index';

const shared = '/work/shared';
const adviceMd = readFileSync(`${shared}/ADVICE.md`, 'utf8');
// Every id in the first column of tables A and B: "| `brevity` | …".
const documentedIds = [...adviceMd.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
const seedFiles = readdirSync(`${shared}/seeds`);

describe('advice catalogue', () => {
  it('holds every advice id of ADVICE.md, in its order', () => {
    expect(documentedIds.length).toBeGreaterThan(20);
    expect(adviceIds.filter((id) => documentedIds.includes(id))).toEqual(documentedIds);
  });

  it('marks anything not in ADVICE.md as Kvitter’s own addition', () => {
    for (const entry of adviceCatalog) {
      expect(entry.kvitterOwn).toBe(!documentedIds.includes(entry.id));
    }
  });

  it('has unique ids', () => expect(new Set(adviceIds).size).toBe(adviceIds.length));

  for (const entry of adviceCatalog) {
    it(`${entry.id}: advice in bokmål, nynorsk and English, and a seed source unless Kvitter’s own`, () => {
      for (const lang of ['nb', 'nn', 'en'] as const) expect(entry.text[lang].length).toBeGreaterThan(15);
      expect(entry.text.nn).not.toBe(entry.text.nb);
      expect(entry.text.en).not.toBe(entry.text.nb);
      if (!entry.kvitterOwn) expect(entry.sources.length).toBeGreaterThan(0);
      for (const source of entry.sources) expect(seedSources[source.seed]).toBeDefined();
    });
  }

  it('cites the seed sources ADVICE.md gives for each id', () => {
    for (const id of documentedIds) {
      const row = adviceMd.split('\n').find((line) => line.startsWith(`| \`${id}\` |`)) ?? '';
      // Seeds are cited in the advice column and in the "what Kvitter does" column.
      const cells = row.split('|').slice(2, 4).join(' ');
      const cited = new Set([...cells.matchAll(/\b(00[0-4])\b/g)].map((m) => m[1]));
      const ours = new Set(getAdvice(id as string)?.sources.map((s) => s.seed));
      expect(ours).toEqual(cited);
    }
  });

  it('gives each seed post its real title, found in the post itself', () => {
    for (const source of Object.values(seedSources)) {
      const file = seedFiles.find((f) => f.startsWith(`${source.id}_`));
      expect(file).toBeDefined();
      // The posts use no-break spaces here and there; compare words, not the kind of space.
      const post = readFileSync(`${shared}/seeds/${file}`, 'utf8').replace(/\s+/g, ' ');
      expect(post).toContain(source.title);
    }
  });

  it('answers "Why?" for every rule with advice text and source titles', () => {
    for (const rule of rules) {
      const advice = getAdvice(rule.adviceId);
      expect(advice?.table).toBe('A');
      const sources = adviceSources(rule.adviceId);
      expect(sources.length).toBeGreaterThan(0);
      for (const s of sources) expect(s.title.length).toBeGreaterThan(10);
    }
    expect(adviceSources('no-empty-cheering')).toEqual([
      { id: '001', title: 'Bygg nettverk på Twitter', language: 'nn', where: 'steg 6' },
    ]);
  });

  it('returns undefined for an unknown id', () => {
    expect(getAdvice('no-such-advice')).toBeUndefined();
    expect(adviceSources('no-such-advice')).toEqual([]);
  });
});
