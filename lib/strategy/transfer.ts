import type { FieldError } from '../core/types';
import { defaultLanguage, dottedPath, strategyText } from './errors';
import { loadStrategy } from './parse';
import { STRATEGY_VERSION, type Strategy, type UiLanguage } from './schema';

/**
 * The file format of an exported strategy: a small envelope saying what it is and which version,
 * so a future Kvitter can migrate it and an older one can refuse it clearly.
 */
export const EXPORT_FORMAT = 'kvitter-strategy';

/** Imports larger than this are refused before parsing: no real strategy comes near it. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** Keys that could reach an object's prototype when a document is merged or copied carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ExportDocument = {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  strategy: Strategy;
};

/** The export file for `strategy`: pretty JSON, and a file name with today's date. */
export function exportDocument(strategy: Strategy, now = new Date()): { text: string; filename: string } {
  const document: ExportDocument = {
    format: EXPORT_FORMAT,
    version: STRATEGY_VERSION,
    exportedAt: now.toISOString(),
    strategy,
  };
  const day = now.toISOString().slice(0, 10);
  return { text: `${JSON.stringify(document, null, 2)}\n`, filename: `kvitter-strategy-${day}.json` };
}

/** Every path in `value` that uses a forbidden key, wherever it is nested. */
function forbiddenKeyPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const found: (string | number)[][] = [];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      found.push(...forbiddenKeyPaths(item, [...path, index]));
    });
    return found;
  }
  // JSON.parse makes "__proto__" an own property, so Object.keys sees it.
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) found.push([...path, key]);
    else found.push(...forbiddenKeyPaths((value as Record<string, unknown>)[key], [...path, key]));
  }
  return found;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export type ImportResult = { ok: true; strategy: Strategy } | { ok: false; errors: FieldError[] };

/**
 * Reads an export file back. Checks, in order: size, JSON syntax, forbidden keys, the envelope,
 * the version (older ones are migrated, newer ones refused), then every field. Each failure lists
 * everything wrong at that stage, with paths relative to the strategy (`topics.0.name`).
 */
export function parseImport(text: string, language?: UiLanguage): ImportResult {
  const lang = defaultLanguage(language);
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      errors: [{ path: '', message: strategyText(lang, 'tooLarge', { size: formatSize(bytes) }) }],
    };
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', message: strategyText(lang, 'invalidJson', { detail }) }] };
  }
  const forbidden = forbiddenKeyPaths(document);
  if (forbidden.length > 0) {
    return {
      ok: false,
      errors: forbidden.map((path) => ({
        path: dottedPath(path),
        message: strategyText(lang, 'forbiddenKey', {
          field: dottedPath(path.slice(0, -1)) || strategyText(lang, 'document'),
          key: String(path.at(-1)),
        }),
      })),
    };
  }
  if (
    document === null ||
    typeof document !== 'object' ||
    Array.isArray(document) ||
    (document as { format?: unknown }).format !== EXPORT_FORMAT ||
    !Object.hasOwn(document, 'strategy')
  ) {
    return { ok: false, errors: [{ path: '', message: strategyText(lang, 'notADocument') }] };
  }
  const envelope = document as { version?: unknown; strategy: unknown };
  const inner = envelope.strategy;
  // The envelope's version speaks for a strategy that lost its own (hand-edited files).
  const strategy =
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) && !Object.hasOwn(inner, 'version')
      ? { ...inner, version: envelope.version }
      : inner;
  const loaded = loadStrategy(strategy, lang);
  return loaded.ok ? { ok: true, strategy: loaded.strategy } : { ok: false, errors: loaded.errors };
}
