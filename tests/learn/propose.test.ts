import {
  COMMON_FROM,
  MAX_HASHTAG_PROPOSALS,
  MAX_TOPIC_PROPOSALS,
  proposeFromLearned,
} from '../../lib/learn/index';
import { defaultStrategy } from '../../lib/strategy/defaults';
import { buildKeywordMatcher } from '../../lib/text/compound';
import { learnAll, names, strategyWith } from './helpers';

const topics = (texts: string[], strategy = defaultStrategy, dismissed: string[] = []) =>
  proposeFromLearned(learnAll(texts), strategy, { dismissed }).topics;
const hashtags = (texts: string[], strategy = defaultStrategy, dismissed: string[] = []) =>
  proposeFromLearned(learnAll(texts), strategy, { dismissed }).hashtags;

describe('inflections and compounds', () => {
  it('groups the inflections of a word into one proposal named by the form used most', () => {
    const [first, ...rest] = topics([
      'Kampanjen starter i dag',
      'Kampanjer som treffer',
      'Vi lærte mye av kampanjen',
      'Eg likar kampanjane dykkar',
      'Kampanje eller ikke?',
    ]);
    expect(first?.name).toBe('kampanjen');
    expect(first?.posts).toBe(5);
    expect(first?.forms).toEqual(expect.arrayContaining(['kampanje', 'kampanjer', 'kampanjane']));
    expect(rest).toEqual([]);
  });

  it('counts a compound toward a word the user also writes on its own', () => {
    const [first] = topics(['Kampanjen er i gang', 'Sommerkampanjen er i gang', 'Vinterkampanjane kjem']);
    expect(first).toMatchObject({ name: 'kampanjen', posts: 3 });
    // The engine's matcher agrees: a topic of that name matches the compounds.
    const matcher = buildKeywordMatcher([[first?.name ?? '']]);
    expect(matcher.matchWord('sommerkampanjen').size).toBe(1);
    expect(matcher.matchWord('vinterkampanjane').size).toBe(1);
  });

  it('does not credit a word from a compound that does not end in it', () => {
    // "kundeservice" is a service, not a customer; "elbil" holds a word too short to count.
    expect(names(topics(['Kunden har alltid rett', 'Kundeservice er gøy', 'Kundeservicen svarer']))).toEqual([
      'kundeservice',
    ]);
    expect(topics(['En bil', 'Min elbil', 'Elbilen lader'])).toEqual([
      expect.objectContaining({ name: 'elbil', posts: 2 }),
    ]);
  });

  it('counts a compound toward a word from the time the user has written that word', () => {
    // The first post came before "kampanje" was known; the state holds no text to look back at.
    const [first] = topics(['Sommerkampanjen er i gang', 'Kampanjen er i gang', 'Vinterkampanjen kommer']);
    expect(first).toMatchObject({ name: 'kampanjen', posts: 2 });
  });

  it('merges a word stemmed differently in Norwegian and English posts', () => {
    // The Norwegian stemmer makes "dat" of "data", the English one keeps "data".
    const [first, ...rest] = topics([
      'Data is the new oil, they say, and the data keeps growing',
      'Vi deler data med forskere',
      'Åpne data gir bedre tjenester',
    ]);
    expect(first).toMatchObject({ name: 'data', posts: 3 });
    expect(rest.map((t) => t.name)).not.toContain('data');
  });

  it('keeps apart words that only look alike in another language', () => {
    // English "stores" (shops) is a subject; Norwegian "store" (big) is everyday language.
    const proposed = topics([
      'Two new stores opened downtown this spring',
      'Our stores stay open late on Thursdays',
      'Det er store forskjeller mellom byene',
      'Store planer for sommeren',
    ]);
    expect(proposed).toEqual([{ name: 'stores', forms: ['stores'], posts: 2 }]);
  });
});

describe('what is never proposed', () => {
  it('a word in one post only', () => {
    expect(topics(['Sommerkampanjen er i gang', 'Kaffe i sola', 'Regn igjen'])).toEqual([]);
  });

  it(`a word in more than half of the posts, once there are ${COMMON_FROM} of them`, () => {
    const texts = (withWord: number, total: number) =>
      Array.from({ length: total }, (_, i) =>
        i < withWord ? `Kvitterbrukar ${i}: kampanje ${i % 2}` : `Kaffe ${i}`,
      );
    // The user's own filler: 7 of 12 posts.
    expect(names(topics(texts(7, 12)))).not.toContain('kvitterbrukar');
    // 6 of 12 is not more than half.
    expect(names(topics(texts(6, 12)))).toContain('kvitterbrukar');
    // With too few posts to tell, it is proposed.
    expect(names(topics(texts(3, 4)))).toContain('kvitterbrukar');
  });

  it('numbers, words with digits, single letters, emoji, and the words of links, mentions and hashtags', () => {
    const posts = [
      '2024 blir bra: 5G, covid19 og x 🎉🎉 https://tilbud.example.no/sommerkampanje @kampanjekari #sommerkampanje',
      '2024 blir bra: 5G, covid19 og x 🎉🎉 https://tilbud.example.no/sommerkampanje @kampanjekari #sommerkampanje',
      '2024 blir bra: 5G, covid19 og x 🎉🎉 https://tilbud.example.no/sommerkampanje @kampanjekari #sommerkampanje',
    ];
    const state = learnAll(posts);
    expect(state.words).toEqual([]);
    const proposed = proposeFromLearned(state, defaultStrategy);
    expect(proposed.topics).toEqual([]);
    expect(proposed.hashtags).toEqual([{ tag: '#sommerkampanje', posts: 3 }]);
  });
});

describe('what the strategy has and the user dismissed', () => {
  const posts = [
    'Kundeservice er viktig #kundeservice',
    'Kundeservicen vår svarer raskt #Kundeservice',
    'Supporten er åpen #support',
    'Support hele døgnet #support',
    'Nynorsk i skulen #nynorsk',
    'Nynorsken lever #nynorsk',
    'Kvitter hjelper deg #kvitter',
    'Kvitter på nynorsk #kvitter',
  ];

  it('proposes all of them with an empty strategy', () => {
    expect(names(topics(posts))).toEqual(['nynorsk', 'kvitter', 'support', 'kundeservice']);
    expect(hashtags(posts).map((h) => h.tag)).toEqual(['#kvitter', '#nynorsk', '#support', '#kundeservice']);
  });

  it('leaves out words the strategy’s topics match by name or keyword, inflected or in compounds', () => {
    const strategy = strategyWith({
      topics: [{ name: 'Kundeservice', keywords: ['support'] }],
      brandNames: ['Kvitter AS'],
    });
    expect(names(topics(posts, strategy))).toEqual(['nynorsk']);
    // Compounds with a keyword at their end are on-topic for the engine already.
    const withCompound = strategyWith({ topics: [{ name: 'Språk', keywords: ['nynorsk'] }] });
    expect(names(topics(['Nynorskopplæring', 'Nynorskopplæringa', 'Språket'], withCompound))).toEqual([]);
  });

  it('leaves out hashtags the strategy prefers, in any case', () => {
    const strategy = strategyWith({ hashtags: ['#Nynorsk', 'SUPPORT'] });
    expect(hashtags(posts, strategy).map((h) => h.tag)).toEqual(['#kvitter', '#kundeservice']);
  });

  it('leaves out what the user dismissed, in any inflection, and hashtags by their #', () => {
    const dismissed = ['Kvitter', 'kundeservicen', '#support', '#NYNORSK'];
    expect(names(topics(posts, defaultStrategy, dismissed))).toEqual(['nynorsk', 'support']);
    expect(hashtags(posts, defaultStrategy, dismissed).map((h) => h.tag)).toEqual([
      '#kvitter',
      '#kundeservice',
    ]);
  });
});

describe('ranking', () => {
  it('ranks hashtags by posts, shows the casing used most, and leaves out one-post tags', () => {
    const proposed = hashtags([
      '#KundeService først',
      '#kundeservice igjen #Nynorsk',
      '#kundeservice og #nynorsk',
      '#kundeservice #nynorsk #engang',
      '#nynorsk #nynorsk #nynorsk',
      '#Kvitter',
      '#kvitter',
    ]);
    // Four posts each: #nynorsk was used most recently.
    expect(proposed).toEqual([
      { tag: '#nynorsk', posts: 4 },
      { tag: '#kundeservice', posts: 4 },
      { tag: '#kvitter', posts: 2 },
    ]);
  });

  it('proposes a hashtag on most posts all the same: it is the user’s habit', () => {
    const texts = Array.from({ length: 12 }, (_, i) => `Innlegg ${i} #Kvitter`);
    expect(hashtags(texts)).toEqual([{ tag: '#Kvitter', posts: 12 }]);
  });

  it('ranks by posts, then the one used most recently', () => {
    const ranked = topics([
      'Kampanje her',
      'Kampanje der',
      'Kampanje overalt',
      'Nynorsk her',
      'Nynorsk der',
      'Språk her',
      'Språk der',
    ]);
    expect(ranked.map((t) => [t.name, t.posts])).toEqual([
      ['kampanje', 3],
      ['språk', 2],
      ['nynorsk', 2],
    ]);
  });

  it(`proposes at most ${MAX_TOPIC_PROPOSALS} topics and ${MAX_HASHTAG_PROPOSALS} hashtags, or what the caller asks`, () => {
    const words = 'kampanje nynorsk språk kaffetrakter sykkel fotball podkast bærekraft kundeservice havbruk';
    const texts = [...words.split(' '), ...words.split(' ')].map((w) => `${w} #${w}`);
    const state = learnAll(texts);
    const proposed = proposeFromLearned(state, defaultStrategy);
    expect(proposed.topics).toHaveLength(MAX_TOPIC_PROPOSALS);
    expect(proposed.hashtags).toHaveLength(MAX_HASHTAG_PROPOSALS);
    const few = proposeFromLearned(state, defaultStrategy, { maxTopics: 2, maxHashtags: 1 });
    expect([few.topics.length, few.hashtags.length]).toEqual([2, 1]);
  });
});
