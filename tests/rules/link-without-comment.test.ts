import { describe, expect, it } from 'vitest';
import { hintsOf, marked } from './helpers';

const RULE = 'link-without-comment';

describe(RULE, () => {
  it.each([
    'https://www.nrk.no/norge/ny-rapport-1.2345',
    '@kari_n https://www.vg.no/sak/123',
    'Les dette: https://example.com/rapport #kvitter',
    'Sjå her 👉 https://nynorsk.no/ordliste',
    'Check this out https://github.com/twitter/twitter-text',
    'www.example.com',
  ])('flags a link with nothing of the user’s own: %s', (text) => {
    const [hint] = hintsOf(RULE, text);
    expect(hint?.severity).toBe('warning');
    expect(marked(text, hint as never)).toMatch(/^(https?:\/\/|www\.)/);
  });

  it.each([
    'Ny rapport frå Språkrådet: nynorsk aukar mest blant unge vaksne https://sprakradet.no/rapport',
    'Den nye rapporten viser at halvparten av kundene våre bruker appen https://example.com/r',
    'Useful summary of the new EU accessibility rules, with a checklist https://example.com/eaa',
    'Ingen lenke her, bare tekst om været.',
  ])('is quiet when the user says why it matters: %s', (text) => {
    expect(hintsOf(RULE, text)).toEqual([]);
  });

  it('is only a suggestion in a reply, where the link may answer a question', () => {
    expect(hintsOf(RULE, 'https://example.com/svar', undefined, 'reply')[0]?.severity).toBe('suggestion');
  });
});
