import { describe, expect, it } from 'vitest';
import { defaultStrategy, parseStrategy, presets, type Strategy, strategySchema } from '../../lib/strategy';

const valid = (): Strategy => structuredClone(defaultStrategy);

describe('parseStrategy', () => {
  it('accepts the defaults and returns them unchanged', () => {
    expect(parseStrategy(valid(), 'en')).toEqual({ ok: true, strategy: defaultStrategy });
  });

  it('names the field and the problem for each wrong value, in the language asked for', () => {
    const input = {
      ...valid(),
      postsPerWeek: 'three',
      length: { softTarget: 200, hardLimit: 100 },
      topics: [{ name: '', keywords: ['ok'] }],
    };
    const result = parseStrategy(input, 'en');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.errors.map((e) => [e.path, e.message]));
    expect(byPath.postsPerWeek).toBe('Posts per week: should be a number, not text.');
    expect(byPath['length.hardLimit']).toBe('Length › Hard limit: must be at least 280.');
    expect(byPath['topics.0.name']).toBe('Topics › no. 1 › Name: cannot be empty.');
  });

  it('speaks bokmål and nynorsk too', () => {
    const input = { ...valid(), postsPerWeek: 2.5 };
    const nb = parseStrategy(input, 'nb');
    const nn = parseStrategy(input, 'nn');
    expect(nb.ok || nb.errors).toEqual([
      { path: 'postsPerWeek', message: 'Innlegg per uke: må være et heltall.' },
    ]);
    expect(nn.ok || nn.errors).toEqual([
      { path: 'postsPerWeek', message: 'Innlegg per veke: må vere eit heiltal.' },
    ]);
  });

  it('turns the schema refinements into sentences, not keys', () => {
    const input = {
      ...valid(),
      length: { softTarget: 300, hardLimit: 280 },
      signatures: { required: true, list: [] },
    };
    const result = parseStrategy(input, 'nb');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'length.softTarget', message: 'Lengde › Mållengde: mållengden kan ikke være over grensen.' },
      {
        path: 'signatures.list',
        message: 'Signaturer › Liste: legg inn minst én signatur når signatur er påkrevd.',
      },
    ]);
    expect(result.errors.map((e) => e.message).join(' ')).not.toMatch(/soft-target|signature-list/);
  });

  it('reports missing fields, unknown fields, bad choices and bad hashtags', () => {
    const { audience: _dropped, ...withoutAudience } = valid();
    const input = {
      ...withoutAudience,
      extra: 1,
      accountType: 'robot',
      hashtags: { preferred: ['#ok', 'not ok'], max: 2 },
    };
    const result = parseStrategy(input, 'en');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.errors.map((e) => `${e.path} = ${e.message}`);
    expect(messages).toContain('audience = Audience: missing.');
    expect(messages).toContain(
      'accountType = Account type: “robot” is not a valid choice. Valid choices: personal, company, employee.',
    );
    expect(
      messages.some((m) => m.startsWith('hashtags.preferred.1 = ') && m.includes('letters, digits and _')),
    ).toBe(true);
    expect(messages.some((m) => m.includes('unknown field «extra»'))).toBe(true);
  });

  it('refuses a strategy from a newer version with an explanation, not a list of field errors', () => {
    const result = parseStrategy({ ...valid(), version: 7, brandNew: true }, 'nn');
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'version', message: expect.stringContaining('nyare versjon av Kvitter (versjon 7)') }],
    });
  });

  it('explains non-objects', () => {
    for (const input of [null, 42, 'strategy', []]) {
      const result = parseStrategy(input, 'en');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]?.message).toMatch(/^The strategy: should be an object, not /);
    }
  });
});

describe('presets', () => {
  it('are five complete, valid strategies with a name and description in every language', () => {
    expect(presets.map((p) => p.id)).toEqual([
      'personal-learning-network',
      'company-official',
      'employee-ambassador',
      'customer-service',
      'public-body',
    ]);
    for (const preset of presets) {
      expect(strategySchema.safeParse(preset.strategy).success, preset.id).toBe(true);
      for (const lang of ['nb', 'nn', 'en'] as const) {
        expect(preset.name[lang].length).toBeGreaterThan(3);
        expect(preset.description[lang].length).toBeGreaterThan(20);
      }
      expect(preset.strategy.topics.length).toBeGreaterThan(0);
    }
  });

  it('fit the account they are for', () => {
    const byId = Object.fromEntries(presets.map((p) => [p.id, p.strategy]));
    expect(byId['public-body']?.languages).toEqual({ allowed: ['nb', 'nn'], nynorskTarget: 25 });
    expect(byId['customer-service']?.signatures.required).toBe(true);
    expect(byId['customer-service']?.signatures.list.length).toBeGreaterThan(0);
    expect(byId['company-official']?.accountType).toBe('company');
    expect(byId['employee-ambassador']?.accountType).toBe('employee');
    expect(byId['personal-learning-network']?.accountType).toBe('personal');
  });
});
