/**
 * Everything Kvitter knows about x.com's markup, in one place. Only `data-testid` attributes and
 * Draft.js's own structure: X's class names are generated per build and its labels are translated,
 * so neither survives a release or a language switch.
 */

export const testIds = {
  primaryColumn: 'primaryColumn',
  postButton: 'tweetButton',
  postButtonInline: 'tweetButtonInline',
  repostButton: 'retweet',
  repostConfirm: 'retweetConfirm',
  post: 'tweet',
  postText: 'tweetText',
  userName: 'User-Name',
  editProfile: 'editProfileButton',
  profileName: 'UserName',
  profileBio: 'UserDescription',
  profileLocation: 'UserLocation',
  profileUrl: 'UserUrl',
  verifiedIcon: 'icon-verified',
  profileTab: 'AppTabBar_Profile_Link',
} as const;

/** `[data-testid="…"]` for one id. */
export function byTestId(id: string): string {
  return `[data-testid="${id}"]`;
}

/** The composers themselves: `tweetTextarea_0`, `_1`, … (not their `…RichTextInputContainer` wrappers). */
export const composerSelector =
  '[data-testid^="tweetTextarea_"]:not([data-testid$="RichTextInputContainer"])';

/** X's wrapper around each editor: the box the badge is placed by. */
export const composerContainerSelector = '[data-testid$="RichTextInputContainer"]';

/** The thread position encoded in a composer's test id, or null for anything else. */
export function composerIndex(element: Element): number | null {
  const match = /^tweetTextarea_(\d+)$/.exec(element.getAttribute('data-testid') ?? '');
  return match ? Number(match[1]) : null;
}

/** Draft.js renders one block per line; each holds its text in `span[data-text="true"]`, or a `br` when empty. */
export const draftBlockSelector = '[data-block="true"]';
export const draftTextLeafSelector = '[data-text="true"]';

/** The modal layer X renders `/compose/post` (new post, quote, reply) into. */
export const layersSelector = '#layers';
export const dialogSelector = '[role="dialog"]';

export const postButtonSelector = `${byTestId(testIds.postButton)}, ${byTestId(testIds.postButtonInline)}`;

/** X's own post paths: `/<handle>/status/<id>` (also with trailing `/photo/1` and the like). */
export const statusPathPattern = /^\/[A-Za-z0-9_]{1,15}\/status\/\d+/;

/** Default avatars live under this path on X's image host; uploaded ones never do. */
export const defaultAvatarMarker = 'default_profile_images';
