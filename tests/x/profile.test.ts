import { describe, expect, it } from 'vitest';
import { parseCount, scanOwnProfile } from '../../lib/x/profile';
import { h, page } from './dom';

function profilePage(
  options: { own?: boolean; bio?: string | null; avatar?: string; banner?: boolean } = {},
) {
  const { own = true, bio = 'Rådgiver i @Kvitterbyraa. Skriv på nynorsk ✍️', banner = true } = options;
  const avatar = options.avatar ?? 'https://pbs.twimg.com/profile_images/1/abc_normal.jpg';
  page(
    '/kari_n',
    h('a', { 'data-testid': 'AppTabBar_Profile_Link', href: '/kari_n' }, 'Profil'),
    h(
      'div',
      { 'data-testid': 'primaryColumn' },
      banner
        ? h('a', { href: '/kari_n/header_photo' }, h('img', { src: 'https://pbs.twimg.com/banner.jpg' }))
        : '',
      h('a', { href: '/kari_n/photo' }, h('img', { src: avatar })),
      own ? h('button', { 'data-testid': 'editProfileButton' }, 'Rediger profil') : '',
      h(
        'div',
        { 'data-testid': 'UserName' },
        h('div', {}, h('span', {}, 'Kari Nordmann'), h('svg', { 'data-testid': 'icon-verified' })),
        h('div', {}, h('span', {}, '@kari_n')),
      ),
      bio === null ? '' : h('div', { 'data-testid': 'UserDescription' }, h('span', {}, bio)),
      h('span', { 'data-testid': 'UserLocation' }, h('span', {}, 'Bergen')),
      h('a', { 'data-testid': 'UserUrl', href: 'https://t.co/abc' }, h('span', {}, 'kvitter.no')),
      h('a', { href: '/kari_n/following' }, h('span', {}, '1\u00a0234'), ' ', h('span', {}, 'følger')),
      h('a', { href: '/kari_n/verified_followers' }, h('span', {}, '5,6k'), ' ', h('span', {}, 'følgere')),
    ),
  );
}

describe('scanOwnProfile', () => {
  it('reads what the checklist needs from the own profile', () => {
    profilePage();
    expect(scanOwnProfile(document, location.pathname, 42)).toEqual({
      handle: 'kari_n',
      displayName: 'Kari Nordmann',
      hasDefaultAvatar: false,
      hasBanner: true,
      bio: 'Rådgiver i @Kvitterbyraa. Skriv på nynorsk ✍️',
      location: 'Bergen',
      website: 'kvitter.no',
      verified: true,
      followingCount: 1234,
      followersCount: 5600,
      scannedAt: 42,
    });
  });

  it('notices the default avatar, a missing banner and an empty bio', () => {
    profilePage({
      bio: null,
      banner: false,
      avatar: 'https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png',
    });
    const scan = scanOwnProfile(document, location.pathname, 0);
    expect(scan).toMatchObject({ hasDefaultAvatar: true, hasBanner: false, bio: null });
  });

  it("never reads someone else's profile", () => {
    profilePage({ own: false });
    expect(scanOwnProfile(document, location.pathname, 0)).toBeNull();
  });
});

describe('parseCount', () => {
  it.each([
    ['1,234 Following', 1234],
    ['1.234 følger', 1234],
    ['1\u00a0234', 1234],
    ['987', 987],
    ['1.2K Followers', 1200],
    ['5,6k følgere', 5600],
    ['12,3 mill. følgere', 12_300_000],
    ['3.4M', 3_400_000],
    ['Følger', null],
  ])('%s → %s', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });
});
