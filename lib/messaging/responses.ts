import { z } from '../core/zod';
import { statsSchema } from '../postlog/stats';
import { strategySchema } from '../strategy/schema';
import type { StrategySnapshot } from '../strategy/store';
import { type ContentResponse, type PageMessage, profileScanSchema, tabStateSchema } from './protocol';

/**
 * Zod schemas for every answer the background gives, so the pages check what comes back as
 * strictly as the background checks what goes in (a stale worker after an update, say).
 */

const fieldErrorSchema = z.object({ path: z.string(), message: z.string() });

/** The answer to anything that could not be handled: a malformed message, a refused sender, a crash. */
export const failureSchema = z.object({ ok: z.literal(false), errors: z.array(fieldErrorSchema) });

const okOrFailure = z.union([z.object({ ok: z.literal(true) }), failureSchema]);

/** What 'get-suggestions' answers: proposals from the user's own posts (lib/learn/propose.ts). */
export const suggestionsSchema = z.object({
  /** The learning switch (on unless the user turned it off). */
  learning: z.boolean(),
  /** Posts counted so far (aged), so a page can say why there is nothing yet. */
  posts: z.number().int().min(0),
  topics: z.array(z.object({ name: z.string(), forms: z.array(z.string()), posts: z.number().int() })),
  hashtags: z.array(z.object({ tag: z.string(), posts: z.number().int() })),
});

export type Suggestions = z.infer<typeof suggestionsSchema>;

/** The answer to each page message, by its `type`: what the background returns, checked on arrival. */
export const pageResponseSchemas = {
  'get-strategy': z.object({
    strategy: strategySchema,
    location: z.enum(['sync', 'local']),
    refused: z.array(fieldErrorSchema).optional(),
    canUndo: z.boolean(),
  }) satisfies z.ZodType<StrategySnapshot>,
  'save-strategy': okOrFailure,
  'undo-save': okOrFailure,
  'reset-strategy': z.object({ ok: z.literal(true) }),
  'import-strategy': okOrFailure,
  'export-strategy': z.object({ text: z.string(), filename: z.string() }),
  'get-tab-state': tabStateSchema.nullable(),
  'get-stats': statsSchema,
  'get-profile-scan': profileScanSchema.nullable(),
  'apply-fix': okOrFailure,
  'apply-split': okOrFailure,
  'undo-split': okOrFailure,
  'add-to-strategy': okOrFailure,
  'get-suggestions': suggestionsSchema,
  'dismiss-suggestion': okOrFailure,
  'forget-learned': z.object({ ok: z.literal(true) }),
  'get-learning': z.object({ enabled: z.boolean() }),
  'set-learning': z.object({ ok: z.literal(true) }),
  'open-coach': okOrFailure,
} satisfies { [T in PageMessage['type']]: z.ZodType };

/** The answer to each page message, by its `type`. Failures are `{ ok: false, errors }`. */
export type PageResponses = { [T in PageMessage['type']]: z.infer<(typeof pageResponseSchemas)[T]> };

export const contentResponseSchema: z.ZodType<ContentResponse> = okOrFailure;

/**
 * Where a message failed its check, in words that need no translation: the field's path and
 * zod's issue code (`type: invalid_union`). Meant for bug reports; the sentence around it is localised.
 */
export function issueSummary(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '/'}: ${issue.code}`)
    .join('; ');
}
