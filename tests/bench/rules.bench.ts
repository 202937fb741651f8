/**
 * `npm run bench`: analyzeDraft against twitter-text's parseTweet alone, on the same drafts in the
 * same run. Target: analyzeDraft at most 1.5 × parseTweet in every pass, and a 25,000-character
 * paste within one frame (16 ms). Passes:
 * - corpus: each corpus draft 60 times in a row, with the corpus's own three-topic strategy;
 * - typing replay: every prefix of every corpus draft in typing order, each analysed once, as
 *   the content script does on each keystroke, with a four-topic strategy (strategies.ts);
 * - the same replay with every rule switched off (what parsing and the report cost alone);
 * - unseen drafts (unseen.ts), each analysed once, whole and as a typing replay;
 * - NorDial's real tweets, each analysed once, when tests/fixtures/nordial/ is in the repository.
 * Then the thread splitter (splitIntoThread) on the corpus and paste, beside parseTweet.
 * Each pass runs in a process of its own, after every corpus keystroke and an untimed round of
 * its own drafts: what one pass leaves in the JIT (feedback, optimised code) would otherwise
 * shift the next pass's ratio, and a pass of a few hundred calls would time code not yet optimised.
 * `npm run bench -- replay unseen` runs only the passes whose names contain one of the words.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import twitterText from 'twitter-text';
import { analyzeDraft } from '../../lib/rules/index';
import { type Strategy, strategySchema } from '../../lib/strategy/schema';
import { splitIntoThread } from '../../lib/thread/index';
import { bokmal, corpus, english, nynorsk, paste, pastes } from './corpus';
import { corpusStrategy, fourTopics, rulesOff } from './strategies';
import { chunk, keystrokes, median, sideBySide, sum, timeRepeated } from './timing';
import { unseen, unseenBokmal, unseenEnglish, unseenNynorsk } from './unseen';

const passNames = ['corpus', 'replay', 'replay-off', 'unseen', 'unseen-replay', 'nordial', 'split'] as const;
type PassName = (typeof passNames)[number];
const passAt = process.argv.indexOf('--pass');
/** The pass this process runs, or undefined in the parent, which runs each pass in a child. */
const pass = passAt >= 0 ? (process.argv[passAt + 1] as PassName) : undefined;

const parse = (text: string) => twitterText.parseTweet(text);
// A draft opening with a mention is a reply, as the content script would report it.
const analyzer = (strategy: Strategy) => (text: string) =>
  analyzeDraft({ text, kind: text.startsWith('@') ? 'reply' : 'post' }, strategy);
const analyze = analyzer(corpusStrategy);

const short = [...bokmal, ...nynorsk, ...english];

/** NorDial's tweets (train and dev), if the fixture is in the repository; see its README for the licence. */
function nordialTweets(): string[] {
  const dir = new URL('../fixtures/nordial/', import.meta.url);
  return ['train.json', 'dev.json'].flatMap((file) => {
    const url = new URL(file, dir);
    if (!existsSync(url)) return [];
    return (JSON.parse(readFileSync(url, 'utf8')) as Array<{ text: string }>).map((t) => t.text);
  });
}

if (pass === undefined) {
  for (const s of [corpusStrategy, fourTopics, rulesOff]) strategySchema.parse(s);
  for (const [name, drafts] of [
    ['corpus', short],
    ['unseen', unseen],
  ] as const) {
    const tooLong = drafts.filter((d) => parse(d).weightedLength > 280);
    if (tooLong.length > 0) throw new Error(`${name} drafts over 280: ${tooLong.join(' | ')}`);
  }
  console.log(
    `machine: ${availableParallelism()} cores, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (shared machines make single figures noisy; the ratios are measured side by side)`,
  );
  console.log(
    `corpus: ${corpus.length} drafts (${bokmal.length} nb, ${nynorsk.length} nn, ${english.length} en, ${corpus.length - short.length} long pastes); ` +
      `unseen: ${unseen.length} drafts (${unseenBokmal.length} nb, ${unseenNynorsk.length} nn, ${unseenEnglish.length} en)`,
  );
  const only = process.argv.slice(2);
  const self = fileURLToPath(import.meta.url);
  for (const name of passNames) {
    if (only.length > 0 && !only.some((word) => name.includes(word))) continue;
    const child = spawnSync(process.execPath, [...process.execArgv, self, '--pass', name], {
      stdio: 'inherit',
    });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
  process.exit(0);
}

const report = (name: string, a: number[], p: number[], unit = 'draft') => {
  const ratios = a.map((x, i) => x / (p[i] as number));
  console.log(
    `${name}: analyzeDraft ${median(a).toFixed(1)} µs per ${unit}, parseTweet ${median(p).toFixed(1)} µs, ` +
      `ratio of medians ${(median(a) / median(p)).toFixed(2)} × (target ≤ 1.5); ` +
      `ratio of totals ${(sum(a) / sum(p)).toFixed(2)} ×, median per-${unit} ratio ${median(ratios).toFixed(2)} ×`,
  );
};

if (pass === 'corpus') {
  // Warm both up so neither pays for compiling twitter-text's expressions inside the timing.
  for (let round = 0; round < 20; round++) {
    for (const d of corpus) {
      analyze(d);
      parse(d);
    }
  }
  // Several rounds, alternating which goes first; each draft's per-call time is the median of the rounds.
  const rounds = 7;
  const perDraftA: number[][] = corpus.map(() => []);
  const perDraftP: number[][] = corpus.map(() => []);
  for (let round = 0; round < rounds; round++) {
    corpus.forEach((d, i) => {
      const reps = d.length > 2000 ? 5 : 60;
      if (round % 2) {
        perDraftA[i]?.push(timeRepeated(analyze, d, reps));
        perDraftP[i]?.push(timeRepeated(parse, d, reps));
      } else {
        perDraftP[i]?.push(timeRepeated(parse, d, reps));
        perDraftA[i]?.push(timeRepeated(analyze, d, reps));
      }
    });
  }
  report('corpus, each draft 60 times in a row', perDraftA.map(median), perDraftP.map(median));

  const big = paste(25_000);
  const bigA: number[] = [];
  const bigP: number[] = [];
  for (let i = 0; i < 30; i++) {
    bigP.push(timeRepeated(parse, big, 1) / 1000);
    bigA.push(timeRepeated(analyze, big, 1) / 1000);
  }
  const mA = median(bigA);
  const mP = median(bigP);
  console.log(
    `25,000-character paste: analyzeDraft ${mA.toFixed(2)} ms, parseTweet ${mP.toFixed(2)} ms, ratio ${(mA / mP).toFixed(2)} × (target ≤ 1.5), ${mA <= 16 ? 'within' : 'OVER'} one frame (16 ms)`,
  );
}

// A typing replay is grouped by draft; whole drafts go ten at a time.
const replay = short.map(keystrokes);
const unseenReplay = unseen.map(keystrokes);
const nordial = nordialTweets();
const count = (groups: string[][]) => sum(groups.map((g) => g.length));
type Pass = [name: string, groups: string[][], strategy: Strategy, rounds: number, unit: string];
const passes: Partial<Record<PassName, Pass>> = {
  replay: [
    `replay: ${count(replay)} keystrokes over the corpus, four topics`,
    replay,
    fourTopics,
    5,
    'keystroke',
  ],
  'replay-off': [`replay, rules off: the same keystrokes, every rule off`, replay, rulesOff, 5, 'keystroke'],
  unseen: [
    `unseen: ${unseen.length} drafts, each once, four topics`,
    chunk(unseen, 10),
    fourTopics,
    15,
    'draft',
  ],
  'unseen-replay': [
    `unseen replay: ${count(unseenReplay)} keystrokes, four topics`,
    unseenReplay,
    fourTopics,
    5,
    'keystroke',
  ],
  nordial: [
    `nordial: ${nordial.length} real tweets, each once, four topics`,
    chunk(nordial, 10),
    fourTopics,
    9,
    'draft',
  ],
};
const chosen = passes[pass];
if (pass === 'nordial' && nordial.length === 0)
  console.log('nordial: tests/fixtures/nordial/ is not in this checkout; pass skipped');
else if (chosen) {
  const [name, groups, strategy, rounds, unit] = chosen;
  // Both run every corpus keystroke first, so that each is optimised as in a long typing session,
  // with a copy of the strategy: what is cached per strategy object starts cold for the pass.
  const warm = analyzer({ ...strategy });
  for (const keys of replay) {
    for (const text of keys) {
      warm(text);
      parse(text);
    }
  }
  const { a, b } = sideBySide(groups, analyzer(strategy), parse, rounds);
  report(name, a, b, unit);
}

if (pass === 'split') {
  // The thread splitter, as the side panel calls it on an over-long draft: X's limit, numbered
  // parts. parseTweet is timed again beside it, alternating, so the ratios compare like with like.
  const split = (text: string) => splitIntoThread(text, { limit: 280, numbering: 'fraction' });
  for (let round = 0; round < 20; round++) for (const d of corpus) split(d);
  const rounds = 7;
  const perDraftS: number[][] = corpus.map(() => []);
  const perDraftQ: number[][] = corpus.map(() => []);
  for (let round = 0; round < rounds; round++) {
    corpus.forEach((d, i) => {
      const reps = d.length > 2000 ? 5 : 60;
      const pair = [
        () => perDraftS[i]?.push(timeRepeated(split, d, reps)),
        () => perDraftQ[i]?.push(timeRepeated(parse, d, reps)),
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
  const big = paste(25_000);
  const bigS: number[] = [];
  const bigQ: number[] = [];
  for (let i = 0; i < 30; i++) {
    bigQ.push(timeRepeated(parse, big, 1) / 1000);
    bigS.push(timeRepeated(split, big, 1) / 1000);
  }
  const mS = median(bigS);
  const mQ = median(bigQ);
  console.log(
    `25,000-character paste: splitIntoThread ${mS.toFixed(2)} ms into ${split(big).length} parts, parseTweet ${mQ.toFixed(2)} ms, ratio ${(mS / mQ).toFixed(2)} ×, ${mS <= 16 ? 'within' : 'OVER'} one frame (16 ms)`,
  );
}
