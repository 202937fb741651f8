import type { FieldError } from '../../lib/core/types';

type Path = readonly (string | number)[];

/**
 * A copy of `value` with `path` set to `next`, sharing everything else. The editor's draft is
 * the strategy under edit, possibly invalid (an empty number is kept as undefined so the
 * schema says it is missing rather than quietly turning it into 0).
 */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return next as T;
  const container = (value ?? (typeof head === 'number' ? [] : {})) as Record<string | number, unknown>;
  const child = rest.length === 0 ? next : setIn(container[head], rest, next);
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[head as number] = child;
    return copy as T;
  }
  return { ...container, [head]: child } as T;
}

/** A comma- or line-separated list as typed into one field; blanks are dropped. */
export function parseList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The text a list field shows for `items`. */
export function formatList(items: readonly string[]): string {
  return items.join(', ');
}

/** A number field's value: undefined when empty, so validation reports it as missing. */
export function parseNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isNaN(value) ? undefined : value;
}

/** The errors that belong to the field at `path`: its own and those of its items. */
export function errorsAt(errors: readonly FieldError[], path: string): FieldError[] {
  return errors.filter((error) => error.path === path || error.path.startsWith(`${path}.`));
}
