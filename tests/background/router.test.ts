import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routeMessage } from '../../lib/background/router';
import type { ContentMessage } from '../../lib/messaging/protocol';
import { readTabState } from '../../lib/messaging/session';
import { defaultStrategy, StrategyStore } from '../../lib/strategy';
import { page, xTab } from '../messaging/senders';
import { routerDeps } from './router-deps';

const tabState: ContentMessage = { type: 'tab-state', url: 'https://x.com/home', composers: [] };
const refused = {
  ok: false,
  errors: [{ path: '', message: expect.stringMatching(/does not accept messages/) }],
};

describe('routeMessage: who may send what', () => {
  it.each([
    [
      'another site',
      { ...xTab(), url: 'https://evil.example/x.com', tab: { id: 7, url: 'https://evil.example/' } },
    ],
    ['a look-alike host', xTab(7, 'https://x.com.evil.example/home')],
    ['plain http', xTab(7, 'http://x.com/home')],
    ['another extension', { ...xTab(), id: 'someone-else' }],
    ['a frame on another site inside an x.com tab', { ...xTab(), url: 'https://ads.example/frame' }],
    ['no tab and no page', { id: fakeBrowser.runtime.id }],
    ['nobody', {}],
  ])('refuses content messages from %s and stores nothing', async (_name, sender) => {
    const answer = await routeMessage(tabState, sender, routerDeps());
    expect(answer).toEqual({ ok: false, errors: [{ path: '', message: expect.any(String) }] });
    expect(await readTabState(7)).toBeNull();
  });

  it('refuses messages from a page of another extension', async () => {
    const answer = await routeMessage(
      { type: 'get-strategy' },
      { id: 'other', url: 'chrome-extension://other/sidepanel.html' },
      routerDeps(),
    );
    expect(answer).toEqual(refused);
  });

  it.each(['https://x.com/home', 'https://twitter.com/home', 'https://mobile.x.com/compose/post'])(
    'accepts content messages from %s',
    async (url) => {
      expect(await routeMessage({ ...tabState, url }, xTab(7, url), routerDeps())).toEqual({ ok: true });
      expect(await readTabState(7)).toMatchObject({ tabId: 7, url, updatedAt: 1_000 });
    },
  );

  it('does not let a content script ask for page-only things like the strategy', async () => {
    const answer = await routeMessage(
      { type: 'save-strategy', strategy: defaultStrategy },
      xTab(),
      routerDeps(),
    );
    expect(answer).toMatchObject({ ok: false });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });
});

describe('routeMessage: malformed messages', () => {
  const bad: unknown[] = [
    undefined,
    null,
    'tab-state',
    42,
    [],
    {},
    { type: 'nonsense' },
    { type: 'tab-state' },
    { type: 'tab-state', url: 'https://x.com', composers: [{ status: 'ok' }] },
    { type: 'post-made', kind: 'tweet', language: 'nb', hashtagCount: 1 },
    { type: 'post-made', kind: 'post', language: 'nb', hashtagCount: -1 },
  ];
  it.each(bad)('answers %j from a content script with an error', async (message) => {
    const answer = await routeMessage(message, xTab(), routerDeps());
    expect(answer).toEqual({ ok: false, errors: [{ path: '', message: expect.stringMatching(/^Kvitter/) }] });
  });

  it.each([
    undefined,
    { type: 'get-tab-state', tabId: 'seven' },
    { type: 'import-strategy' },
    { type: 'apply-fix', tabId: 7 },
    { type: 'tab-state', url: 'x', composers: [] },
  ])('answers %j from a page with an error', async (message) => {
    const answer = await routeMessage(message, page(), routerDeps());
    expect(answer).toMatchObject({ ok: false, errors: [{ path: '' }] });
  });

  it('answers with an error, never a rejection, when something inside fails', async () => {
    const store = new StrategyStore();
    vi.spyOn(store, 'get').mockRejectedValue(new Error('boom'));
    const answer = await routeMessage({ type: 'get-strategy' }, page(), routerDeps({ store }));
    expect(answer).toEqual({ ok: false, errors: [{ path: '', message: expect.stringContaining('boom') }] });
  });

  it('answers in the language the page asks for', async () => {
    const answer = await routeMessage({ type: 'undo-save', language: 'nn' }, page(), routerDeps());
    expect(answer).toEqual({ ok: false, errors: [{ path: '', message: 'Det er ingenting å angre.' }] });
  });
});
