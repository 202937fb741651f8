import {
  AGE_AT,
  emptyLearned,
  type Learned,
  learnedSchema,
  learnFromPost,
  MAX_FORMS,
  MAX_POSTS,
  MAX_TAGS,
  MAX_WORDS,
  parseLearned,
} from '../../lib/learn/index';
import { stem } from '../../lib/text/stem';
import { learnAll } from './helpers';
import { idsFor, mixedProfile } from './profiles';

const entry = (state: Learned, key: string) => state.words.find((e) => e.key === key);
const tag = (state: Learned, key: string) => state.tags.find((e) => e.key === key);

// Made-up words the Norwegian stemmer leaves alone (no ending it knows) and no list holds.
const CONSONANTS = 'bdfhkmpqxz';
const madeUp = (i: number) =>
  `zorbvik${[i % 10, Math.floor(i / 10) % 10, Math.floor(i / 100) % 10].map((d) => CONSONANTS[d]).join('')}`;

describe('learnFromPost counts each post once', () => {
  it('counts a word once per post, however often the post repeats it', () => {
    const state = learnAll(['Kampanjen, kampanjen og atter kampanjen.']);
    expect(entry(state, 'kampanj')?.posts).toBe(1);
    expect(state.counted).toBe(1);
  });

  it('ignores a post it has counted before and returns the very same state', () => {
    const once = learnFromPost(emptyLearned(), {
      id: '1790000000000000001',
      text: 'Sommerkampanjen er i gang',
    });
    const twice = learnFromPost(once, { id: '1790000000000000001', text: 'Sommerkampanjen er i gang' });
    expect(twice).toBe(once);
    // Another post with the same words is another post.
    const other = learnFromPost(once, { id: '1790000000000000002', text: 'Sommerkampanjen er i gang' });
    expect(entry(other, 'sommerkampanj')?.posts).toBe(2);
  });

  it('does not change the state it was given', () => {
    const before = learnAll(['Kampanjen starter', 'Kampanjen er over']);
    const copy = structuredClone(before);
    learnFromPost(before, { id: '1900000000000000000', text: 'Kampanjen igjen #kampanje' });
    expect(before).toEqual(copy);
  });

  it('counts posts seen in any order (scrolling shows the newest first)', () => {
    const texts = ['Kampanjen starter', 'Ny kampanje i dag', 'Kampanjer virker'];
    const ids = idsFor(3);
    const forwards = learnAll(texts);
    const backwards = [2, 1, 0].reduce(
      (s, i) => learnFromPost(s, { id: ids[i] as string, text: texts[i] as string }),
      emptyLearned(),
    );
    expect(backwards.seen).toEqual(forwards.seen);
    const [b, f] = [entry(backwards, 'kampanj'), entry(forwards, 'kampanj')];
    expect(b?.posts).toBe(f?.posts);
    expect(b?.last).toBe(f?.last);
    expect(new Map(b?.forms)).toEqual(new Map(f?.forms));
  });

  it('ignores ids that are not status ids', () => {
    const start = emptyLearned();
    for (const id of ['', 'abc', '0', '0123', '12 34', '1'.repeat(21), '-5']) {
      expect(learnFromPost(start, { id, text: 'Kampanjen starter' })).toBe(start);
    }
  });
});

describe('caps', () => {
  it(`keeps the ids of the newest ${MAX_POSTS} posts and ignores posts older than all of them`, () => {
    const ids = idsFor(150);
    let state = emptyLearned();
    for (const id of ids) state = learnFromPost(state, { id, text: 'Kampanjen starter' });
    expect(state.seen).toEqual(ids.slice(50));
    // The oldest went first; a post from before the window is not counted again.
    const old = learnFromPost(state, { id: ids[10] as string, text: 'Kampanjen starter' });
    expect(old).toBe(state);
    expect(state.counted).toBe(150);
  });

  it('counts only the newest posts when they come newest first', () => {
    const ids = idsFor(130).reverse();
    let state = emptyLearned();
    for (const id of ids) state = learnFromPost(state, { id, text: 'Kampanjen starter' });
    expect(state.counted).toBe(MAX_POSTS);
    expect(state.seen).toEqual(ids.slice(0, MAX_POSTS).reverse());
  });

  it(`keeps at most ${MAX_WORDS} stems, dropping the rarest and then the oldest`, () => {
    // Ten new made-up words a post, and "kampanje" in the first three posts only.
    const texts = Array.from({ length: 60 }, (_, p) => {
      const words = Array.from({ length: 10 }, (_, k) => madeUp(p * 10 + k));
      return (p < 3 ? 'kampanje ' : '') + words.join(' ');
    });
    for (let i = 0; i < 600; i++) expect(stem(madeUp(i), 'nb')).toBe(madeUp(i));
    const state = learnAll(texts);
    expect(state.words.length).toBeLessThanOrEqual(MAX_WORDS);
    expect(state.words.length).toBeGreaterThan(MAX_WORDS / 2);
    expect(entry(state, 'kampanj')?.posts).toBe(3);
    const keys = new Set(state.words.map((e) => e.key));
    expect(keys.has(madeUp(0))).toBe(false);
    expect(keys.has(madeUp(599))).toBe(true);
    // Of words in one post each, the newest are the ones kept: from some post on, all of them.
    const kept = Array.from({ length: 600 }, (_, i) => i).filter((i) => keys.has(madeUp(i)));
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, k) => 600 - kept.length + k));
  });

  it(`keeps at most ${MAX_TAGS} hashtags, dropping the rarest first`, () => {
    const texts = Array.from({ length: 40 }, (_, p) => {
      const tags = Array.from({ length: 5 }, (_, k) => `#${madeUp(p * 5 + k)}`);
      return `Dagens emneknagger ${p % 2 === 0 ? '#Kampanje ' : ''}${tags.join(' ')}`;
    });
    const state = learnAll(texts);
    expect(state.tags.length).toBeLessThanOrEqual(MAX_TAGS);
    expect(tag(state, 'kampanje')?.posts).toBe(20);
    expect(tag(state, madeUp(0))).toBeUndefined();
    expect(tag(state, madeUp(199))).toBeDefined();
  });

  it(`keeps the ${MAX_FORMS} forms used most`, () => {
    const state = learnAll([
      'kampanje',
      'kampanjen',
      'kampanjen',
      'kampanjer',
      'kampanjer',
      'kampanjer',
      'kampanjene',
      'kampanjene',
      'kampanjane',
      'kampanjar',
    ]);
    const forms = entry(state, 'kampanj')?.forms ?? [];
    expect(forms.length).toBe(MAX_FORMS);
    expect(forms[0]).toEqual(['kampanjer', 3]);
    expect(forms.map(([f]) => f)).toEqual(expect.arrayContaining(['kampanjen', 'kampanjene']));
  });

  it(`halves the counts when ${AGE_AT} posts have been counted, so older posts weigh less`, () => {
    const texts = Array.from({ length: AGE_AT - 1 }, (_, i) => (i % 4 === 0 ? 'Kampanjen starter' : 'Kaffe'));
    const before = learnAll(texts);
    expect(before.counted).toBe(AGE_AT - 1);
    expect(entry(before, 'kampanj')?.posts).toBe(50);
    const after = learnFromPost(before, { id: '1900000000000000000', text: 'Kampanjen igjen' });
    expect(after.counted).toBe(AGE_AT / 2);
    expect(entry(after, 'kampanj')?.posts).toBe(25);
    expect(learnedSchema.safeParse(after).success).toBe(true);
  });
});

describe('what the state holds', () => {
  const state = learnAll(mixedProfile);

  it('holds single words, tags and ids: no sentence, link, mention or number of the posts', () => {
    const strings: string[] = [];
    JSON.stringify(state, (_key, value) => {
      if (typeof value === 'string') strings.push(value);
      return value;
    });
    for (const s of strings) expect(s).toMatch(/^[\p{L}\p{M}\p{N}_'’]+$/u);
    const json = JSON.stringify(state);
    for (const absent of ['kari_n', 'sprakradet', 'example', 'jobb', 'klarsprak', '300', '22']) {
      expect(json).not.toContain(`"${absent}"`);
    }
  });

  it('survives a JSON round trip', () => {
    const back = learnedSchema.parse(JSON.parse(JSON.stringify(state)));
    expect(back).toEqual(state);
    expect(parseLearned(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  const tampered: Array<[string, (s: Learned) => unknown]> = [
    ['another version', (s) => ({ ...s, version: 2 })],
    ['a text field', (s) => ({ ...s, text: 'Travel dag i kundeservice' })],
    ['a sentence as a form', (s) => ({ ...s, words: [{ ...s.words[0], forms: [['hei du der', 1]] }] })],
    ['a count of 0', (s) => ({ ...s, words: [{ ...s.words[0], posts: 0 }] })],
    ['a count that is no integer', (s) => ({ ...s, words: [{ ...s.words[0], posts: 1.5 }] })],
    ['more posts than counted', (s) => ({ ...s, words: [{ ...s.words[0], posts: s.counted + 1 }] })],
    ['ids out of order', (s) => ({ ...s, seen: [...s.seen].reverse() })],
    ['an id that is not a number', (s) => ({ ...s, seen: ['https://x.com/ingrid/status/1'] })],
    ['too many ids', (s) => ({ ...s, seen: idsFor(MAX_POSTS + 1) })],
    ['the same stem twice', (s) => ({ ...s, words: [s.words[0], s.words[0]] })],
    ['a tag with a space', (s) => ({ ...s, tags: [{ ...s.tags[0], key: 'kunde service' }] })],
    [
      'too many stems',
      (s) => ({
        ...s,
        words: Array.from({ length: MAX_WORDS + 1 }, (_, i) => ({ ...s.words[0], key: madeUp(i) })),
      }),
    ],
  ];
  it.each(tampered)('fails the schema with %s, and parseLearned starts over', (_label, tamper) => {
    const bad = JSON.parse(JSON.stringify(tamper(state)));
    expect(learnedSchema.safeParse(bad).success).toBe(false);
    expect(parseLearned(bad)).toEqual(emptyLearned());
  });
});
