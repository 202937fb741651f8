import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextRange } from '../../lib/core/types';
import { analyzeDraft } from '../../lib/rules/index';
import type { DraftReport } from '../../lib/rules/types';
import { strategyWith } from './helpers';

// A strategy with every rule armed, so every code path runs on the random text.
const armed = strategyWith({
  accountType: 'company',
  brandNames: ['Kvitter'],
  topics: [
    { name: 'markedsføring', keywords: ['merkevare', 'kampanje', 'facebook'] },
    { name: 'AI', keywords: ['KI', 'maskinlæring'] },
  ],
  hashtags: { preferred: ['kvitter', 'Nynorsk'], max: 1 },
  signatures: { required: true, list: ['^KH'] },
  avoidPhrases: [{ phrase: 'billigst', replacement: 'rimelegast' }, { phrase: 'kjempe bra' }],
  languages: { allowed: ['nn'] },
  length: { softTarget: 100, hardLimit: 280 },
});

const pieces = [
  'Gratulerer!!!',
  'Heilt einig',
  ' #kvitter',
  ' #Kvitter',
  '#2024',
  ' #Facebook-gruppa',
  '@ola_n',
  ' https://example.com/a?b=1',
  'kampanjen',
  'MERKEVAREBYGGING',
  '???',
  '👏',
  '👨‍👩‍👧‍👦',
  '🇳🇴',
  '🏴󠁧󠁢󠁥󠁮󠁧󠁿',
  'e\u0301',
  '\uD800',
  '\uDFFF',
  'مرحبا بالعالم',
  'שלום',
  '\u202E',
  '\u200D',
  '\uFEFF',
  '\n',
  ' ',
  'billigst',
  'Eg',
  'ikkje',
  'jeg',
  'the',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'İstanbul',
  'ß',
];
const draftText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join('')),
  fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary-ascii', maxLength: 8 })), {
      maxLength: 80,
    })
    .map((a) => a.join(' ')),
);
const kind = fc.constantFrom('post' as const, 'reply' as const, 'quote' as const);

function rangesIn(report: DraftReport, length: number): boolean {
  const ok = (r: TextRange | undefined) =>
    !r ||
    (Number.isInteger(r.start) &&
      Number.isInteger(r.end) &&
      0 <= r.start &&
      r.start <= r.end &&
      r.end <= length);
  return (
    report.hints.every((h) => ok(h.range) && ok(h.fix?.range)) && report.hashtags.every((h) => ok(h.range))
  );
}

describe('analyzeDraft on any input', () => {
  it('never throws, keeps every range inside the text, and gives the same answer every time', () => {
    fc.assert(
      fc.property(draftText, kind, (text, k) => {
        const first = analyzeDraft({ text, kind: k }, armed);
        expect(rangesIn(first, text.length)).toBe(true);
        expect(analyzeDraft({ text, kind: k }, armed)).toEqual(first);
        for (const h of first.hints) {
          expect(h.message.nb && h.message.nn && h.message.en).toBeTruthy();
        }
      }),
      { numRuns: 400 },
    );
  });

  it('handles a 100,000-character paste of mixed scripts', () => {
    const block =
      'Vi HEIAR på kampanjen 👨‍👩‍👧‍👦 i Facebook-gruppa #kvitter #KVITTER https://kvitter.no/x مرحبا \uD800 e\u0301 !!! ';
    const text = block.repeat(Math.ceil(100_000 / block.length)).slice(0, 100_000);
    // Speed on long pastes is measured by `npm run bench`, never asserted here.
    const report = analyzeDraft({ text, kind: 'post' }, armed);
    const again = analyzeDraft({ text, kind: 'post' }, armed);
    expect(again).toEqual(report);
    expect(rangesIn(report, text.length)).toBe(true);
    expect(report.valid).toBe(false);
    expect(report.hints.some((h) => h.ruleId === 'length' && h.severity === 'error')).toBe(true);
  });

  it('analyses a draft that is only a lone surrogate or only control characters', () => {
    for (const text of ['\uD83D', '\uDE00', '\u0000', '\u202E\u202D', '\uFEFF']) {
      const report = analyzeDraft({ text, kind: 'post' }, armed);
      expect(rangesIn(report, text.length)).toBe(true);
    }
  });
});
