import { describe, expect, it } from 'vitest';
import type { Hint } from '../../lib/rules/types';
import type { Strategy } from '../../lib/strategy/schema';
import { applyFix, hintsOf, marked, strategyWith } from './helpers';

const RULE = 'hashtag-count';

/** The one hint of the rule for a draft. */
function only(text: string, strategy?: Strategy): Hint {
  const hints = hintsOf(RULE, text, strategy);
  expect(hints).toHaveLength(1);
  return hints[0] as Hint;
}

describe(RULE, () => {
  it.each([
    [
      'Valdagen er her! #valg2025 #stemmerett #demokrati #norge',
      'Utkastet har 4 emneknagger; strategien din sier høyst 2. Fjern #demokrati og #norge: få og treffende virker best.',
      'nb',
      '#demokrati #norge',
    ],
    [
      'Eg er så glad for dette #nynorsk #språk #kultur',
      'Utkastet har 3 emneknaggar; strategien din seier høgst 2. Fjern #kultur: få og treffande verkar best.',
      'nn',
      '#kultur',
    ],
    [
      'New release today #javascript #typescript #webdev #opensource',
      'This draft has 4 hashtags; your strategy says at most 2. Drop #webdev and #opensource: a few fitting ones work best.',
      'en',
      '#webdev #opensource',
    ],
  ] as const)(
    'gives one warning naming the tags past the maximum of two: %s',
    (text, message, lang, marks) => {
      const hint = only(text);
      expect(hint.severity).toBe('warning');
      expect(hint.message[lang]).toBe(message);
      // With nothing in the strategy to go by, the last tags go, and they are marked together.
      expect(marked(text, hint)).toBe(marks);
    },
  );

  it('marks the row of tags to drop, and its fix removes the last one with its space', () => {
    const text = 'Valdagen er her! #valg2025 #stemmerett #demokrati #norge';
    const hint = only(text);
    expect(marked(text, hint)).toBe('#demokrati #norge');
    expect(hint.fix?.label).toEqual({ nb: 'Fjern #norge', nn: 'Fjern #norge', en: 'Remove #norge' });
    const once = applyFix(text, hint);
    expect(once).toBe('Valdagen er her! #valg2025 #stemmerett #demokrati');
    // The hint is worked out again after the click: one tag too many now, then none.
    const again = only(once);
    expect(again.message.en).toContain('has 3 hashtags');
    expect(again.message.en).toContain('Drop #demokrati:');
    expect(applyFix(once, again)).toBe('Valdagen er her! #valg2025 #stemmerett');
    expect(hintsOf(RULE, applyFix(once, again))).toEqual([]);
  });

  it('names the tags outside the strategy first, and the fix drops the least relevant', () => {
    const strategy = strategyWith({
      topics: [{ name: 'valg', keywords: ['demokrati'] }],
      hashtags: { preferred: ['valg2025'], max: 2 },
    });
    const text = 'Valdagen er her! #valg2025 #Bergen #stemmerett #demokrati #norge';
    const hint = only(text, strategy);
    expect(hint.message.nb).toContain('Fjern #Bergen, #stemmerett og #norge:');
    // A relevant tag stands between them, so only the tag the fix removes is marked.
    expect(marked(text, hint)).toBe('#norge');
    const once = applyFix(text, hint);
    expect(once).toBe('Valdagen er her! #valg2025 #Bergen #stemmerett #demokrati');
    const second = only(once, strategy);
    expect(second.message.nb).toContain('Fjern #Bergen og #stemmerett:');
    expect(marked(once, second)).toBe('#Bergen #stemmerett');
    const twice = applyFix(once, second);
    expect(twice).toBe('Valdagen er her! #valg2025 #Bergen #demokrati');
    const third = only(twice, strategy);
    expect(third.message.nb).toContain('Fjern #Bergen:');
    expect(applyFix(twice, third)).toBe('Valdagen er her! #valg2025 #demokrati');
    expect(hintsOf(RULE, 'Valdagen er her! #valg2025 #demokrati', strategy)).toEqual([]);
  });

  it('among relevant tags only, drops the last', () => {
    const strategy = strategyWith({
      hashtags: { preferred: ['valg2025', 'demokrati', 'stemmerett'], max: 2 },
    });
    const text = 'Valdagen er her! #valg2025 #stemmerett #demokrati';
    const hint = only(text, strategy);
    expect(hint.message.en).toContain('Drop #demokrati:');
    expect(applyFix(text, hint)).toBe('Valdagen er her! #valg2025 #stemmerett');
  });

  it('drops a repeated tag before any other', () => {
    const strategy = strategyWith({ hashtags: { preferred: ['kvitter'], max: 2 } });
    const text = '#Kvitter er ute #mat #kvitter';
    const hint = only(text, strategy);
    expect(hint.message.en).toContain('Drop #kvitter:');
    expect(applyFix(text, hint)).toBe('#Kvitter er ute #mat');
  });

  it.each([
    ['#a #b #c Nå skjer det', '#b #c Nå skjer det'],
    ['Nå skjer det\n#b\n#c\n#a', 'Nå skjer det\n#b\n#c'],
    ['#a\nNå skjer det #b #c', 'Nå skjer det #b #c'],
    ['Nå skjer det #b #a, #c', 'Nå skjer det #b, #c'],
  ])('removes a tag without leaving a gap: %j', (text, expected) => {
    const strategy = strategyWith({ hashtags: { preferred: ['b', 'c'], max: 2 } });
    expect(applyFix(text, only(text, strategy))).toBe(expected);
  });

  it('names five tags at most and counts the rest', () => {
    const text = 'Tagger alt #a #b #c #d #e #f #g #h #i';
    const hint = only(text);
    expect(hint.message.nb).toContain('Fjern #c, #d, #e, #f, #g og 2 til:');
    expect(hint.message.nn).toContain('Fjern #c, #d, #e, #f, #g og 2 til:');
    expect(hint.message.en).toContain('Drop #c, #d, #e, #f, #g and 2 more:');
    expect(marked(text, hint)).toBe('#c #d #e #f #g #h #i');
  });

  it.each([
    'Valdagen er her! #valg2025 #demokrati',
    'Ingen emneknaggar i det heile',
    'One tag is plenty #a11y',
  ])('is quiet at or under the maximum: %s', (text) => expect(hintsOf(RULE, text)).toEqual([]));

  it('follows the strategy’s own maximum, also zero', () => {
    const none = strategyWith({ hashtags: { preferred: [], max: 0 } });
    const text = 'Godt nytt år #2025nyttår';
    const hint = only(text, none);
    expect(hint.message.nb).toBe(
      'Utkastet har 1 emneknagg; strategien din sier høyst 0. Fjern #2025nyttår: få og treffende virker best.',
    );
    expect(hint.message.en).toContain('This draft has 1 hashtag;');
    expect(applyFix(text, hint)).toBe('Godt nytt år');
    expect(hintsOf(RULE, 'A #b #c #d #e', strategyWith({ hashtags: { preferred: [], max: 5 } }))).toEqual([]);
  });

  it('does not count a # inside a link', () => {
    expect(hintsOf(RULE, 'Sjå https://example.com/side#del1 og https://example.com/#/app #a')).toEqual([]);
  });
});
