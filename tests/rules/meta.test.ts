import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAdvice } from '../../lib/advice/index';
import { analyzeDraft, ruleRegistry, rules } from '../../lib/rules/index';
import { ruleIds } from '../../lib/rules/types';
import { strategyWith } from './helpers';

const root = resolve(__dirname, '../..');

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
];

describe('rule registry (one file, one registration, one advice and one test per rule)', () => {
  it('registers exactly the rule ids of the contract, once each', () => {
    expect(rules.map((r) => r.id).sort()).toEqual([...ruleIds].sort());
    expect(ruleRegistry.size).toBe(ruleIds.length);
  });

  for (const id of ruleIds) {
    describe(id, () => {
      it('has its own file in lib/rules that exports the registered rule', async () => {
        const file = resolve(root, `lib/rules/${id}.ts`);
        expect(existsSync(file)).toBe(true);
        const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
        expect(Object.values(module)).toContain(ruleRegistry.get(id));
      });

      it('points to advice that exists in lib/advice', () => {
        const rule = ruleRegistry.get(id);
        expect(rule && getAdvice(rule.adviceId)).toBeTruthy();
      });

      it('has its own test file that exercises it', () => {
        const test = resolve(root, `tests/rules/${id}.test.ts`);
        expect(existsSync(test)).toBe(true);
        expect(readFileSync(test, 'utf8')).toContain(`'${id}'`);
      });

      it('speaks bokmål, nynorsk and English in every hint, with different texts for nb and en', () => {
        const hints = drafts.flatMap((text) =>
          (['post', 'reply'] as const).flatMap((kind) => analyzeDraft({ text, kind }, provoking).hints),
        );
        const own = hints.filter((h) => h.ruleId === id);
        expect(own.length).toBeGreaterThan(0);
        for (const hint of own) {
          expect(hint.adviceId).toBe(ruleRegistry.get(id)?.adviceId);
          for (const lang of ['nb', 'nn', 'en'] as const)
            expect(hint.message[lang].length).toBeGreaterThan(10);
          expect(hint.message.nb).not.toBe(hint.message.en);
          if (hint.fix)
            for (const lang of ['nb', 'nn', 'en'] as const) expect(hint.fix.label[lang]).toBeTruthy();
        }
      });

      it('produces nothing when the strategy turns it off, and takes the strategy severity', () => {
        const off = strategyWith({ ...provoking, rules: { ...provoking.rules, [id]: { enabled: false } } });
        const forced = strategyWith({
          ...provoking,
          rules: { ...provoking.rules, [id]: { enabled: true, severity: 'error' } },
        });
        for (const text of drafts) {
          for (const kind of ['post', 'reply'] as const) {
            expect(analyzeDraft({ text, kind }, off).hints.filter((h) => h.ruleId === id)).toEqual([]);
            for (const h of analyzeDraft({ text, kind }, forced).hints.filter((h) => h.ruleId === id)) {
              expect(h.severity).toBe('error');
            }
          }
        }
      });
    });
  }
});
