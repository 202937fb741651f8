import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAdvice } from '../../lib/advice/index';
import { analyzeDraft, type Rule, ruleIds, ruleRegistry, rules } from '../../lib/rules/index';
import { presets } from '../../lib/strategy/presets';
import { strategyWith } from './helpers';

const root = resolve(__dirname, '../..');
const rulesDir = resolve(root, 'lib/rules');

// Drafts that between them wake every rule, so each rule's messages can be inspected.
const provoking = strategyWith({
  accountType: 'company',
  topics: [{ name: 'kundeservice', keywords: ['kundeservice', 'support'] }],
  hashtags: { preferred: ['kvitter'], max: 1 },
  signatures: { required: true, list: ['^KH'] },
  avoidPhrases: [{ phrase: 'billigst', replacement: 'rimelegast' }],
  languages: { allowed: ['nn'] },
  length: { softTarget: 100, hardLimit: 280 },
});
const drafts = [
  `${'Dette er en lang tekst om været i Bergen og litt av hvert annet. '.repeat(6)}`,
  'https://example.com',
  '#Kvitter #kvitter #mat #2024 #Facebook-gruppa',
  'Jeg har skrevet en lang tekst om været i Bergen i dag og i morgen',
  'Gratulerer!!!',
  'Dette er HELT FANTASTISK og billigst',
  'Kundeservicen vår svarer raskt på alle spørsmål gjennom hele helgen',
];

const isRule = (value: unknown): value is Rule =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Rule).id === 'string' &&
  typeof (value as Rule).check === 'function';

/** Every module of lib/rules and the rules it exports, whether registered or not. */
async function ruleFiles(): Promise<Array<{ file: string; exported: Rule[] }>> {
  const files = readdirSync(rulesDir).filter((name) => name.endsWith('.ts'));
  return Promise.all(
    files.map(async (file) => {
      const module = (await import(/* @vite-ignore */ resolve(rulesDir, file))) as Record<string, unknown>;
      return { file, exported: Object.values(module).filter(isRule) };
    }),
  );
}

describe('rule registry (a rule is its file, its test and one registry line)', () => {
  it('registers each rule once', () => {
    expect(new Set(ruleIds).size).toBe(rules.length);
    expect(ruleRegistry.size).toBe(rules.length);
  });

  it('registers every rule a file in lib/rules defines, and each file defines the rule it is named after', async () => {
    const defined = (await ruleFiles()).filter(({ file }) => file !== 'index.ts');
    for (const { file, exported } of defined) {
      for (const rule of exported) {
        expect(ruleRegistry.get(rule.id), `${rule.id} (${file}) is not in the registry`).toBe(rule);
        expect(basename(file, '.ts'), `${rule.id} lives in ${file}`).toBe(rule.id);
      }
    }
    const definedIds = defined.flatMap(({ exported }) => exported.map((rule) => rule.id)).sort();
    expect(definedIds).toEqual([...ruleIds].sort());
  });

  it('names only registered rules in the presets', () => {
    for (const preset of presets) {
      for (const id of Object.keys(preset.strategy.rules)) expect(ruleRegistry.has(id), id).toBe(true);
    }
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('points to advice that exists in lib/advice', () => {
        expect(getAdvice(rule.adviceId)).toBeTruthy();
      });

      it('has a name in bokmål, nynorsk and English', () => {
        for (const lang of ['nb', 'nn', 'en'] as const) expect(rule.name[lang].length).toBeGreaterThan(3);
        expect(rule.name.nb).not.toBe(rule.name.en);
      });

      it('has its own test file that exercises it', () => {
        const test = resolve(root, `tests/rules/${rule.id}.test.ts`);
        expect(readFileSync(test, 'utf8')).toContain(`'${rule.id}'`);
      });

      it('speaks bokmål, nynorsk and English in every hint, with different texts for nb and en', () => {
        const hints = drafts.flatMap((text) =>
          (['post', 'reply'] as const).flatMap((kind) => analyzeDraft({ text, kind }, provoking).hints),
        );
        const own = hints.filter((h) => h.ruleId === rule.id);
        expect(own.length).toBeGreaterThan(0);
        for (const hint of own) {
          expect(hint.adviceId).toBe(rule.adviceId);
          for (const lang of ['nb', 'nn', 'en'] as const)
            expect(hint.message[lang].length).toBeGreaterThan(10);
          expect(hint.message.nb).not.toBe(hint.message.en);
          if (hint.fix)
            for (const lang of ['nb', 'nn', 'en'] as const) expect(hint.fix.label[lang]).toBeTruthy();
        }
      });

      it('produces nothing when the strategy turns it off, and takes the strategy severity', () => {
        const off = strategyWith({
          ...provoking,
          rules: { ...provoking.rules, [rule.id]: { enabled: false } },
        });
        const forced = strategyWith({
          ...provoking,
          rules: { ...provoking.rules, [rule.id]: { enabled: true, severity: 'error' } },
        });
        for (const text of drafts) {
          for (const kind of ['post', 'reply'] as const) {
            expect(analyzeDraft({ text, kind }, off).hints.filter((h) => h.ruleId === rule.id)).toEqual([]);
            for (const h of analyzeDraft({ text, kind }, forced).hints.filter((h) => h.ruleId === rule.id)) {
              expect(h.severity).toBe('error');
            }
          }
        }
      });
    });
  }
});
