import { describe, expect, it } from 'vitest';
import { applyFix, hintsOf, strategyWith } from './helpers';

const RULE = 'signature';
const signing = strategyWith({ signatures: { required: true, list: ['^KH', '^OL', '/Kari'] } });

describe(RULE, () => {
  it.each([
    ['Takk for at du sa frå, vi ser på saka i dag.', 'Takk for at du sa frå, vi ser på saka i dag. ^KH'],
    ['Hei! Pakken din er sendt og kommer i morgen.', 'Hei! Pakken din er sendt og kommer i morgen. ^KH'],
    ['Thanks, we are looking into it.\n', 'Thanks, we are looking into it.\n^KH'],
  ])('asks for a signature and appends the first one: %s', (text, fixed) => {
    const [hint] = hintsOf(RULE, text, signing, 'reply');
    expect(hint?.severity).toBe('warning');
    expect(hint?.range).toBeUndefined();
    expect(applyFix(text, hint as never)).toBe(fixed);
  });

  it.each(['Vi ser på saka. ^KH', 'Pakken er sendt ^ol', 'Hilsen /Kari', 'Thanks! ^OL'])(
    'accepts any configured signature: %s',
    (text) => {
      expect(hintsOf(RULE, text, signing)).toEqual([]);
    },
  );

  it('adds a space before the signature unless the draft ends in whitespace, for every character', () => {
    // Every UTF-16 unit at the end of a draft: the fix must agree with /\s$/ on each.
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const text = `Pakken er sendt${String.fromCharCode(code)}`;
      const hint = hintsOf(RULE, text, signing)[0];
      if (hint && hint.fix?.text !== (/\s$/.test(text) ? '^KH' : ' ^KH')) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('is quiet when signatures are not required, and on an empty draft', () => {
    expect(
      hintsOf(RULE, 'Pakken er sendt', strategyWith({ signatures: { required: false, list: ['^KH'] } })),
    ).toEqual([]);
    expect(hintsOf(RULE, '   ', signing)).toEqual([]);
  });
});
