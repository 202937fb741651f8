import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defaultStrategy,
  exportDocument,
  parseImport,
  parseStrategy,
  presets,
  type Strategy,
  StrategyStore,
} from '../../lib/strategy';
import { storageSnapshot } from './helpers';

const mine: Strategy = {
  ...(presets.find((p) => p.id === 'public-body')?.strategy ?? defaultStrategy),
  brandNames: ['Statens kvitterverk'],
  goals: 'Nå innbyggerne – også på «nynorsk» 😀',
};

describe('export and import', () => {
  it('export then import gives back the same strategy', async () => {
    const store = new StrategyStore({ now: () => Date.UTC(2026, 10, 25, 9) });
    await store.save(mine);
    const exported = await store.export();
    expect(exported.filename).toBe('kvitter-strategy-2026-11-25.json');
    const document = JSON.parse(exported.text);
    expect(document).toMatchObject({ format: 'kvitter-strategy', version: 2, strategy: mine });

    await store.reset();
    expect((await store.get()).strategy).toEqual(defaultStrategy);
    expect(await store.import(exported.text)).toEqual({ ok: true });
    expect((await store.get()).strategy).toEqual(mine);
  });

  it('imports an old export by migrating it', async () => {
    const store = new StrategyStore();
    const text = JSON.stringify({
      format: 'kvitter-strategy',
      version: 0,
      strategy: { topics: ['skule'], language: 'nn' },
    });
    expect(await store.import(text)).toEqual({ ok: true });
    const { strategy } = await store.get();
    expect(strategy.topics).toEqual([{ name: 'skule', keywords: ['skule'] }]);
    expect(strategy.uiLanguage).toBe('nn');
  });

  it('imports a version 1 export, giving it the default thread settings', async () => {
    const store = new StrategyStore();
    const { thread: _thread, ...v1 } = mine;
    const text = JSON.stringify({ format: 'kvitter-strategy', version: 1, strategy: { ...v1, version: 1 } });
    expect(await store.import(text)).toEqual({ ok: true });
    expect((await store.get()).strategy).toEqual({
      ...mine,
      thread: { numbering: 'none', offerOverTarget: false },
    });
  });

  const valid = JSON.stringify({ format: 'kvitter-strategy', version: 2, strategy: mine });
  const withStrategy = (strategy: unknown) =>
    JSON.stringify({ format: 'kvitter-strategy', version: 2, strategy });
  const bad: [string, string, RegExp[]][] = [
    ['invalid JSON', '{"format": "kvitter-strategy", ', [/^This is not valid JSON: /]],
    ['empty file', '', [/^This is not valid JSON/]],
    ['wrong shape', JSON.stringify([mine]), [/^This is not a Kvitter strategy/]],
    ['a bare strategy', JSON.stringify(mine), [/^This is not a Kvitter strategy/]],
    [
      'wrong types',
      withStrategy({ ...mine, postsPerWeek: '5', hashtags: { preferred: 'x', max: 2 } }),
      [
        /^Posts per week: should be a number, not text\.$/,
        /^Hashtags › Preferred: should be a list, not text\.$/,
      ],
    ],
    [
      'unknown future version',
      JSON.stringify({ format: 'kvitter-strategy', version: 3, strategy: { ...mine, version: 3 } }),
      [/newer version of Kvitter \(version 3\)/],
    ],
    [
      'more than 1 MB',
      valid.replace('"goals":', `"padding":"${'x'.repeat(1024 * 1024)}","goals":`),
      [/too large \(1\.0 MB\)/],
    ],
    [
      '__proto__ key',
      valid.replace('"topics":', '"__proto__":{"polluted":true},"topics":'),
      [/^strategy: the key “__proto__” is not allowed\.$/],
    ],
    [
      'constructor key, nested',
      valid.replace('"hashtags":{', '"hashtags":{"constructor":{"prototype":{}},'),
      [/^strategy\.hashtags: the key “constructor” is not allowed\.$/],
    ],
  ];

  it.each(bad)(
    'refuses %s with a clear error and leaves storage byte-identical',
    async (_name, text, expected) => {
      const store = new StrategyStore();
      await store.save({ ...defaultStrategy, postsPerWeek: 7 });
      await store.save({ ...defaultStrategy, postsPerWeek: 8 });
      const before = await storageSnapshot();
      const result = await store.import(text, 'en');
      expect(result.ok).toBe(false);
      if (result.ok) return;
      for (const pattern of expected)
        expect(result.errors.map((e) => e.message)).toContainEqual(expect.stringMatching(pattern));
      expect(await storageSnapshot()).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('gives each field error the path of the field inside the strategy', async () => {
    const result = await new StrategyStore().import(
      withStrategy({ ...mine, topics: [{ name: 'ok', keywords: [7] }] }),
      'nb',
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'topics.0.keywords.0',
          message: 'Emner › nr. 1 › Nøkkelord › nr. 1: skal være tekst, ikke et tall.',
        },
      ],
    });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });
});

it('names the file itself when the forbidden key is at the top', async () => {
  const result = await new StrategyStore().import('{"__proto__": {"x": 1}}', 'nn');
  expect(result).toEqual({
    ok: false,
    errors: [{ path: '__proto__', message: 'Fila: nøkkelen «__proto__» er ikkje tillaten.' }],
  });
});

it('export then import round-trips any valid strategy (property)', () => {
  const text = fc.string({ maxLength: 40 });
  fc.assert(
    fc.property(
      fc.record({
        audience: text,
        goals: text,
        brandNames: fc.array(text, { maxLength: 3 }),
        topics: fc.array(fc.record({ name: text, keywords: fc.array(text, { maxLength: 4 }) }), {
          maxLength: 3,
        }),
        preset: fc.constantFrom(...presets),
      }),
      ({ preset, ...fields }) => {
        const parsed = parseStrategy({ ...preset.strategy, ...fields }, 'en');
        fc.pre(parsed.ok);
        if (!parsed.ok) return;
        const back = parseImport(exportDocument(parsed.strategy).text, 'en');
        expect(back).toEqual({ ok: true, strategy: parsed.strategy });
      },
    ),
    { numRuns: 200 },
  );
});
