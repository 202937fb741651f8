import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { MIN_THREAD_LIMIT, splitIntoThread, type ThreadPart } from '../../lib/thread/index';
import { paste } from '../bench/corpus';

const graphemes = (text: string) => [
  ...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
];

describe('drafts that need no thread', () => {
  it('returns a draft within the limit as one part, unchanged and unnumbered, white space and all', () => {
    const draft = '  Hei alle sammen!\n\nVelkommen til tråden. 🧵 \n';
    expect(splitIntoThread(draft, { limit: 280, numbering: 'fraction' })).toEqual([
      {
        text: draft,
        weightedLength: twitterText.parseTweet(draft).weightedLength,
        start: 0,
        end: draft.length,
        breakAfter: 'end',
      },
    ]);
  });

  it('gives one part without the trailing blank lines when only they take the draft over the limit', () => {
    const draft = `Kort melding som passer fint i ett innlegg.${'\n'.repeat(250)}`;
    expect(splitIntoThread(draft, { limit: 280, numbering: 'fraction' })).toEqual([
      {
        text: 'Kort melding som passer fint i ett innlegg.',
        weightedLength: 43,
        start: 0,
        end: 43,
        breakAfter: 'end',
      },
    ]);
  });

  it('gives no parts for an empty or blank draft', () => {
    expect(splitIntoThread('', { limit: 280, numbering: 'none' })).toEqual([]);
    expect(splitIntoThread(' \n\n\t ', { limit: 280, numbering: 'emoji' })).toEqual([]);
  });

  it('takes a premium limit: a 25,000-character paste within 25,000 is one part, and with 4,000 a few', () => {
    const big = paste(25_000);
    expect(splitIntoThread(big, { limit: 25_000, numbering: 'fraction' })).toHaveLength(1);
    const parts = splitIntoThread(big, { limit: 4000, numbering: 'fraction' });
    expect(parts.length).toBeGreaterThan(4);
    for (const part of parts)
      expect(twitterText.parseTweet(part.text).weightedLength).toBeLessThanOrEqual(4000);
  });

  it(`refuses a limit below ${MIN_THREAD_LIMIT} or not a whole number`, () => {
    for (const limit of [39, 0, -280, 280.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => splitIntoThread('Hei', { limit, numbering: 'none' })).toThrow(RangeError);
    }
  });
});

describe('the last resort: cutting inside a word', () => {
  it('cuts a 400-letter "word" between letters, into two similar parts, and says so', () => {
    const draft = `${'Ha'.repeat(200)} så morsomt`;
    const parts = splitIntoThread(draft, { limit: 280, numbering: 'none' });
    expect(parts.map((p) => p.breakAfter)).toEqual(['forced', 'end']);
    const [first, second] = parts as [ThreadPart, ThreadPart];
    // No white space at the cut: the second part starts where the first ends, halfway (205 or 206 of 411).
    expect([first.start, second.start, second.end]).toEqual([0, first.end, draft.length]);
    expect(Math.abs(first.end - (draft.length - first.end))).toBeLessThanOrEqual(1);
    expect(second.text.endsWith(' så morsomt')).toBe(true);
  });

  it('never splits a flag: 150 flags with no spaces become 75 + 75', () => {
    const draft = '🇳🇴'.repeat(150);
    const parts = splitIntoThread(draft, { limit: 280, numbering: 'none' });
    expect(parts.map((p) => p.text)).toEqual(['🇳🇴'.repeat(75), '🇳🇴'.repeat(75)]);
    expect(parts.map((p) => p.breakAfter)).toEqual(['forced', 'end']);
  });

  it('cuts 200 skin-toned thumbs (no spaces) between emoji, never between a thumb and its skin tone', () => {
    const parts = splitIntoThread('👍🏽'.repeat(200), { limit: 280, numbering: 'fraction' });
    const own = parts.map((p) => p.text.replace(/ \d+\/\d+$/, ''));
    expect(own.join('')).toBe('👍🏽'.repeat(200));
    for (const text of own) expect(graphemes(text).every((g) => g.segment === '👍🏽')).toBe(true);
    expect(own.map((t) => graphemes(t).length)).toEqual([100, 100]);
  });

  it('opens a hashtag longer than a part, as it cannot stay whole', () => {
    const draft = `Vi lanserer i dag #${'Kvitter'.repeat(45)} endelig`;
    const parts = splitIntoThread(draft, { limit: 280, numbering: 'none' });
    expect(parts).toHaveLength(2);
    expect(parts[0]?.breakAfter).toBe('forced');
    expect(parts.map((p) => p.text).join('')).toBe(draft);
  });

  it('opens a cluster heavier than a part (a letter under 300 accents) between code points', () => {
    const draft = `Se her: x${'\u0301'.repeat(300)} ferdig`;
    const parts = splitIntoThread(draft, { limit: 280, numbering: 'none' });
    expect(parts.map((p) => [p.start, p.end, p.breakAfter])).toEqual([
      [0, 158, 'forced'],
      [158, 316, 'end'],
    ]);
  });

  it('moves a forced cut that would turn "kvitter.no" into a link weighing 23, past the limit', () => {
    // Whole, "!kvitter.noqqq…" holds no URL; cut after "no", the first part would end in one.
    const draft = `${'x'.repeat(259)}!kvitter.no${'q'.repeat(270)}`;
    expect(twitterText.extractUrls(draft)).toEqual([]);
    const parts = splitIntoThread(draft, { limit: 280, numbering: 'none' });
    expect(parts.map((p) => [p.start, p.end])).not.toContainEqual([0, 270]);
    for (const part of parts) {
      expect(twitterText.parseTweet(part.text)).toMatchObject({
        valid: true,
        weightedLength: part.weightedLength,
      });
    }
  });
});

describe('drafts not in NFC (text pasted from macOS)', () => {
  const nfc =
    'Vi har fått mange spørsmål om kampanjen i Facebook-gruppa, og her er svarene på de vanligste. Påmeldingen åpner på mandag, og det er gratis å være med. Premien er en tur for to til Tromsø i februar, med overnatting på hotell og middag på en av byens beste restauranter. Vinneren trekkes på fredag.';
  const nfd = nfc.normalize('NFD');

  it('counts the NFC form as X does, and cuts where the NFC draft is cut', () => {
    expect(nfd.length).toBeGreaterThan(280);
    expect(twitterText.parseTweet(nfd).weightedLength).toBeGreaterThan(280);
    const parts = splitIntoThread(nfd, { limit: 280, numbering: 'fraction' });
    const nfcParts = splitIntoThread(nfc, { limit: 280, numbering: 'fraction' });
    expect(parts.map((p) => p.text.normalize('NFC'))).toEqual(nfcParts.map((p) => p.text));
    expect(parts.map((p) => p.weightedLength)).toEqual(nfcParts.map((p) => p.weightedLength));
  });

  it("keeps the draft's own characters: each part is its slice of the NFD draft, accents never cut off", () => {
    const parts = splitIntoThread(nfd, { limit: 280, numbering: 'none' });
    for (const part of parts) expect(part.text).toBe(nfd.slice(part.start, part.end));
    const accented = 'e\u0301'.repeat(300);
    const split = splitIntoThread(accented, { limit: 280, numbering: 'none' });
    expect(split.map((p) => [p.start, p.end, p.weightedLength])).toEqual([
      [0, 300, 150],
      [300, 600, 150],
    ]);
  });
});

describe('numbering', () => {
  const draft = `${'Dette er en setning om ingenting. '.repeat(20).trim()}`;

  it("appends ' i/n' to every part and counts it toward the part's limit", () => {
    const parts = splitIntoThread(draft, { limit: 280, numbering: 'fraction' });
    expect(parts).toHaveLength(3);
    parts.forEach((p, i) => {
      expect(p.text).toBe(`${draft.slice(p.start, p.end)} ${i + 1}/3`);
      expect(p.weightedLength).toBe(p.end - p.start + 4);
    });
  });

  it('widens to two digits for ten parts or more, and every part still fits', () => {
    const long = 'Dette er en setning om ingenting. '.repeat(90).trim();
    const parts = splitIntoThread(long, { limit: 280, numbering: 'fraction' });
    expect(parts.length).toBeGreaterThanOrEqual(10);
    parts.forEach((p, i) => {
      expect(p.text.endsWith(` ${i + 1}/${parts.length}`)).toBe(true);
      expect(twitterText.parseTweet(p.text).weightedLength).toBeLessThanOrEqual(280);
    });
  });

  it("puts ' 🧵' on the first part only", () => {
    const parts = splitIntoThread(draft, { limit: 280, numbering: 'emoji' });
    expect(parts.map((p) => p.text.endsWith(' 🧵'))).toEqual([true, false, false]);
    expect(parts[0]?.weightedLength).toBe(twitterText.parseTweet(parts[0]?.text ?? '').weightedLength);
  });
});
