import type { Token } from '../text/tokenize';
import type { DraftContext } from './context';
import { defineRule, MAX_HINTS_PER_RULE, makeHint, NONE, t } from './rule';
import type { Hint } from './types';

/** Shorter all-caps words are usually acronyms (NRK, NAV, EU, CEO). */
const MIN_CAPS_LETTERS = 5;
const PUNCTUATION_RUN = /[!?]{3,}|！{2,}|？{2,}/g;
const SENTENCE_START = /(^|[.!?]\s+|\n\s*)$/;

const self = { id: 'shouting', adviceId: 'official-voice' } as const;

/**
 * For company accounts: ALL-CAPS words and runs of "!!!" or "???" read as shouting, and a
 * careless tone can hurt the company (advice `official-voice`, seeds 002 and 003).
 */
export const shoutingRule = defineRule({
  ...self,
  name: t('Roping (STORE BOKSTAVER, !!!)', 'Roping (STORE BOKSTAVAR, !!!)', 'Shouting (CAPITALS, !!!)'),
  check(ctx) {
    if (ctx.strategy.accountType !== 'company') return NONE;
    const caps = capsWords(ctx);
    const runs = punctuationRuns(ctx);
    if (runs.length === 0) return caps;
    return caps.length === 0 ? runs : [...caps, ...runs];
  },
});

function capsWords(ctx: DraftContext): readonly Hint[] {
  const brands = ctx.compiled.brandWords;
  const words = ctx.words;
  // Nearly every draft has no word in capitals at all.
  let first = 0;
  while (first < words.length && !(words[first] as Token).allCaps) first++;
  if (first === words.length) return NONE;
  const hints: Hint[] = [];
  for (let i = first; i < words.length; i++) {
    const word = words[i] as Token;
    if (hints.length >= MAX_HINTS_PER_RULE) break;
    if (!word.allCaps || brands.has(word.lower)) continue;
    if ([...word.lower].filter((c) => c !== c.toUpperCase()).length < MIN_CAPS_LETTERS) continue;
    const atStart = SENTENCE_START.test(ctx.text.slice(Math.max(0, word.start - 4), word.start));
    const calm = atStart ? word.lower.charAt(0).toUpperCase() + word.lower.slice(1) : word.lower;
    const range = { start: word.start, end: word.end };
    hints.push(
      makeHint(
        self,
        'warning',
        t(
          'STORE BOKSTAVER leses som roping. En bedriftskonto bør holde en rolig tone.',
          'STORE BOKSTAVAR blir lesne som roping. Ein bedriftskonto bør halde ein roleg tone.',
          'ALL CAPS reads as shouting. A company account should keep a calm tone.',
        ),
        {
          range,
          fix: { label: t(`Skriv «${calm}»`, `Skriv «${calm}»`, `Write “${calm}”`), range, text: calm },
        },
      ),
    );
  }
  return hints;
}

// Two marks in a row: "!!", "??", "!?", "?!", "！！" or "？？", found in one pass.
const MARK_PAIR = /[!?][!?]|！！|？？/;

function punctuationRuns(ctx: DraftContext): readonly Hint[] {
  const { text } = ctx;
  // Cheap test first: a run needs two marks in a row somewhere.
  if (!MARK_PAIR.test(text)) return NONE;
  const hints: Hint[] = [];
  PUNCTUATION_RUN.lastIndex = 0;
  for (let m = PUNCTUATION_RUN.exec(text); m !== null; m = PUNCTUATION_RUN.exec(text)) {
    if (hints.length >= MAX_HINTS_PER_RULE) break;
    const range = { start: m.index, end: m.index + m[0].length };
    if (ctx.inEntity(range)) continue;
    const one = m[0].includes('?') || m[0].includes('？') ? '?' : '!';
    hints.push(
      makeHint(
        self,
        'warning',
        t(
          `«${m[0]}» virker masete fra en bedriftskonto. Ett tegn holder.`,
          `«${m[0]}» verkar masete frå ein bedriftskonto. Eitt teikn held.`,
          `“${m[0]}” comes across as pushy from a company account. One mark is enough.`,
        ),
        {
          range,
          fix: { label: t(`Bytt til «${one}»`, `Byt til «${one}»`, `Use “${one}”`), range, text: one },
        },
      ),
    );
  }
  return hints;
}
