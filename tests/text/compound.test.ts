import { describe, expect, it } from 'vitest';
import { buildKeywordMatcher } from '../../lib/text/compound';
import { tokenize } from '../../lib/text/tokenize';

/** The words of `text` that match each group. */
function matches(groups: string[][], text: string): string[][] {
  const found = buildKeywordMatcher(groups).matchText(text.toLowerCase(), tokenize(text));
  return groups.map((_, i) => (found.get(i) ?? []).map((t) => t.text));
}

describe('keyword matching with inflections and compounds', () => {
  it.each([
    ['merkevare', 'Vi driver med merkevarebygging', 'merkevarebygging'],
    ['kundeservice', 'Kundeservicen svarer raskt', 'Kundeservicen'],
    ['facebook', 'Bli med i Facebook-gruppa', 'Facebook'],
    ['kampanje', 'Kampanjen starter i dag', 'Kampanjen'],
    ['kampanje', 'Sommarkampanjen er i gang', 'Sommarkampanjen'],
    ['kampanjer', 'Ein ny kampanje', 'kampanje'],
    ['kunde', 'Kundane våre er nøgde', 'Kundane'],
    ['company', 'Two companies joined', 'companies'],
    ['marketing', 'Our marketers met today', 'marketers'],
    ['sosiale medier', 'Vi er aktive i sosiale medium', 'sosiale'],
    ['#kvitter', 'Følg #kvitter', 'kvitter'],
  ])('%s matches in "%s"', (keyword, text, word) => {
    expect(matches([[keyword]], text)).toEqual([[word]]);
  });

  it.each([
    ['KI', 'Vi var på kino i går'],
    ['bil', 'Se på bildet'],
    ['rente', 'Vi var i karantene'],
    ['app', 'Han applauderte'],
    ['merkevare', 'Vi selger varer'],
  ])('%s does not match inside an unrelated word in "%s"', (keyword, text) => {
    expect(matches([[keyword]], text)).toEqual([[]]);
  });

  it('accepts short keywords as whole words with an inflection ending', () => {
    expect(matches([['bil']], 'Bilen står ute, og bilar er dyre')).toEqual([['Bilen', 'bilar']]);
    expect(matches([['KI']], 'Bruk av KI i skolen')).toEqual([['KI']]);
  });

  it('sorts matches into their groups', () => {
    expect(
      matches([['kampanje'], ['kunde', 'support']], 'Kampanjen og supporten fikk ros av kundene'),
    ).toEqual([['Kampanjen'], ['supporten', 'kundene']]);
  });

  it('matches a single word such as a hashtag', () => {
    const matcher = buildKeywordMatcher([['markedsføring'], ['kundeservice']]);
    expect([...matcher.matchWord('digitalmarkedsføring')]).toEqual([0]);
    expect([...matcher.matchWord('ferie')]).toEqual([]);
  });

  it('still finds words when lower-casing changes the text length (Turkish İ)', () => {
    expect(matches([['kampanje']], 'İstanbul-kampanjen er i gang')).toEqual([['kampanjen']]);
  });
});
