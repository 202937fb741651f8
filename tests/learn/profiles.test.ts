import fc from 'fast-check';
import { emptyLearned, learnedSchema, learnFromPost, proposeFromLearned } from '../../lib/learn/index';
import { defaultStrategy } from '../../lib/strategy/defaults';
import { learnAll, names, strategyWith } from './helpers';
import { englishProfile, englishSubjects, idsFor, mixedProfile, mixedSubjects } from './profiles';

const inSubject = (subject: readonly string[]) => (name: string) => subject.includes(name);

describe('a profile in bokmål, nynorsk and English about customer service and nynorsk', () => {
  const state = learnAll(mixedProfile);
  const proposed = proposeFromLearned(state, defaultStrategy);
  const top = names(proposed.topics);

  it('puts the two subjects on top, among everyday posts', () => {
    const subjects = [...mixedSubjects.service, ...mixedSubjects.language];
    expect(top.slice(0, 4).every(inSubject(subjects))).toBe(true);
    expect(top.slice(0, 4).some(inSubject(mixedSubjects.service))).toBe(true);
    expect(top.slice(0, 4).some(inSubject(mixedSubjects.language))).toBe(true);
  });

  it('counts support from Norwegian and English posts as one word', () => {
    expect(proposed.topics.find((t) => t.name === 'support')).toMatchObject({
      posts: 6,
      forms: expect.arrayContaining(['support', 'supporten']),
    });
  });

  it('counts "klarspråk" toward "språk"', () => {
    // språk, Språket, klarspråk, språk, Språket, språk: six posts.
    expect(proposed.topics.find((t) => t.name === 'språk')?.posts).toBe(6);
  });

  it('proposes her hashtags in the casing she uses most', () => {
    expect(proposed.hashtags.map((h) => h.tag)).toEqual(['#nynorsk', '#kundeservice', '#CustomerSupport']);
  });

  it('proposes the next subject once one is in the strategy', () => {
    const strategy = strategyWith({
      topics: [{ name: 'Nynorsk', keywords: ['språk'] }],
      hashtags: ['nynorsk'],
    });
    const next = proposeFromLearned(state, strategy);
    expect(names(next.topics).slice(0, 2).every(inSubject(mixedSubjects.service))).toBe(true);
    expect(names(next.topics)).not.toContain('nynorsk');
    expect(next.hashtags.map((h) => h.tag)).toEqual(['#kundeservice', '#CustomerSupport']);
  });
});

describe('a profile in English about sourdough and the farmers market', () => {
  const proposed = proposeFromLearned(learnAll(englishProfile), defaultStrategy);
  const top = names(proposed.topics);

  it('puts the two subjects on top', () => {
    expect(top.slice(0, 2).sort()).toEqual(['market', 'sourdough']);
    const subjects = [...englishSubjects.baking, ...englishSubjects.market];
    expect(top.slice(0, 3).every(inSubject(subjects))).toBe(true);
  });

  it('proposes the hashtags, one per tag whatever the casing', () => {
    expect(proposed.hashtags).toEqual([
      { tag: '#FarmersMarket', posts: 4 },
      { tag: '#sourdough', posts: 4 },
    ]);
  });
});

describe('any text', () => {
  it('leaves a state the schema accepts', () => {
    const word = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom(
        '#Tag',
        '#tag',
        '@someone',
        'https://example.com/x',
        'Kampanjen',
        'NRK’s',
        'don’t',
        '😀',
        '\n',
      ),
    );
    const post = fc.array(word, { maxLength: 40 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(post, { minLength: 1, maxLength: 12 }), (texts) => {
        const ids = idsFor(texts.length);
        const state = texts.reduce(
          (s, text, i) => learnFromPost(s, { id: ids[i] as string, text }),
          emptyLearned(),
        );
        expect(learnedSchema.safeParse(state).success).toBe(true);
        proposeFromLearned(state, defaultStrategy);
      }),
      { numRuns: 200 },
    );
  });
});
