import { z } from '../core/zod';
import { defaultRuleSettings, defaultStrategy, defaultThreadSettings } from './defaults';
import { STRATEGY_VERSION } from './schema';

/**
 * Carries stored or imported strategies from older versions to the current one. Each version's
 * document says which version it is (`version`); the unversioned shape before version 1 counts
 * as version 0. A document from a newer Kvitter is never touched: it is refused and kept.
 */

/**
 * Version 0: the flat, unversioned shape of Kvitter's pre-release builds. Topics were bare
 * words, there was one signature and one list of banned words. Kept here so old data still loads.
 */
const legacyStrategyV0Schema = z.object({
  accountType: z.enum(['personal', 'company', 'employee', 'business']).optional(),
  brand: z.string().optional(),
  audience: z.string().optional(),
  goals: z.string().optional(),
  topics: z.array(z.string()).optional(),
  hashtags: z.array(z.string()).optional(),
  maxHashtags: z.number().optional(),
  maxLength: z.number().optional(),
  postsPerWeek: z.number().optional(),
  signature: z.string().optional(),
  bannedWords: z.array(z.string()).optional(),
  nynorskTarget: z.number().optional(),
  language: z.enum(['auto', 'nb', 'nn', 'en']).optional(),
});

export type LegacyStrategyV0 = z.infer<typeof legacyStrategyV0Schema>;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)));
const nonEmpty = (words: readonly string[]) => [...new Set(words.map((w) => w.trim()).filter(Boolean))];

/** v0 → v1. Values v0 allowed but v1 does not (a 500-character soft limit) are brought into range. */
function toVersion1(input: unknown): unknown {
  const parsed = legacyStrategyV0Schema.safeParse(input);
  // Not the legacy shape after all: hand it on unchanged so validation explains what is wrong.
  if (!parsed.success) return input;
  const old = parsed.data;
  const signature = old.signature?.trim();
  return {
    version: 1,
    accountType:
      old.accountType === 'business' ? 'company' : (old.accountType ?? defaultStrategy.accountType),
    brandNames: old.brand?.trim() ? [old.brand.trim()] : [],
    audience: old.audience?.trim() ?? '',
    goals: old.goals?.trim() ?? '',
    topics: nonEmpty(old.topics ?? []).map((word) => ({ name: word, keywords: [word] })),
    hashtags: {
      preferred: nonEmpty(old.hashtags ?? []),
      max: clamp(old.maxHashtags ?? defaultStrategy.hashtags.max, 0, 10),
    },
    length: {
      softTarget: clamp(old.maxLength ?? defaultStrategy.length.softTarget, 1, 280),
      hardLimit: 280,
    },
    postsPerWeek: clamp(old.postsPerWeek ?? defaultStrategy.postsPerWeek, 0, 200),
    signatures: signature ? { required: true, list: [signature] } : { required: false, list: [] },
    avoidPhrases: nonEmpty(old.bannedWords ?? []).map((phrase) => ({ phrase })),
    languages:
      old.nynorskTarget === undefined
        ? { allowed: ['nb', 'nn', 'en'] }
        : { allowed: ['nb', 'nn', 'en'], nynorskTarget: clamp(old.nynorskTarget, 0, 100) },
    rules: defaultRuleSettings(),
    uiLanguage: old.language ?? 'auto',
  };
}

/**
 * v1 → v2: the thread settings arrive, at their defaults (offered past X's limit only, no
 * numbering), so a strategy that worked before works the same. Anything that is not a version 1
 * document is handed on unchanged: @wxt-dev/storage also runs this step on a stored copy without
 * version metadata, which may be a version 0 document still waiting for its first step.
 */
function toVersion2(input: unknown): unknown {
  if (documentVersion(input) !== 1) return input;
  return { ...(input as Record<string, unknown>), version: 2, thread: defaultThreadSettings() };
}

/** The step that produces version `key` from version `key - 1`. */
export const migrations: Record<number, (previous: unknown) => unknown> = {
  1: toVersion1,
  2: toVersion2,
};

/** Which version a stored or imported document claims; unversioned is 0, nonsense is null. */
export function documentVersion(value: unknown): number | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  if (!Object.hasOwn(value, 'version')) return 0;
  const version = (value as { version: unknown }).version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

export type MigrationResult =
  | { status: 'current'; value: unknown; from: number }
  | { status: 'future'; version: number }
  | { status: 'unknown' };

/**
 * Brings `value` up to STRATEGY_VERSION without validating it (parseStrategy does that next).
 * `from` says which version it was, so callers know to write the migrated value back.
 */
export function migrateToCurrent(value: unknown): MigrationResult {
  const version = documentVersion(value);
  if (version === null) return { status: 'unknown' };
  if (version > STRATEGY_VERSION) return { status: 'future', version };
  let current = value;
  for (let next = version + 1; next <= STRATEGY_VERSION; next++) {
    const step = migrations[next];
    if (step) current = step(current);
  }
  return { status: 'current', value: current, from: version };
}
