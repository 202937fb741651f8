/**
 * Measures detectWrittenStandard on sentence files (`lang<TAB>source<TAB>text`, a header line
 * first): nb/nn right, undecided and called English, by sentence length and by source.
 * Usage: npx tsx scripts/language-lexicon/evaluate.ts FILE.tsv... [--wrong=5-9] [--json]
 * `--wrong=A-B` lists the Norwegian sentences of A to B words that are not told right.
 */
import { readFileSync } from 'node:fs';
import { detectWrittenStandard } from '../../lib/text/language';
import { postWords } from '../../lib/text/post-words';

type Tally = { n: number; right: number; und: number; en: number; enN: number; enRight: number };
const empty = (): Tally => ({ n: 0, right: 0, und: 0, en: 0, enN: 0, enRight: 0 });

const wordsOf = (text: string) => postWords(text).filter((t) => !t.numeric);

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const wrongArg = args.find((a) => a.startsWith('--wrong='));
const [wrongMin = 0, wrongMax = -1] = wrongArg ? wrongArg.slice(8).split('-').map(Number) : [];
const buckets: [string, number, number][] = [
  ['5-9', 5, 9],
  ['10+', 10, 1e9],
  ['5+', 5, 1e9],
];
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(2)}%` : '-');
const json: Record<string, Record<string, Tally>> = {};

for (const file of files) {
  const lines = readFileSync(file, 'utf8').trim().split('\n').slice(1);
  const bySource = new Map<string, Tally>();
  const byBucket = new Map<string, Tally>(buckets.map(([b]) => [b, empty()]));
  const wrong: string[] = [];
  for (const line of lines) {
    const [lang, source, text] = line.split('\t') as [string, string, string];
    const words = wordsOf(text);
    const guess = detectWrittenStandard(words);
    const got = guess.language;
    const count = words.length;
    if (count < 5) continue;
    const tallies = [
      ...buckets.filter(([, a, b]) => count >= a && count <= b).map(([b]) => byBucket.get(b) as Tally),
    ];
    const s = bySource.get(source) ?? empty();
    bySource.set(source, s);
    tallies.push(s);
    for (const t of tallies) {
      if (lang === 'en') {
        t.enN++;
        if (got === 'en') t.enRight++;
        continue;
      }
      t.n++;
      if (got === lang) t.right++;
      if (got === 'und') t.und++;
      if (got === 'en') t.en++;
    }
    if (lang !== 'en' && got !== lang && count >= wrongMin && count <= wrongMax) {
      const { nb, nn } = guess.scores;
      wrong.push(`${lang}→${got} nb=${nb.toFixed(1)} nn=${nn.toFixed(1)}\t${text}`);
    }
  }
  console.log(`== ${file}`);
  const show = (name: string, t: Tally) =>
    console.log(
      `${name.padEnd(28)} n=${String(t.n).padStart(5)} right ${pct(t.right, t.n).padStart(7)} und ${pct(t.und, t.n).padStart(6)} en ${t.en}` +
        (t.enN ? `  | English ${t.enN}: right ${pct(t.enRight, t.enN)}` : ''),
    );
  for (const [b, t] of byBucket) show(b, t);
  for (const [src, t] of [...bySource].sort()) show(`  ${src}`, t);
  if (wrong.length) console.log(wrong.join('\n'));
  json[file] = Object.fromEntries(byBucket);
}
if (args.includes('--json')) console.log(JSON.stringify(json));
