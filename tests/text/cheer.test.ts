import { describe, expect, it } from 'vitest';
import { isCheerWord, isEmptyCheer } from '../../lib/text/cheer';
import { tokenize } from '../../lib/text/tokenize';

const cheer = (text: string, emoji = 0) => isEmptyCheer(tokenize(text), text, emoji);

describe('cheering lexicon', () => {
  it.each(['gratulerer', 'heia', 'einig', 'enig', 'takk', 'congrats', 'heiaaaa', 'yesss', 'gratulereeer'])(
    'knows %s',
    (word) => expect(isCheerWord(word)).toBe(true),
  );

  it.each(['kampanje', 'budsjett', 'heim', 'rente'])('does not take %s for cheering', (word) => {
    expect(isCheerWord(word)).toBe(false);
  });

  it.each([
    'Gratulerer!!!',
    'Heilt einig!!',
    'Great post!',
    'Tusen takk!',
    'Heia Norge!',
    '+1',
    'This.',
    'God morgen alle sammen!',
    'Godmorgon!',
    'happy friday everyone',
  ])('calls "%s" empty', (text) => expect(cheer(text)).toBe(true));

  it('calls emoji alone empty, but not an empty string', () => {
    expect(isEmptyCheer([], '👏👏', 2)).toBe(true);
    expect(isEmptyCheer([], '', 0)).toBe(false);
  });

  it.each([
    'Gratulerer! Korleis gjorde de det?',
    'Gratulerer med 40 prosent vekst',
    'Takk for ein god rapport om skulemat i Vestland fylke',
    'Heia kommunen som endeleg byggjer gang- og sykkelveg',
    'God morgen fra Oslo, der T-banen står igjen',
    'Good morning! Is the tram running today?',
  ])('sees substance in "%s"', (text) => expect(cheer(text)).toBe(false));
});
