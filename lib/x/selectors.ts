/**
 * Everything Kvitter knows about x.com's markup, in one place (lib/x/README.md gives the source
 * and the fixture of each fact). Only `data-testid` attributes, ARIA roles and Draft.js's own
 * structure: X's class names are generated per build and its labels are translated, so neither
 * survives a release or a language switch.
 */

export const testIds = {
  primaryColumn: 'primaryColumn',
  postButton: 'tweetButton',
  postButtonInline: 'tweetButtonInline',
  addPostButton: 'addButton',
  /** The active part's toolbar (media, counter, `addButton`, Post); only the active part shows one. */
  toolBar: 'toolBar',
  attachments: 'attachments',
  repostButton: 'retweet',
  post: 'tweet',
  postText: 'tweetText',
  socialContext: 'socialContext',
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

/**
 * Candidates for a composer: `tweetTextarea_0`, `_1`, … on the Draft.js editor, or on the mobile
 * `<textarea>` or a wrapper around it. The prefix also matches X's `…RichTextInputContainer` and
 * `…_label` wrappers; `composerIndex` keeps only the exact ids.
 */
export const composerCandidateSelector = '[data-testid^="tweetTextarea_"]';

/** The thread position encoded in a composer's test id, or null for anything else. */
export function composerIndex(element: Element): number | null {
  const match = /^tweetTextarea_(\d+)$/.exec(element.getAttribute('data-testid') ?? '');
  return match ? Number(match[1]) : null;
}

/** X's wrapper around each Draft.js editor: the box the badge hangs from, and it scrolls. */
export const composerContainerSelector = '[data-testid$="RichTextInputContainer"]';

/** Draft.js renders one block per line; each holds its text in `span[data-text="true"]`, or a `br` when empty. */
export const draftBlockSelector = '[data-block="true"]';
export const draftTextLeafSelector = '[data-text="true"]';

/**
 * What can be pressed in a part: X's buttons are `<button>`s or React Native Web views with
 * `role="button"`. The remove-part button has neither test id nor untranslated label, so it is
 * found by where it sits (lib/x/thread-parts.ts).
 */
export const pressableSelector = 'button, [role="button"]';

/** The layer X renders its modals, menus and the typeahead into. */
export const layersSelector = '#layers';
export const dialogSelector = '[role="dialog"]';

/** X's `@`/`#` suggestions under the editor: `typeaheadDropdownWrapped-N`, a listbox. */
export const typeaheadSelector = '[id^="typeaheadDropdown"]';

export const postButtonSelector = `${byTestId(testIds.postButton)}, ${byTestId(testIds.postButtonInline)}`;

/** The repost menu's "Repost" item; X has used both names. "Undo repost" carries it too. */
export const repostConfirmSelector = '[data-testid="retweetConfirm"], [data-testid="repostConfirm"]';

/** A post quoted inside another post (or attached to a composer): its own author and text. */
export const quotedPostSelector = '[role="link"]';

/** Anything X draws for a post: the post a reply answers, or a quoted one. */
export const shownPostSelector = [
  `article${byTestId(testIds.post)}`,
  byTestId(testIds.postText),
  byTestId(testIds.userName),
].join(', ');

/**
 * The post a status page opens (X gives it `tabindex="-1"`); its inline reply box sits beside it,
 * in the same parent, and stays there under a reply modal opened over the page.
 */
export const openedPostSelector = `article${byTestId(testIds.post)}[tabindex="-1"]`;

/** A post in a timeline; a quoted post inside it is no article (it sits in a `quotedPostSelector` card). */
export const postArticleSelector = `article${byTestId(testIds.post)}`;

/** The time in a post's author line, inside the link to the post: `a[href="/<handle>/status/<id>"] > time`. */
export const postTimeLinkSelector = 'a[href*="/status/"] > time';

/** Text X keeps in the page but does not show: the `https://` and the tail of a shortened link. */
export const hiddenTextSelector = '[aria-hidden="true"]';

/** A profile link's path, `/<handle>`: the author's handle in a post's `User-Name`. */
export const handlePathPattern = /^\/([A-Za-z0-9_]{1,15})\/?$/;

/** X's own post paths: `/<handle>/status/<id>` (also with trailing `/photo/1` and the like). */
export const statusPathPattern = /^\/[A-Za-z0-9_]{1,15}\/status\/(\d+)/;

/** The full-page compose route (narrow windows and phones) and the modal's own route. */
export const composePathPattern = /^\/compose\//;

/** What holds the full-page compose route's thread. */
export const composePageSelector = 'main';

/** Paths that can be a profile: one segment, a handle, and not one of X's own pages. */
export const profilePathPattern =
  /^\/(?!(?:home|explore|notifications|messages|search|settings|compose|i|bookmarks|jobs|communities|premium|verified-orgs|lists|tos|privacy)\/?$)[A-Za-z0-9_]{1,15}\/?$/;

/** Default avatars live under this path on X's image host; uploaded ones never do. */
export const defaultAvatarMarker = 'default_profile_images';
