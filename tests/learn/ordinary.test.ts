import { everydayForms } from '../../lib/learn/everyday-forms';
import { ordinaryEnglish, ordinaryNorwegian, proposeFromLearned } from '../../lib/learn/index';
import { defaultStrategy } from '../../lib/strategy/defaults';
import { cheerWords } from '../../lib/text/cheer-words';
import { stopwords } from '../../lib/text/stopwords';
import { learnAll, names } from './helpers';

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Topics proposed from posts that repeat `words` (in three of seven posts, lower-case, as
 * written at a sentence start and capitalised mid-sentence) beside a subject, "havbruk", that
 * must come through.
 */
function proposedAmong(words: readonly string[]): string[] {
  const line = words.join(' ');
  const state = learnAll([
    `havbruk ${line}`,
    `${capitalized(line)}. Havbruk`,
    `Om havbruk: ${words.map(capitalized).join(' ')}`,
    'Kaffe',
    'Regn',
    'Sol',
    'Snø',
  ]);
  return names(proposeFromLearned(state, defaultStrategy, { maxTopics: 100 }).topics);
}

const lists: Array<[string, readonly string[]]> = [
  [
    'the Norwegian ordinary words (stopwords-iso no, Kvitter’s nb and nn lists, everyday words)',
    ordinaryNorwegian,
  ],
  ['the English ordinary words (stopwords-iso en, Kvitter’s en list, everyday words)', ordinaryEnglish],
  ['the cheering words', [...cheerWords]],
];

describe('stop words and everyday words are never proposed', () => {
  it.each(lists)('none of %s', (_label, list) => {
    expect(list.length).toBeGreaterThan(100);
    for (let i = 0; i < list.length; i += 20) {
      expect(proposedAmong(list.slice(i, i + 20))).toEqual(['havbruk']);
    }
  });

  it('nor their inflections', () => {
    const inflected = 'dagene ukene helgane tingene gangene tidene mornings weekends thinking thanked'.split(
      ' ',
    );
    expect(proposedAmong(inflected)).toEqual(['havbruk']);
  });

  it('the shipped lists hold Kvitter’s own function words and nynorsk forms', () => {
    const norwegian = new Set(ordinaryNorwegian);
    for (const word of [...stopwords.nb, ...stopwords.nn]) expect(norwegian.has(word)).toBe(true);
    for (const word of ['eg', 'ikkje', 'kva', 'korleis', 'mykje', 'berre', 'frå', 'gjere', 'før', 'gjøre']) {
      expect(norwegian.has(word)).toBe(true);
    }
    const english = new Set(ordinaryEnglish);
    for (const word of stopwords.en) expect(english.has(word)).toBe(true);
    // Subjects a person may well post about are taken out of stopwords-iso's English list.
    expect(english.has('research')).toBe(false);
    expect(english.has('computer')).toBe(false);
  });
});

describe('Norwegian words that are no nouns (the treebank forms)', () => {
  const forms = everydayForms.split(/\s+/).filter(Boolean);

  it('are never proposed from Norwegian posts', () => {
    expect(forms.length).toBeGreaterThan(1000);
    for (let i = 0; i < forms.length; i += 200) {
      expect(proposedAmong(['svarer', 'spør', ...forms.slice(i, i + 10), 'og', 'ikke'])).toEqual(['havbruk']);
    }
  });

  it('leave the nouns that share their stem', () => {
    // "bygger" (builds) is listed as written; "bygg" (building) stays a subject.
    expect(forms).toContain('bygger');
    const state = learnAll([
      'Nytt bygg i Bergen. Vi bygger.',
      'Bygget står ferdig og vi bygger videre.',
      'Regn',
    ]);
    expect(names(proposeFromLearned(state, defaultStrategy).topics)).toContain('bygg');
  });
});
