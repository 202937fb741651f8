import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentMessage } from '../../lib/messaging/protocol';
import { MAX_POSTS_PER_VISIT, OwnPostsReader, READ_GAP_MS, readOwnPosts } from '../../lib/x/own-posts';
import { PageSignals } from '../../lib/x/page-signals';
import { h, page } from './dom';

type Child = Node | string;

/** An author line as X draws it: name and handle (profile links), then the time in the post's link. */
function authorLine(handle: string, name: string, id: string | null): HTMLElement {
  const time = h('time', { datetime: '2026-03-01T10:00:00.000Z' }, 'Mar 1');
  return h(
    'div',
    { 'data-testid': 'User-Name' },
    h('div', {}, h('a', { href: `/${handle}`, role: 'link' }, h('span', {}, name))),
    h(
      'div',
      {},
      h('a', { href: `/${handle}`, role: 'link', tabindex: '-1' }, h('span', {}, `@${handle}`)),
      h('span', {}, '·'),
      id ? h('a', { href: `/${handle}/status/${id}`, role: 'link' }, time) : time,
    ),
  );
}

type PostSpec = {
  id: string;
  handle?: string;
  name?: string;
  text: Child[];
  social?: string;
  quote?: { handle: string; text: string };
};

/** A post in a timeline cell, in X's markup (notes/x-markup.md §9). */
function post({ id, handle = 'kari_n', name = 'Kari Nordmann', text, social, quote }: PostSpec): HTMLElement {
  return h(
    'div',
    { 'data-testid': 'cellInnerDiv' },
    h(
      'article',
      { 'data-testid': 'tweet', role: 'article', tabindex: '0' },
      social
        ? h(
            'div',
            {},
            h('a', { href: '/kari_n', role: 'link' }, h('span', { 'data-testid': 'socialContext' }, social)),
          )
        : '',
      authorLine(handle, name, id),
      h('div', { 'data-testid': 'tweetText', lang: 'no', dir: 'auto' }, ...text),
      quote
        ? h(
            'div',
            { role: 'link', tabindex: '0' },
            h('div', {}, h('span', {}, 'Quote')),
            authorLine(quote.handle, 'Someone', null),
            h('div', { 'data-testid': 'tweetText', lang: 'no' }, quote.text),
          )
        : '',
      h('div', { role: 'group' }, h('button', { 'data-testid': 'reply' }, 'Reply')),
    ),
  );
}

/** A t.co link as X shows it: the `https://` and the tail hidden, then "…". */
const shortLink = (shown: string, hidden: string) =>
  h(
    'a',
    { href: 'https://t.co/abc', role: 'link' },
    h('span', { 'aria-hidden': 'true' }, 'https://'),
    shown,
    h('span', { 'aria-hidden': 'true' }, hidden),
    h('span', { 'aria-hidden': 'true' }, '…'),
  );

/** The own profile of kari_n (the edit button is there) with posts under it. */
function ownProfile(...posts: HTMLElement[]) {
  page(
    '/kari_n',
    h('a', { 'data-testid': 'AppTabBar_Profile_Link', href: '/kari_n' }, 'Profile'),
    h(
      'div',
      { 'data-testid': 'primaryColumn' },
      h('a', { 'data-testid': 'editProfileButton', href: '/settings/profile' }, 'Edit profile'),
      h('div', { 'data-testid': 'UserName' }, h('div', {}, h('span', {}, 'Kari Nordmann'))),
      h('section', {}, ...posts),
    ),
  );
}

describe('readOwnPosts', () => {
  it('reads her own posts as shown: emoji from their images, links as displayed, no hidden parts', () => {
    ownProfile(
      post({
        id: '1800000000000000002',
        text: [
          h('span', {}, 'Hei '),
          h('img', { alt: '👋', src: 'https://abs.twimg.com/emoji/v2/svg/1f44b.svg' }),
          h('span', {}, ' se '),
          shortLink('kvitter.no/en-lang', '-sti'),
          h('span', {}, ' '),
          h('a', { href: '/hashtag/nynorsk?src=hashtag_click', role: 'link' }, '#nynorsk'),
        ],
      }),
      post({ id: '1800000000000000001', social: 'Pinned', text: ['Kundeservice først'] }),
    );
    expect(readOwnPosts(document, 'kari_n', new Set(), 100)).toEqual([
      { id: '1800000000000000002', text: 'Hei 👋 se kvitter.no/en-lang #nynorsk' },
      { id: '1800000000000000001', text: 'Kundeservice først' },
    ]);
  });

  it('leaves out reposts of other people’s posts and the text of a post she quotes', () => {
    ownProfile(
      post({
        id: '11',
        handle: 'frida',
        name: 'Frida',
        social: 'Kari Nordmann reposted',
        text: ['Kryptovaluta!'],
      }),
      post({
        id: '12',
        text: ['Ikke overbevist.'],
        quote: { handle: 'frida', text: 'Kryptovaluta er framtida' },
      }),
    );
    expect(readOwnPosts(document, 'kari_n', new Set(), 100)).toEqual([
      { id: '12', text: 'Ikke overbevist.' },
    ]);
  });

  it('takes nothing from a post that only quotes another (no text of her own)', () => {
    const quoting = post({
      id: '13',
      text: [],
      quote: { handle: 'frida', text: 'Kryptovaluta er framtida' },
    });
    quoting.querySelector('article > [data-testid="tweetText"]')?.remove();
    ownProfile(quoting);
    expect(readOwnPosts(document, 'kari_n', new Set(), 100)).toEqual([]);
  });

  it('matches the handle whatever its case, and reads each post once', () => {
    ownProfile(post({ id: '21', handle: 'Kari_N', text: ['En'] }), post({ id: '22', text: ['To'] }));
    const seen = new Set(['22']);
    expect(readOwnPosts(document, 'kari_n', seen, 100)).toEqual([{ id: '21', text: 'En' }]);
    expect(readOwnPosts(document, 'kari_n', seen, 100)).toEqual([]);
  });

  it('takes no more than asked, and skips a post without a status link or text', () => {
    const noLink = post({ id: '31', text: ['Ingen lenke'] });
    noLink.querySelector('a[href*="/status/"]')?.removeAttribute('href');
    ownProfile(
      noLink,
      post({ id: '32', text: [] }),
      post({ id: '33', text: ['Tre'] }),
      post({ id: '34', text: ['Fire'] }),
    );
    expect(readOwnPosts(document, 'kari_n', new Set(), 1)).toEqual([{ id: '33', text: 'Tre' }]);
  });
});

describe('OwnPostsReader', () => {
  let sent: ContentMessage[];
  let now: number;
  const reader = (enabled?: () => Promise<boolean>) =>
    new OwnPostsReader({
      doc: document,
      send: (message) => sent.push(message),
      now: () => now,
      ...(enabled ? { enabled } : {}),
    });
  const advance = async (ms: number) => {
    now += ms;
    await vi.advanceTimersByTimeAsync(ms);
  };
  const ids = () => sent.flatMap((m) => (m.type === 'own-posts' ? m.posts.map((p) => p.id) : []));

  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    now = 1_000_000;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads what is shown at once, then follows the scrolling at most once a second', async () => {
    ownProfile(post({ id: '41', text: ['Første'] }));
    const section = document.querySelector('section') as HTMLElement;
    const r = reader();
    r.start('kari_n');
    await advance(10);
    expect(ids()).toEqual(['41']);

    // X's list draws the next posts as she scrolls; a burst of scroll events is one read.
    section.append(post({ id: '42', text: ['Andre'] }));
    for (let i = 0; i < 20; i++) document.dispatchEvent(new Event('scroll'));
    await advance(READ_GAP_MS / 2);
    expect(ids()).toEqual(['41']);
    await advance(READ_GAP_MS / 2 + 10);
    expect(ids()).toEqual(['41', '42']);
    expect(sent).toHaveLength(2);
    r.stop();
  });

  it('stops when she leaves the profile, and reads nothing when learning is off', async () => {
    ownProfile(post({ id: '51', text: ['Én'] }));
    const section = document.querySelector('section') as HTMLElement;
    const r = reader();
    r.start('kari_n');
    await advance(10);
    r.stop();
    section.append(post({ id: '52', text: ['To'] }));
    document.dispatchEvent(new Event('scroll'));
    await advance(5000);
    expect(ids()).toEqual(['51']);

    await fakeBrowser.storage.local.set({ learning: false });
    const off = reader();
    off.start('kari_n');
    document.dispatchEvent(new Event('scroll'));
    await advance(5000);
    expect(ids()).toEqual(['51']);
    off.stop();
  });

  it(`reads at most ${MAX_POSTS_PER_VISIT} posts in one visit`, async () => {
    const many = Array.from({ length: MAX_POSTS_PER_VISIT + 20 }, (_, i) =>
      post({ id: String(1000 + i), text: [`Innlegg ${i}`] }),
    );
    ownProfile(...many);
    const r = reader(async () => true);
    r.start('kari_n');
    await advance(10);
    document.dispatchEvent(new Event('scroll'));
    await advance(5000);
    expect(ids()).toHaveLength(MAX_POSTS_PER_VISIT);
    expect(new Set(ids()).size).toBe(MAX_POSTS_PER_VISIT);
    r.stop();
  });
});

describe('PageSignals and own posts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const signals = (sent: ContentMessage[]) =>
    new PageSignals({
      doc: document,
      send: (message) => sent.push(message),
      composers: () => [],
      reportOf: () => undefined,
      now: () => Date.now(),
    });

  it('reads posts on the own profile only', async () => {
    const sent: ContentMessage[] = [];
    const s = signals(sent);
    // Someone else's profile: the same markup, but no edit button and another author.
    page('/frida', h('section', {}, post({ id: '61', handle: 'frida', text: ['Hei'] })));
    s.onLocationChange();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent.filter((m) => m.type === 'own-posts')).toEqual([]);

    ownProfile(post({ id: '62', text: ['Min egen'] }));
    s.onLocationChange();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent.filter((m) => m.type === 'own-posts')).toEqual([
      { type: 'own-posts', posts: [{ id: '62', text: 'Min egen' }] },
    ]);
    s.destroy();
  });
});
