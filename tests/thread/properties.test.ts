import fc from 'fast-check';
import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { extractEmoji } from '../../lib/text/entities';
import { splitIntoThread, type ThreadNumbering, type ThreadPart } from '../../lib/thread/index';

/** A piece of a draft; `atomic` pieces must never be cut inside. */
type Piece = { text: string; atomic: boolean };
type Draft = { text: string; atomic: Array<{ start: number; end: number }> };

const WORDS = [
  ...[
    'og',
    'det',
    'er',
    'ikke',
    'kundene',
    'bedriften',
    'sosiale',
    'medier',
    'Vi',
    'Hvorfor',
    'Tromsø',
    'blåbær',
  ],
  ...['ein', 'ikkje', 'kva', 'kjem', 'Eg', 'Korleis', 'kyrkja', 'sjølv', 'høyre', 'Ho'],
  ...['the', 'and', 'customers', 'posting', 'Why', 'We', 'London', 'accessibility', 'I'],
  ...['Oslo', 'Bergen', 'Facebook-gruppa', 'e-post', 'A/S', '(ny)', '«sitat»', '"quote"'],
];
const PUNCTUATION = ['', '', '', '', '.', '.', ',', '!', '?', '…', ':', ';', '...'];
const ABBREVIATIONS = [
  ...['bl.a.', 'f.eks.', 'dvs.', 'osv.', 'mv.', 'ca.', 'jf.', 'nr.', 'kl.', 't.d.', 'm.a.'],
  ...['e.g.', 'i.e.', 'etc.', 'Mr.', 'Dr.', 'vs.', 'St.'],
];
const URLS = [
  'https://kvitter.no/a',
  'www.nrk.no/nyheter',
  'kvitter.no',
  'https://example.com/rapport?utm_source=x&utm_medium=social',
  `https://example.com/${'lang-sti/'.repeat(30)}slutt`,
];
const MENTIONS = ['@kari_n', '@ola_n', '@support_team', '@X'];
const HASHTAGS = ['#kvitter', '#norsktech', '#økonomi', '#KI', '#2024'];
const EMOJI = ['👍', '👍🏽', '👨‍👩‍👧', '🇳🇴', '🏳️‍🌈', '1️⃣', '#️⃣', '❤️', '🎉🎉', '☀️', '🧵👇'];
const NUMBERS = [
  ...['1 000', '12 500 000', '3,5', '12.30', '2024–2025', '17.', '2:05', '1 000,50', '-4,5'],
  ...['2024 – 2025', '8 - 16', '5 %', '1 000 000'],
];
const NO_BREAK = ['kl.\u00a014', '17.\u00a0mai', '1\u00a0000', 'side\u202f3'];
const OTHER = [
  '東京',
  'の',
  'مرحبا',
  'på'.normalize('NFD'),
  'blåbær'.normalize('NFD'),
  'Oslo–Bergen',
  'this—that',
];
// Runs too long for a part that must be cut inside; the last is mostly entities glued by commas.
const LONG = [
  'Ha'.repeat(150),
  `Arbeids${'miljø'.repeat(60)}`,
  '#kvitter,@kari_n,https://kvitter.no/abc,'.repeat(10),
];

const of = (texts: string[], atomic: boolean) =>
  fc.constantFrom(...texts).map((text): Piece => ({ text, atomic }));
const word = fc
  .tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCTUATION))
  .map(([w, p]): Piece => ({ text: w + p, atomic: false }));
const piece = fc.oneof(
  { weight: 60, arbitrary: word },
  { weight: 5, arbitrary: of(ABBREVIATIONS, false) },
  { weight: 4, arbitrary: of(URLS, true) },
  { weight: 3, arbitrary: of(MENTIONS, true) },
  { weight: 3, arbitrary: of(HASHTAGS, true) },
  { weight: 5, arbitrary: of(EMOJI, true) },
  { weight: 4, arbitrary: of(NUMBERS, true) },
  { weight: 2, arbitrary: of(NO_BREAK, true) },
  { weight: 3, arbitrary: of(OTHER, false) },
  { weight: 1, arbitrary: of(LONG, false) },
);
const separator = fc.constantFrom(' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', '\n', '\n\n', '  ', ' \n');

function build(items: Array<[Piece, string]>, lead: string): Draft {
  let text = lead;
  const atomic: Draft['atomic'] = [];
  for (const [p, sep] of items) {
    if (p.atomic) atomic.push({ start: text.length, end: text.length + p.text.length });
    text += p.text + sep;
  }
  return { text, atomic };
}

const draftArb = fc
  .tuple(
    fc.array(fc.tuple(piece, separator), { minLength: 1, maxLength: 220 }),
    fc.constantFrom('', '', ' ', '\n'),
  )
  .map(([items, lead]) => build(items, lead));
// Numbers, no-break spaces and abbreviations before capitals, close together and split small:
// many cuts, so a splitter that cut inside "1 000" or after "f.eks." would be caught at once.
const dense = fc.oneof(
  { weight: 3, arbitrary: of(NUMBERS, true) },
  { weight: 2, arbitrary: of(NO_BREAK, true) },
  { weight: 3, arbitrary: of(ABBREVIATIONS, false) },
  { weight: 3, arbitrary: of(['Oslo', 'Bergen', 'Kari', 'London', 'Det', 'The', 'Vi'], false) },
  { weight: 1, arbitrary: word },
);
const denseArb = fc
  .array(fc.tuple(dense, fc.constantFrom(' ', ' ', ' ', '\n')), { minLength: 10, maxLength: 120 })
  .map((items) => build(items, ''));
const anyDraft = fc.oneof(draftArb, denseArb);
const plainArb = fc
  .array(fc.constantFrom(...WORDS.filter((w) => /^\p{L}+$/u.test(w))), { minLength: 40, maxLength: 300 })
  .map((words) => words.join(' '));
const optionsArb = fc.record({
  limit: fc.constantFrom(280, 280, 280, 140, 60, 40),
  numbering: fc.constantFrom<ThreadNumbering>('none', 'fraction', 'emoji'),
});

const DROPPABLE = /^[\t\n\v\f\r \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]*$/;
const EDGE_SPACE = /^[\t\n\v\f\r \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]|[\t\n\v\f\r ]$/;

function suffix(index: number, count: number, numbering: ThreadNumbering): string {
  if (count < 2 || numbering === 'none') return '';
  if (numbering === 'fraction') return ` ${index + 1}/${count}`;
  return index === 0 ? ' 🧵' : '';
}

/** Positions where the draft was cut: the end of each part but the last, and the start of each but the first. */
const cutPositions = (parts: ThreadPart[]) =>
  parts.flatMap((p, i) => [...(i > 0 ? [p.start] : []), ...(i < parts.length - 1 ? [p.end] : [])]);
const inside = (at: number, r: { start: number; end: number }) => r.start < at && at < r.end;

describe('splitIntoThread, on drafts built from nb, nn and en pieces', () => {
  it('gives the draft back: parts in order, only droppable white space between and around them', () => {
    fc.assert(
      fc.property(draftArb, optionsArb, ({ text }, options) => {
        const parts = splitIntoThread(text, options);
        expect(parts.length).toBeGreaterThan(0);
        let at = 0;
        for (const part of parts) {
          expect(text.slice(at, part.start)).toMatch(DROPPABLE);
          expect(part.end).toBeGreaterThan(part.start);
          at = part.end;
        }
        expect(text.slice(at)).toMatch(DROPPABLE);
        if (parts.length > 1)
          for (const p of parts) expect(text.slice(p.start, p.end)).not.toMatch(EDGE_SPACE);
      }),
      { numRuns: 200 },
    );
  });

  it("is the draft's own text plus the numbering, and valid by twitter-text with the same weight", () => {
    fc.assert(
      fc.property(draftArb, optionsArb, ({ text }, options) => {
        const parts = splitIntoThread(text, options);
        parts.forEach((part, i) => {
          expect(part.text).toBe(
            text.slice(part.start, part.end) + suffix(i, parts.length, options.numbering),
          );
          const parsed = twitterText.parseTweet(part.text);
          expect(parsed.valid).toBe(true);
          expect(part.weightedLength).toBe(parsed.weightedLength);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('cuts no URL, mention, hashtag, emoji, number or no-break space, and no grapheme cluster', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    fc.assert(
      fc.property(anyDraft, optionsArb, ({ text, atomic }, options) => {
        const parts = splitIntoThread(text, options);
        const cuts = cutPositions(parts);
        const entities = [
          ...twitterText
            .extractEntitiesWithIndices(text)
            .map((e) => ({ start: e.indices[0], end: e.indices[1] })),
          ...extractEmoji(text).map((e) => e.range),
        ];
        const clusters = new Set([...segmenter.segment(text)].map((s) => s.index));
        for (const at of cuts) {
          expect(entities.filter((e) => inside(at, e))).toEqual([]);
          expect(atomic.filter((r) => inside(at, r)).map((r) => text.slice(r.start, r.end))).toEqual([]);
          expect(clusters.has(at)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('uses the fewest parts: no two neighbours would fit in one post together', () => {
    fc.assert(
      fc.property(draftArb, optionsArb, ({ text }, options) => {
        const parts = splitIntoThread(text, options);
        for (let i = 0; i + 1 < parts.length; i++) {
          const merged =
            text.slice((parts[i] as ThreadPart).start, (parts[i + 1] as ThreadPart).end) +
            suffix(i, parts.length - 1, options.numbering);
          expect(twitterText.parseTweet(merged).weightedLength).toBeGreaterThan(options.limit);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('names its cuts truly: sentence ends are not abbreviations, line and paragraph cuts drop line breaks', () => {
    fc.assert(
      fc.property(anyDraft, optionsArb, ({ text }, options) => {
        const parts = splitIntoThread(text, options);
        parts.forEach((part, i) => {
          const own = text.slice(part.start, part.end);
          const gap = text.slice(part.end, parts[i + 1]?.start ?? part.end);
          if (part.breakAfter === 'sentence') {
            expect(own).toMatch(/[.?!…]["'»”’)]*$/u);
            expect(ABBREVIATIONS.some((a) => own.endsWith(` ${a}`) || own === a)).toBe(false);
          }
          if (part.breakAfter === 'paragraph') expect(gap).toMatch(/\n[^\n]*\n/);
          if (part.breakAfter === 'line') expect(gap).toMatch(/^[^\n]*\n[^\n]*$/);
          if (part.breakAfter === 'forced') expect(gap).toBe('');
        });
      }),
      { numRuns: 150 },
    );
  });

  it('returns a draft within the limit whole, as one unnumbered part', () => {
    const short = fc
      .array(fc.tuple(piece, separator), { minLength: 1, maxLength: 25 })
      .map((items) => build(items, ''));
    fc.assert(
      fc.property(short, optionsArb, ({ text }, options) => {
        fc.pre(twitterText.parseTweet(text).weightedLength <= options.limit);
        const parts = splitIntoThread(text, options);
        expect(parts.map((p) => [p.text, p.start, p.end])).toEqual([[text, 0, text.length]]);
      }),
      { numRuns: 200 },
    );
  });

  it('balances plain prose: the smallest part holds at least half an equal share', () => {
    fc.assert(
      fc.property(plainArb, optionsArb, (text, options) => {
        const parts = splitIntoThread(text, options);
        if (parts.length < 2) return;
        const own = parts.map((p) => p.end - p.start);
        const share = own.reduce((a, b) => a + b, 0) / own.length;
        expect(Math.min(...own)).toBeGreaterThanOrEqual(share / 2);
      }),
      { numRuns: 200 },
    );
  });
});
