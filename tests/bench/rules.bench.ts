/**
 * `npm run bench`: median time of analyzeDraft (every rule on) against twitter-text's parseTweet
 * alone, on the same drafts in the same run. Targets: at most 1.5 × parseTweet on the corpus and
 * on a 25,000-character paste, and that paste within one frame (16 ms). Then the thread splitter
 * (splitIntoThread) on the same corpus and paste, beside parseTweet; target: the paste split
 * within one frame.
 */
import { availableParallelism, loadavg } from 'node:os';
import twitterText from 'twitter-text';
import { analyzeDraft } from '../../lib/rules/index';
import { defaultStrategy } from '../../lib/strategy/defaults';
import type { Strategy } from '../../lib/strategy/schema';
import { splitIntoThread } from '../../lib/thread/index';
import { bokmal, corpus, english, nynorsk, paste, pastes } from './corpus';

const strategy: Strategy = {
  ...defaultStrategy,
  accountType: 'company',
  brandNames: ['Kvitter'],
  topics: [
    { name: 'markedsføring', keywords: ['merkevare', 'kampanje', 'facebook', 'marketing', 'sosiale medier'] },
    { name: 'kundeservice', keywords: ['kundeservice', 'kunde', 'support', 'spørsmål'] },
    { name: 'teknologi', keywords: ['KI', 'AI', 'digitalisering', 'utvikler', 'app'] },
  ],
  hashtags: { preferred: ['kvitter', 'norsktech'], max: 2 },
  length: { softTarget: 200, hardLimit: 280 },
  avoidPhrases: [{ phrase: 'billigst', replacement: 'rimeligst' }, { phrase: 'gratis' }],
  languages: { allowed: ['nb', 'nn'] },
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Mean µs of `fn(text)` over `reps` calls, after it has run once. */
function timeOne(fn: (text: string) => unknown, text: string, reps: number): number {
  fn(text);
  const start = performance.now();
  for (let i = 0; i < reps; i++) fn(text);
  return ((performance.now() - start) * 1000) / reps;
}

const analyze = (text: string) => analyzeDraft({ text, kind: 'post' }, strategy);
const parse = (text: string) => twitterText.parseTweet(text);

const short = [...bokmal, ...nynorsk, ...english];
const tooLong = short.filter((d) => parse(d).weightedLength > 280);
if (tooLong.length > 0) throw new Error(`corpus drafts over 280: ${tooLong.join(' | ')}`);
console.log(
  `machine: ${availableParallelism()} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (shared machines make single figures noisy; the ratios are measured side by side)`,
);
console.log(
  `corpus: ${corpus.length} drafts (${bokmal.length} nb, ${nynorsk.length} nn, ${english.length} en, ${corpus.length - short.length} long pastes)`,
);

// Warm both up so neither pays for compiling twitter-text's expressions inside the timing.
for (let round = 0; round < 20; round++) {
  for (const d of corpus) {
    analyze(d);
    parse(d);
  }
}

// Several rounds, alternating which goes first, and each draft's per-call time is the median of the rounds.
const rounds = 7;
const perDraftA: number[][] = corpus.map(() => []);
const perDraftP: number[][] = corpus.map(() => []);
for (let round = 0; round < rounds; round++) {
  corpus.forEach((d, i) => {
    const reps = d.length > 2000 ? 5 : 60;
    if (round % 2) {
      perDraftA[i]?.push(timeOne(analyze, d, reps));
      perDraftP[i]?.push(timeOne(parse, d, reps));
    } else {
      perDraftP[i]?.push(timeOne(parse, d, reps));
      perDraftA[i]?.push(timeOne(analyze, d, reps));
    }
  });
}
const a = perDraftA.map(median);
const p = perDraftP.map(median);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const ratios = a.map((x, i) => x / (p[i] as number));
console.log(`analyzeDraft median: ${median(a).toFixed(1)} µs per draft`);
console.log(`parseTweet   median: ${median(p).toFixed(1)} µs per draft`);
console.log(`ratio of medians: ${(median(a) / median(p)).toFixed(2)} × parseTweet (target ≤ 1.5)`);
console.log(
  `ratio of totals:  ${(sum(a) / sum(p)).toFixed(2)} ×; median per-draft ratio ${median(ratios).toFixed(2)} ×`,
);

const big = paste(25_000);
const bigA: number[] = [];
const bigP: number[] = [];
for (let i = 0; i < 30; i++) {
  bigP.push(timeOne(parse, big, 1) / 1000);
  bigA.push(timeOne(analyze, big, 1) / 1000);
}
const mA = median(bigA);
const mP = median(bigP);
console.log(
  `25,000-character paste: analyzeDraft ${mA.toFixed(2)} ms, parseTweet ${mP.toFixed(2)} ms, ratio ${(mA / mP).toFixed(2)} × (target ≤ 1.5), ${mA <= 16 ? 'within' : 'OVER'} one frame (16 ms)`,
);

// The thread splitter, as the side panel calls it on an over-long draft: X's limit, numbered
// parts. parseTweet is timed again beside it, alternating, so the ratios compare like with like.
const split = (text: string) => splitIntoThread(text, { limit: 280, numbering: 'fraction' });
for (let round = 0; round < 20; round++) for (const d of corpus) split(d);
const perDraftS: number[][] = corpus.map(() => []);
const perDraftQ: number[][] = corpus.map(() => []);
for (let round = 0; round < rounds; round++) {
  corpus.forEach((d, i) => {
    const reps = d.length > 2000 ? 5 : 60;
    const pair = [
      () => perDraftS[i]?.push(timeOne(split, d, reps)),
      () => perDraftQ[i]?.push(timeOne(parse, d, reps)),
    ];
    if (round % 2) pair.reverse();
    for (const run of pair) run();
  });
}
const s = perDraftS.map(median);
const q = perDraftQ.map(median);
const pasteMs = pastes.map((d) => `${((s[corpus.indexOf(d)] ?? 0) / 1000).toFixed(2)} ms`);
console.log(
  `splitIntoThread median: ${median(s).toFixed(1)} µs per draft, parseTweet ${median(q).toFixed(1)} µs, ratio of medians ${(median(s) / median(q)).toFixed(2)} ×; ` +
    `pastes of ${pastes.map((d) => d.length).join(', ')} characters: ${pasteMs.join(', ')}`,
);
const bigS: number[] = [];
const bigQ: number[] = [];
for (let i = 0; i < 30; i++) {
  bigQ.push(timeOne(parse, big, 1) / 1000);
  bigS.push(timeOne(split, big, 1) / 1000);
}
const mS = median(bigS);
const mQ = median(bigQ);
console.log(
  `25,000-character paste: splitIntoThread ${mS.toFixed(2)} ms into ${split(big).length} parts, parseTweet ${mQ.toFixed(2)} ms, ratio ${(mS / mQ).toFixed(2)} ×, ${mS <= 16 ? 'within' : 'OVER'} one frame (16 ms)`,
);
