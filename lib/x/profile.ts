import type { ProfileScan } from '../messaging/protocol';
import { byTestId, defaultAvatarMarker, testIds } from './selectors';

/**
 * Reading the logged-in user's own profile page for the popup checklist. Only facts a visitor
 * could see anyway; nothing is fetched, and other people's profiles are never read.
 */

/** Visible text of an element: its text nodes, with emoji images (X draws them as `img alt`) kept. */
function visibleText(element: Element): string {
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(
    element,
    NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    else if ((node as Element).tagName === 'IMG') text += (node as HTMLImageElement).alt;
    else if ((node as Element).tagName === 'BR') text += '\n';
  }
  return text.replace(/[ \t\u00a0]+/g, ' ').trim();
}

const multipliers: Record<string, number> = {
  k: 1e3,
  tn: 1e3,
  m: 1e6,
  mill: 1e6,
  mio: 1e6,
  b: 1e9,
  mrd: 1e9,
};

/**
 * A follower count as X prints it, in any UI language: "1,234", "1 234", "1.2K", "1,2 k",
 * "12,3 mill.". Null when the text holds no number.
 */
export function parseCount(text: string): number | null {
  const match = /(\d[\d\s.,\u00a0\u202f]*)\s*([a-z]+)?/i.exec(text);
  if (!match?.[1]) return null;
  const digits = match[1].replace(/[\s\u00a0\u202f]+$/, '');
  const multiplier = match[2] ? multipliers[match[2].toLowerCase()] : undefined;
  if (multiplier) {
    // Abbreviated counts carry at most one or two decimals after a point or comma.
    const value = Number(digits.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
    return Number.isFinite(value) ? Math.round(value * multiplier) : null;
  }
  const whole = Number(digits.replace(/[^\d]/g, ''));
  return Number.isFinite(whole) ? whole : null;
}

/** The logged-in handle: the Profile tab's link, else the first segment of the profile's URL. */
function ownHandle(doc: Document, pathname: string): string | null {
  const link = doc.querySelector(`a${byTestId(testIds.profileTab)}`)?.getAttribute('href');
  const fromLink = link ? new URL(link, 'https://x.com').pathname.split('/')[1] : undefined;
  const handle = fromLink || pathname.split('/')[1];
  return handle && /^[A-Za-z0-9_]{1,15}$/.test(handle) ? handle : null;
}

function countFor(doc: Document, handle: string, suffixes: string[]): number | null {
  for (const link of doc.querySelectorAll('a[href]')) {
    const path = (link.getAttribute('href') ?? '').toLowerCase();
    if (suffixes.some((suffix) => path === `/${handle.toLowerCase()}/${suffix}`)) {
      return parseCount(visibleText(link));
    }
  }
  return null;
}

/**
 * What the own profile shows, or null when this page is not the logged-in user's own profile
 * (X draws `editProfileButton` only there).
 */
export function scanOwnProfile(doc: Document, pathname: string, now: number): ProfileScan | null {
  if (!doc.querySelector(byTestId(testIds.editProfile))) return null;
  const handle = ownHandle(doc, pathname);
  const nameBox = doc.querySelector(byTestId(testIds.profileName));
  if (!handle || !nameBox) return null;
  const hrefIs = (suffix: string) => `a[href="/${handle}/${suffix}"]`;

  // UserName holds the display name, then "@handle"; the name is the first line that is not the handle.
  const nameLines = visibleText(nameBox)
    .split(/\n|(?=@)/)
    .map((line) => line.trim())
    .filter(Boolean);
  const displayName = nameLines.find((line) => !line.startsWith('@')) ?? handle;

  const avatar = doc.querySelector<HTMLImageElement>(`${hrefIs('photo')} img`);
  const banner = doc.querySelector(`${hrefIs('header_photo')} img`);
  const text = (id: string) => {
    const element = doc.querySelector(byTestId(id));
    const value = element ? visibleText(element) : '';
    return value === '' ? null : value;
  };

  return {
    handle,
    displayName,
    hasDefaultAvatar: (avatar?.getAttribute('src') ?? '').includes(defaultAvatarMarker),
    hasBanner: banner !== null,
    bio: text(testIds.profileBio),
    location: text(testIds.profileLocation),
    website: text(testIds.profileUrl),
    verified: nameBox.querySelector(byTestId(testIds.verifiedIcon)) !== null,
    followingCount: countFor(doc, handle, ['following']),
    followersCount: countFor(doc, handle, ['followers', 'verified_followers']),
    scannedAt: now,
  };
}
