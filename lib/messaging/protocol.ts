import { detectedStandards, uiLanguages } from '../core/languages';
import type { FieldError } from '../core/types';
import { draftKinds, severities } from '../core/types';
import { z } from '../core/zod';
import type { DraftReport } from '../rules/types';
import type { Strategy } from '../strategy/schema';
import { MAX_PART_TEXT, MAX_THREAD_PARTS } from './limits';

/**
 * The typed message protocol between the content script, the background worker and the pages.
 * Every message is checked with these schemas on receipt, in both directions: a malformed one
 * is answered with an error, never acted on.
 */

const localizedText = z.object({ nb: z.string(), nn: z.string(), en: z.string() });
const textRange = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

const hintFixSchema = z.object({ label: localizedText, range: textRange, text: z.string() });

/** The texts of a thread's parts, first to last, as the side panel previewed them. */
const threadPartsSchema = z.array(z.string().min(1).max(MAX_PART_TEXT)).min(2).max(MAX_THREAD_PARTS);

const hintSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(severities),
  adviceId: z.string(),
  message: localizedText,
  range: textRange.optional(),
  fix: hintFixSchema.optional(),
  addToStrategy: z.object({ kind: z.enum(['hashtag', 'keyword']), value: z.string() }).optional(),
});

const draftReportSchema = z.object({
  weightedLength: z.number(),
  limit: z.number(),
  valid: z.boolean(),
  language: z.enum(detectedStandards),
  hashtags: z.array(z.object({ tag: z.string(), range: textRange, relevant: z.boolean() })),
  topics: z.array(z.object({ name: z.string(), words: z.array(z.string()) })),
  hints: z.array(hintSchema),
}) satisfies z.ZodType<DraftReport>;

export const surfaces = ['home', 'modal', 'inline-reply', 'mobile'] as const;

/** One composer on the page as the content script last saw it. */
const composerStateSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    id: z.string(),
    surface: z.enum(surfaces),
    kind: z.enum(draftKinds),
    position: z.number().int().min(0),
    /** The draft itself stays in the page and the session; the side panel needs it to preview fixes. */
    text: z.string(),
    report: draftReportSchema,
  }),
  z.object({
    status: z.literal('unreadable'),
    id: z.string(),
    surface: z.enum(surfaces),
    /** What could not be read, for the side panel and for bug reports. */
    reason: z.string(),
  }),
]);

/** Everything the side panel needs about one tab; kept in storage.session by the background. */
export const tabStateSchema = z.object({
  tabId: z.number().int(),
  url: z.string(),
  composers: z.array(composerStateSchema),
  /** Set when the user opened the repost menu, so the panel can show the retweet-wisely tip. */
  repostTipAt: z.number().optional(),
  /** The `sentAt` of the content script's report this state holds. */
  sentAt: z.number().optional(),
  updatedAt: z.number(),
});

export const profileScanSchema = z.object({
  handle: z.string(),
  displayName: z.string(),
  hasDefaultAvatar: z.boolean(),
  hasBanner: z.boolean(),
  bio: z.string().nullable(),
  location: z.string().nullable(),
  website: z.string().nullable(),
  verified: z.boolean(),
  followingCount: z.number().int().nullable(),
  followersCount: z.number().int().nullable(),
  scannedAt: z.number(),
});

/** Posts the content script read on the user's own profile, at most this many per message. */
export const MAX_OWN_POSTS = 100;
/** Only the start of a long post is sent: the learner reads no further (lib/learn/terms.ts). */
export const MAX_OWN_POST_TEXT = 4000;

/** One of the user's own posts: X's status id and the text as shown. Only counts of it are kept. */
export const ownPostSchema = z.object({
  id: z.string().regex(/^[1-9][0-9]{0,19}$/),
  text: z.string().max(MAX_OWN_POST_TEXT),
});

/** What the content script sends to the background. */
export const contentMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('tab-state'),
    url: z.string(),
    composers: z.array(composerStateSchema),
    /** When the content script sent it (ms since the epoch, sub-ms): orders two paths to the panel. */
    sentAt: z.number().optional(),
  }),
  z.object({
    type: z.literal('post-made'),
    kind: z.enum(draftKinds),
    language: z.enum(detectedStandards),
    hashtagCount: z.number().int().min(0),
  }),
  z.object({ type: z.literal('profile-scan'), scan: profileScanSchema }),
  /** Posts the user wrote, read on their own profile as they scroll (issue 16). */
  z.object({
    type: z.literal('own-posts'),
    posts: z.array(ownPostSchema).min(1).max(MAX_OWN_POSTS),
  }),
  z.object({ type: z.literal('repost-menu-opened') }),
  z.object({ type: z.literal('open-coach') }),
  /** The strategy as the background validated it: the content script carries no validator of its own. */
  z.object({ type: z.literal('get-strategy') }),
]);

/** What extension pages (side panel, popup, options) send to the background. */
export const pageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-strategy') }),
  // `language` (optional) is the UI language the page shows, so errors come back in it.
  z.object({
    type: z.literal('save-strategy'),
    strategy: z.unknown(),
    language: z.enum(uiLanguages).optional(),
  }),
  z.object({ type: z.literal('undo-save'), language: z.enum(uiLanguages).optional() }),
  z.object({ type: z.literal('reset-strategy') }),
  z.object({
    type: z.literal('import-strategy'),
    text: z.string(),
    language: z.enum(uiLanguages).optional(),
  }),
  z.object({ type: z.literal('export-strategy') }),
  z.object({ type: z.literal('get-tab-state'), tabId: z.number().int() }),
  z.object({ type: z.literal('get-stats') }),
  z.object({ type: z.literal('get-profile-scan') }),
  z.object({
    type: z.literal('apply-fix'),
    tabId: z.number().int(),
    composerId: z.string(),
    fix: hintFixSchema,
  }),
  /** Splits a composer's draft into a thread in X's own composer (tab command 'apply-split'). */
  z.object({
    type: z.literal('apply-split'),
    tabId: z.number().int(),
    composerId: z.string(),
    parts: threadPartsSchema,
  }),
  /** Undoes the tab's last split: one step. */
  z.object({ type: z.literal('undo-split'), tabId: z.number().int() }),
  /**
   * "Add to my strategy" from a hint: the background adds it to the strategy as stored at that
   * moment, so two pages adding at once both land (a whole save-strategy would overwrite one).
   * A keyword goes into `topic` (created if missing), else into a new topic named after it.
   */
  z.object({
    type: z.literal('add-to-strategy'),
    kind: z.enum(['hashtag', 'keyword']),
    value: z.string().trim().min(1).max(60),
    topic: z.string().trim().min(1).max(60).optional(),
    language: z.enum(uiLanguages).optional(),
  }),
  /** Topics and hashtags proposed from the user's own posts, with the learning switch. */
  z.object({ type: z.literal('get-suggestions') }),
  /** "Not for me": a proposed topic name, or a hashtag with its '#', is not proposed again. */
  z.object({ type: z.literal('dismiss-suggestion'), value: z.string().trim().min(1).max(61) }),
  /** Forgets everything learned from the user's posts (counts and dismissals). */
  z.object({ type: z.literal('forget-learned') }),
  z.object({ type: z.literal('get-learning') }),
  z.object({ type: z.literal('set-learning'), enabled: z.boolean() }),
  /** Opens the coach (Chrome side panel / Firefox sidebar) for a tab or window, e.g. from the popup. */
  z.object({
    type: z.literal('open-coach'),
    tabId: z.number().int().optional(),
    windowId: z.number().int().optional(),
  }),
]);

/** What the background asks of a content script. */
const tabCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('apply-fix'), composerId: z.string(), fix: hintFixSchema }),
  z.object({ type: z.literal('apply-split'), composerId: z.string(), parts: threadPartsSchema }),
  z.object({ type: z.literal('undo-split') }),
]);

export type ComposerState = z.infer<typeof composerStateSchema>;
export type TabState = z.infer<typeof tabStateSchema>;
export type ProfileScan = z.infer<typeof profileScanSchema>;
export type OwnPostMessage = z.infer<typeof ownPostSchema>;
export type ContentMessage = z.infer<typeof contentMessageSchema>;
export type PageMessage = z.infer<typeof pageMessageSchema>;
export type TabCommand = z.infer<typeof tabCommandSchema>;
export type Surface = (typeof surfaces)[number];

/** The background's answer to any content message, and the content script's to a TabCommand. */
export type ContentResponse = { ok: true } | { ok: false; errors: FieldError[] };

/** The background's answer to a content script's 'get-strategy'. */
export type ContentStrategyResponse = { ok: true; strategy: Strategy } | { ok: false; errors: FieldError[] };
