import type { FieldError } from '../core/types';
import { defaultLanguage, strategyText, toFieldErrors } from './errors';
import { documentVersion, migrateToCurrent } from './migrations';
import { STRATEGY_VERSION, type Strategy, strategySchema, type UiLanguage } from './schema';

export type ParseResult = { ok: true; strategy: Strategy } | { ok: false; errors: FieldError[] };

/** The error for a document written by a newer Kvitter. */
function futureVersionError(found: number, language: UiLanguage): FieldError {
  return {
    path: 'version',
    message: strategyText(language, 'futureVersion', { found, supported: STRATEGY_VERSION }),
  };
}

/**
 * Checks a strategy of the current version. Errors name each field (dotted `path`) and say
 * what is wrong in the UI language (the browser's when none is given).
 */
export function parseStrategy(input: unknown, language?: UiLanguage): ParseResult {
  const lang = defaultLanguage(language);
  const version = documentVersion(input);
  if (version !== null && version > STRATEGY_VERSION) {
    return { ok: false, errors: [futureVersionError(version, lang)] };
  }
  const result = strategySchema.safeParse(input);
  if (result.success) return { ok: true, strategy: result.data };
  return { ok: false, errors: toFieldErrors(result.error, input, lang) };
}

export type LoadResult =
  | { ok: true; strategy: Strategy; migratedFrom: number | null }
  | { ok: false; errors: FieldError[]; future: boolean };

/**
 * Reads a strategy of any known version, as stored or imported: older versions are migrated
 * first (`migratedFrom` says from which), a newer one is refused with `future` set.
 */
export function loadStrategy(input: unknown, language?: UiLanguage): LoadResult {
  const lang = defaultLanguage(language);
  const migrated = migrateToCurrent(input);
  if (migrated.status === 'future') {
    return { ok: false, errors: [futureVersionError(migrated.version, lang)], future: true };
  }
  const value = migrated.status === 'current' ? migrated.value : input;
  const parsed = parseStrategy(value, lang);
  if (!parsed.ok) return { ...parsed, future: false };
  const from = migrated.status === 'current' && migrated.from !== STRATEGY_VERSION ? migrated.from : null;
  return { ok: true, strategy: parsed.strategy, migratedFrom: from };
}
