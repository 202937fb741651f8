import type { FieldError } from '../core/types';

/**
 * The failure answer every part of the protocol gives, and the words for a caught error. Kept
 * free of zod so the content script can share it with the background and the pages.
 */

/** Builds the failure answer. */
export function failure(errors: FieldError[]): { ok: false; errors: FieldError[] } {
  return { ok: false, errors };
}

/** A caught error as text for a FieldError message (anything can be thrown, not only Errors). */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
