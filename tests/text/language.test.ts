import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHashtags, extractMentions, extractUrls } from '../../lib/text/entities';
import { detectWrittenStandard } from '../../lib/text/language';
import { tokenize } from '../../lib/text/tokenize';

type Tweet = { sent_id: string; text: string; category: string };

const fixtures = '/work/shared/fixtures/nordial';
const load = (name: string): Tweet[] => JSON.parse(readFileSync(`${fixtures}/${name}.json`, 'utf8'));

function wordsOf(text: string) {
  const urls = extractUrls(text);
  const skip = [
    ...urls.map((u) => u.range),
    ...extractMentions(text).map((m) => m.range),
    ...extractHashtags(text, urls).map((h) => h.range),
  ].sort((a, b) => a.start - b.start);
  return tokenize(text, skip).filter((t) => !t.numeric);
}

function accuracy(tweets: Tweet[]) {
  const expected = { bokmål: 'nb', nynorsk: 'nn' } as Record<string, string>;
  let right = 0;
  let total = 0;
  const wrong: string[] = [];
  for (const tweet of tweets) {
    const want = expected[tweet.category];
    if (!want) continue;
    const tokens = wordsOf(tweet.text);
    if (tokens.length < 5) continue;
    total++;
    const got = detectWrittenStandard(tokens).language;
    if (got === want) right++;
    else wrong.push(`${want}→${got}: ${tweet.text.slice(0, 120).replace(/\n/g, ' ')}`);
  }
  return { right, total, share: right / total, wrong };
}

describe('written-standard detection on NorDial', () => {
  for (const split of ['train', 'dev']) {
    it(`reaches 95 % on ${split} tweets of five words or more`, () => {
      const result = accuracy(load(split));
      console.log(`NorDial ${split}: ${result.right}/${result.total} = ${(result.share * 100).toFixed(1)} %`);
      if (process.env.SHOW_WRONG) console.log(result.wrong.join('\n'));
      expect(result.share).toBeGreaterThanOrEqual(0.95);
    });
  }
});

describe('written-standard detection on short drafts', () => {
  const detect = (text: string) => detectWrittenStandard(wordsOf(text)).language;

  it('answers und rather than guessing on one word', () => {
    for (const text of ['Hei', 'Takk!', 'ikkje', 'jeg', 'the', '👏', '#nynorsk', '2025'])
      expect(detect(text)).toBe('und');
  });

  it.each([
    ['Eg veit ikkje', 'nn'],
    ['Jeg vet ikke', 'nb'],
    ['I do not know', 'en'],
    ['Kva tenkjer de om planen?', 'nn'],
    ['Hva tenker dere om planen?', 'nb'],
    ['What do you think about the plan?', 'en'],
    ['@kari_n Sjå https://kvitter.no her: eg meiner det er verdt det', 'nn'],
  ])('tells "%s" is %s', (text, language) => expect(detect(text)).toBe(language));

  it('says und when nothing points one way', () => {
    expect(detect('Det er bra')).toBe('und');
  });
});
