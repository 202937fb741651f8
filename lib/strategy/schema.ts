import { type UiLanguage, uiLanguagePreferences, uiLanguages, writtenStandards } from '../core/languages';
import { severities } from '../core/types';
import { z } from '../core/zod';
import { STRATEGY_VERSION } from './keys';

export { STRATEGY_VERSION, type UiLanguage, uiLanguages, writtenStandards };

/**
 * Gartner's strategies as the seed posts (002, 003) describe them: an official company account
 * speaks directly, an employee speaks indirectly for the company, a person speaks for themself.
 */
export const accountTypes = ['personal', 'company', 'employee'] as const;

/**
 * How the parts of a thread Kvitter splits a long draft into are marked: not at all, " 2/5" at
 * the end of each, or a thread emoji closing the first (lib/thread/numbering.ts).
 */
export const threadNumberings = ['none', 'fraction', 'emoji'] as const;

const trimmed = (max: number) => z.string().trim().min(1).max(max);

const topicSchema = z.object({
  name: trimmed(60),
  keywords: z.array(trimmed(60)).max(50),
});

const avoidPhraseSchema = z.object({
  phrase: trimmed(100),
  replacement: z.string().trim().max(100).optional(),
});

const ruleSettingSchema = z.object({
  enabled: z.boolean(),
  /** Overrides the rule's own severity; absent means the rule decides (e.g. empty-cheer is stronger in replies). */
  severity: z.enum(severities).optional(),
});

/**
 * A rule's setting by its id. A rule without one runs at its own severity, so the strategy needs
 * no change when a rule is added; ids this version does not know (from a newer one) are kept.
 */
const ruleSettingsSchema = z.record(z.string().regex(/^[a-z][a-z-]*$/), ruleSettingSchema);

export const strategySchema = z
  .object({
    version: z.literal(STRATEGY_VERSION),
    accountType: z.enum(accountTypes),
    brandNames: z.array(trimmed(60)).max(20),
    audience: z.string().trim().max(500),
    goals: z.string().trim().max(1000),
    topics: z.array(topicSchema).max(30),
    hashtags: z.object({
      preferred: z
        .array(
          z
            .string()
            .trim()
            .regex(/^#?[\p{L}\p{N}_]+$/u),
        )
        .max(30),
      max: z.number().int().min(0).max(10),
    }),
    length: z.object({
      /** The user's own target, below X's limit: brevity is the first advice (002, 003). */
      softTarget: z.number().int().min(1).max(25000),
      /** 280 for most accounts; a larger one only when the user says the account has it. */
      hardLimit: z.number().int().min(280).max(25000),
    }),
    postsPerWeek: z.number().int().min(0).max(200),
    /** Splitting a draft that is too long into a thread (version 2). */
    thread: z
      .object({
        numbering: z.enum(threadNumberings),
        /** Also offer a split when a draft is over the soft target, into parts within it. */
        offerOverTarget: z.boolean(),
      })
      .strict(),
    signatures: z.object({
      required: z.boolean(),
      list: z.array(trimmed(30)).max(30),
    }),
    avoidPhrases: z.array(avoidPhraseSchema).max(100),
    languages: z.object({
      allowed: z.array(z.enum(writtenStandards)).min(1),
      /** Share of posts in nynorsk to aim for, 0–100; public bodies must reach 25. */
      nynorskTarget: z.number().min(0).max(100).optional(),
    }),
    rules: ruleSettingsSchema,
    uiLanguage: z.enum(uiLanguagePreferences),
  })
  .strict()
  .refine((s) => s.length.softTarget <= s.length.hardLimit, {
    path: ['length', 'softTarget'],
    message: 'soft-target-above-limit',
  })
  .refine((s) => !s.signatures.required || s.signatures.list.length > 0, {
    path: ['signatures', 'list'],
    message: 'signature-list-empty',
  });

export type Strategy = z.infer<typeof strategySchema>;
export type Topic = z.infer<typeof topicSchema>;
export type AccountType = (typeof accountTypes)[number];
export type UiLanguagePreference = Strategy['uiLanguage'];
export type RuleSetting = z.infer<typeof ruleSettingSchema>;
export type ThreadNumbering = (typeof threadNumberings)[number];
