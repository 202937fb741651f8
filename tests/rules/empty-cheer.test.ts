import { describe, expect, it } from 'vitest';
import { hintsOf } from './helpers';

const RULE = 'empty-cheer';

describe(RULE, () => {
  it.each([
    'Gratulerer!!!',
    'Gratulerer med dagen, Kari! 🎉',
    'Heia Norge! 🇳🇴',
    'Heiaaaa!!',
    'Heilt einig!!',
    'Helt enig 👍',
    'Tusen takk!',
    'Takk for sist!',
    'Så bra!',
    'Kjempebra jobba @ola_n',
    'Great post!',
    'Congrats!! 🎉🎉',
    'Well said.',
    'So true',
    '+1',
    '100 %',
    '👏👏',
    '❤️',
    '@kari_n 🔥🔥🔥',
  ])('flags a reply that is only cheering: %s', (text) => {
    const [hint] = hintsOf(RULE, text, undefined, 'reply');
    expect(hint?.severity).toBe('warning');
    expect(hint?.message.nn).toContain('svaret');
  });

  it('is a suggestion on a post of its own', () => {
    expect(hintsOf(RULE, 'Gratulerer!!!', undefined, 'post')[0]?.severity).toBe('suggestion');
  });

  it.each([
    'Gratulerer! Hvordan fikk dere til å kutte ventetida så mye?',
    'Gratulerer! Dere økte salget med 40 prosent i fjor, imponerende.',
    'Gratulerer med prisen. Eg las boka i sommar og likte særleg kapitlet om fjordane.',
    'Helt enig i at kommunen må prioritere skolebygg framfor ny rådhusplass i år',
    'Takk for svaret. Betyr det at avgifta gjeld frå januar?',
    'Great post! What made you switch from React to Svelte?',
    'Thanks, the second option worked after I cleared the cache',
    'Heia! Når startar løpet på laurdag?',
    'Bussen var ti minutt forseinka i dag igjen',
  ])('leaves a cheer with substance alone: %s', (text) => {
    expect(hintsOf(RULE, text, undefined, 'reply')).toEqual([]);
  });
});
