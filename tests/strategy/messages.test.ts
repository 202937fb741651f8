import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultStrategy, parseStrategy } from '../../lib/strategy';
import { fieldLabels, strategyMessages, typeNames } from '../../lib/strategy/messages';

/**
 * Any value, except one whose own text looks like a template leak: messages quote the user's
 * value, and `{"":"{0}"}` quoted back is the user's text, not an unfilled placeholder.
 */
const anyValue = fc
  .anything()
  .filter(
    (value) => !/\{\w+\}|undefined|Invalid input|expected/.test(JSON.stringify(value) ?? String(value)),
  );

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('strategy messages', () => {
  it.each([
    ['messages', strategyMessages],
    ['field labels', fieldLabels],
    ['type names', typeNames],
  ])('%s have the same placeholders in bokmål, nynorsk and English', (_name, catalog) => {
    const keys = Object.keys(catalog.en).sort();
    for (const language of ['nb', 'nn'] as const) {
      for (const key of keys) {
        const text = (catalog[language] as Record<string, string>)[key] ?? '';
        expect(text.trim(), `${language}.${key}`).not.toBe('');
        expect(placeholders(text), `${language}.${key}`).toEqual(
          placeholders((catalog.en as Record<string, string>)[key] ?? ''),
        );
      }
    }
  });

  it('every error for any broken field is a finished sentence in every language', () => {
    const fields = Object.keys(defaultStrategy) as (keyof typeof defaultStrategy)[];
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        anyValue,
        fc.constantFrom('nb' as const, 'nn' as const, 'en' as const),
        (field, value, language) => {
          const result = parseStrategy({ ...defaultStrategy, [field]: value }, language);
          if (result.ok) return;
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            expect(error.message).not.toMatch(/\{\w+\}|undefined|Invalid input|expected/);
            expect(error.message).toMatch(/[.!]$/);
            expect(error.path === '' || /^[\w.-]+$/.test(error.path)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('nested fields too', () => {
    const paths = [
      ['hashtags', 'max'],
      ['hashtags', 'preferred'],
      ['length', 'softTarget'],
      ['languages', 'allowed'],
      ['languages', 'nynorskTarget'],
      ['rules', 'length'],
      ['rules', 'shouting', 'severity'],
      ['signatures', 'list'],
      ['thread', 'numbering'],
      ['thread', 'offerOverTarget'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), anyValue, (path, value) => {
        const input = structuredClone(defaultStrategy) as unknown as Record<string, Record<string, unknown>>;
        let target: Record<string, unknown> = input;
        // Rules without a setting are simply absent: give the one on the path its default first.
        for (const key of path.slice(0, -1)) {
          target[key] ??= { enabled: true };
          target = target[key] as Record<string, unknown>;
        }
        target[path.at(-1) ?? ''] = value;
        const result = parseStrategy(input, 'nn');
        if (result.ok) return;
        for (const error of result.errors) {
          expect(error.message).not.toMatch(/\{\w+\}|undefined|Invalid input|expected/);
          expect(error.path.startsWith(path[0] ?? '')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
