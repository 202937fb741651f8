import type { z } from 'zod';
import type { FieldError } from '../core/types';
import { format, resolveUiLanguage } from '../i18n';
import { fieldLabels, type StrategyMessageKey, strategyMessages, typeNames } from './messages';
import type { UiLanguage } from './schema';

type PathSegment = PropertyKey;

/** The UI language to answer in when the caller gave none: the browser's. */
export function defaultLanguage(language?: UiLanguage): UiLanguage {
  return language ?? resolveUiLanguage('auto');
}

/** A message from the strategy catalogue, in `language`. */
export function strategyText(
  language: UiLanguage,
  key: StrategyMessageKey,
  params: Record<string, string | number> = {},
): string {
  return format(strategyMessages, language, key, params);
}

/** The dotted path the options page uses to find a field: `topics.2.keywords.0`. */
export function dottedPath(path: readonly PathSegment[]): string {
  return path.map(String).join('.');
}

/** "Emner › nr. 3 › Nøkkelord": the field as a person finds it on the page (lists counted from 1). */
export function fieldName(path: readonly PathSegment[], language: UiLanguage): string {
  if (path.length === 0) return strategyText(language, 'root');
  const labels: Record<string, string> = fieldLabels[language];
  return path
    .map((segment) =>
      typeof segment === 'number'
        ? strategyText(language, 'itemNumber', { n: segment + 1 })
        : (labels[String(segment)] ?? String(segment)),
    )
    .join(' › ');
}

/** Names the kind of a value the way typeNames does, for "should be X, not Y". */
function kindOf(value: unknown): keyof typeof typeNames.en {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const kind = typeof value;
  if (
    kind === 'string' ||
    kind === 'number' ||
    kind === 'boolean' ||
    kind === 'object' ||
    kind === 'undefined'
  ) {
    return kind;
  }
  return 'other';
}

/** The value at `path` inside `input`, or undefined; zod 4 no longer reports what it received. */
function valueAt(input: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function issueText(issue: z.core.$ZodIssue, input: unknown, language: UiLanguage): string {
  const field = fieldName(issue.path, language);
  const received = valueAt(input, issue.path);
  const names = typeNames[language];
  switch (issue.code) {
    case 'invalid_type': {
      if (received === undefined) return strategyText(language, 'missing', { field });
      if (issue.expected === 'int' || (issue.expected === 'number' && typeof received === 'number')) {
        return strategyText(language, 'notInteger', { field });
      }
      const expected = (names as Record<string, string>)[issue.expected] ?? issue.expected;
      return strategyText(language, 'wrongType', { field, expected, received: names[kindOf(received)] });
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1)
        return strategyText(language, 'empty', { field });
      if (issue.origin === 'number')
        return strategyText(language, 'numberTooSmall', { field, min: Number(issue.minimum) });
      return strategyText(language, 'tooFew', { field, min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string')
        return strategyText(language, 'textTooLong', { field, max: Number(issue.maximum) });
      if (issue.origin === 'number')
        return strategyText(language, 'numberTooBig', { field, max: Number(issue.maximum) });
      return strategyText(language, 'tooMany', { field, max: Number(issue.maximum) });
    case 'invalid_value':
      if (received === undefined) return strategyText(language, 'missing', { field });
      if (issue.path.at(-1) === 'version') {
        return strategyText(language, 'unknownVersion', { field, value: describeValue(received) });
      }
      return strategyText(language, 'invalidChoice', {
        field,
        value: describeValue(received),
        options: issue.values.map(String).join(', '),
      });
    case 'invalid_key': {
      // A key the record does not allow (a rule id that cannot exist): the field is the record.
      const key = String(issue.path.at(-1));
      const record = fieldName(issue.path.slice(0, -1), language);
      return strategyText(language, 'unknownField', { field: record, keys: `«${key}»` });
    }
    case 'unrecognized_keys':
      return strategyText(language, 'unknownField', {
        field,
        keys: issue.keys.map((k) => `«${k}»`).join(', '),
      });
    case 'invalid_format':
      return strategyText(language, 'hashtagFormat', { field });
    case 'custom':
      if (issue.message === 'soft-target-above-limit' || issue.message === 'signature-list-empty') {
        return strategyText(language, issue.message, { field });
      }
      return strategyText(language, 'invalid', { field });
    default:
      return strategyText(language, 'invalid', { field });
  }
}

/**
 * Turns zod's issues into errors a person can act on, each naming the field as the options
 * page does. `prefix` places them inside a larger document (an import's `strategy`).
 */
export function toFieldErrors(
  error: z.ZodError,
  input: unknown,
  language: UiLanguage,
  prefix: readonly PathSegment[] = [],
): FieldError[] {
  return error.issues.map((issue) => {
    const own = issue.code === 'invalid_key' ? issue.path.slice(0, -1) : issue.path;
    const path = [...prefix, ...own];
    return { path: dottedPath(path), message: issueText(issue, input, language) };
  });
}
