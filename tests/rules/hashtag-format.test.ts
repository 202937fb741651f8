import { describe, expect, it } from 'vitest';
import { applyFix, hintsOf, marked, strategyWith } from './helpers';

const RULE = 'hashtag-format';
const strategy = strategyWith({ hashtags: { preferred: ['NorskTech', 'kvitter'], max: 5 } });

describe(RULE, () => {
  it.each([
    ['Stort oppmøte i dag #valg #Valg', 'Stort oppmøte i dag #valg'],
    ['Gode tips om nynorsk #nynorsk i dag #nynorsk', 'Gode tips om nynorsk #nynorsk i dag'],
    ['Demo day! #startup #startup', 'Demo day! #startup'],
  ])('removes a duplicate hashtag and only the duplicate: %s', (text, fixed) => {
    const [hint] = hintsOf(RULE, text, strategy);
    expect(hint?.severity).toBe('warning');
    expect(applyFix(text, hint as never)).toBe(fixed);
  });

  it.each(['Gratulerer med #1-plassen!', 'Vi er klare for #2025', 'Top #10 tips'])(
    'warns about a tag of digits only X will not link: %s',
    (text) => {
      const [hint] = hintsOf(RULE, text, strategy);
      expect(marked(text, hint as never)).toMatch(/^#\d+$/);
      expect(hint?.fix).toBeUndefined();
    },
  );

  it.each([
    ['Bli med i #Facebook-gruppa vår', '#Facebookgruppa'],
    ['Vel møtt på #Oslo-maraton', '#Oslomaraton'],
    ['Join the #open-source sprint', '#opensource'],
  ])('offers to join a tag X would cut at the hyphen: %s', (text, joined) => {
    const [hint] = hintsOf(RULE, text, strategy);
    expect(hint?.fix?.text).toBe(joined);
    expect(applyFix(text, hint as never)).toContain(joined);
  });

  it.each([
    ['Ny rapport om #norsktech i dag', 'Ny rapport om #NorskTech i dag'],
    ['Kvitter er ute! #KVITTER', 'Kvitter er ute! #kvitter'],
  ])('fixes the case of a strategy hashtag: %s', (text, fixed) => {
    const [hint] = hintsOf(RULE, text, strategy);
    expect(hint?.severity).toBe('suggestion');
    expect(applyFix(text, hint as never)).toBe(fixed);
  });

  it.each([
    'Ny rapport om #NorskTech og #kvitter i dag',
    'C# er eit fint språk, og #1 på lista mi er F#',
    'Sjå https://example.com/#2024 for detaljar',
    'Ingen emneknaggar her.',
    'Great #a11y tips from the #UX team',
  ])('is quiet on well-formed tags: %s', (text) => {
    const hints = hintsOf(RULE, text, strategy).filter((h) => !/#1\b/.test(marked(text, h)));
    expect(hints).toEqual([]);
  });
});
