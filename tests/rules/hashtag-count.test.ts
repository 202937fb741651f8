import { describe, expect, it } from 'vitest';
import { hintsOf, marked, strategyWith } from './helpers';

const RULE = 'hashtag-count';

describe(RULE, () => {
  it.each([
    ['Valdagen er her! #valg2025 #stemmerett #demokrati #norge', ['#demokrati', '#norge']],
    ['Eg er så glad for dette #nynorsk #språk #kultur', ['#kultur']],
    ['New release today #javascript #typescript #webdev #opensource', ['#webdev', '#opensource']],
  ])('marks each hashtag past the default maximum of two: %s', (text, extra) => {
    const hints = hintsOf(RULE, text);
    expect(hints.map((h) => marked(text, h))).toEqual(extra);
    expect(hints.every((h) => h.severity === 'warning')).toBe(true);
  });

  it.each([
    'Valdagen er her! #valg2025 #demokrati',
    'Ingen emneknaggar i det heile',
    'One tag is plenty #a11y',
  ])('is quiet at or under the maximum: %s', (text) => expect(hintsOf(RULE, text)).toEqual([]));

  it('follows the strategy’s own maximum, also zero', () => {
    const none = strategyWith({ hashtags: { preferred: [], max: 0 } });
    const hints = hintsOf(RULE, 'Godt nytt år #2025nyttår', none);
    expect(hints).toHaveLength(1);
    expect(hints[0]?.message.nb).toContain('høyst 0');
    expect(hintsOf(RULE, 'A #b #c #d #e', strategyWith({ hashtags: { preferred: [], max: 5 } }))).toEqual([]);
  });

  it('does not count a # inside a link', () => {
    expect(hintsOf(RULE, 'Sjå https://example.com/side#del1 og https://example.com/#/app #a')).toEqual([]);
  });
});
