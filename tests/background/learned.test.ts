import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type RouterDeps, routeMessage } from '../../lib/background/router';
import { startBackground } from '../../lib/background/start';
import { idsFor, mixedProfile } from '../learn/profiles';
import { page, xTab } from '../messaging/senders';
import { routerDeps } from './router-deps';

const ids = idsFor(mixedProfile.length);
const posts = mixedProfile.map((text, i) => ({ id: ids[i] as string, text }));

/** Sends the profile's posts as the content script does, in batches of a few. */
async function readProfile(d: RouterDeps, from = posts) {
  for (let i = 0; i < from.length; i += 7) {
    const answer = await routeMessage({ type: 'own-posts', posts: from.slice(i, i + 7) }, xTab(7), d);
    expect(answer).toEqual({ ok: true });
  }
}

const ask = (message: unknown, d: RouterDeps) => routeMessage(message, page('popup.html'), d);

describe('learning from the user’s own posts in the background', () => {
  it('keeps counts only, and proposes her subjects', async () => {
    const d = routerDeps();
    await readProfile(d);
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    // A word of her own is there as a count; not one of her sentences is.
    expect(stored).toContain('kundeservice');
    for (const text of mixedProfile) expect(stored).not.toContain(text.slice(0, 30));
    const suggestions = (await ask({ type: 'get-suggestions' }, d)) as {
      learning: boolean;
      posts: number;
      topics: { name: string }[];
      hashtags: { tag: string }[];
    };
    expect(suggestions).toMatchObject({ learning: true, posts: mixedProfile.length });
    expect(suggestions.topics.map((t) => t.name)).toEqual(expect.arrayContaining(['nynorsk', 'support']));
    expect(suggestions.hashtags.map((h) => h.tag)).toContain('#kundeservice');
  });

  it('counts a post sent twice once (two batches racing under the lock)', async () => {
    const d = routerDeps();
    await Promise.all([readProfile(d, posts.slice(0, 10)), readProfile(d, posts.slice(5, 15))]);
    const { learned } = (await fakeBrowser.storage.local.get('learned')) as { learned: { counted: number } };
    expect(learned.counted).toBe(15);
  });

  it('stops proposing what was accepted or dismissed', async () => {
    const d = routerDeps();
    await readProfile(d);
    expect(await ask({ type: 'add-to-strategy', kind: 'keyword', value: 'nynorsk' }, d)).toEqual({
      ok: true,
    });
    expect(await ask({ type: 'dismiss-suggestion', value: 'support' }, d)).toEqual({ ok: true });
    expect(await ask({ type: 'dismiss-suggestion', value: '#kundeservice' }, d)).toEqual({ ok: true });
    const after = (await ask({ type: 'get-suggestions' }, d)) as {
      topics: { name: string }[];
      hashtags: { tag: string }[];
    };
    expect(after.topics.map((t) => t.name)).not.toContain('nynorsk');
    expect(after.topics.map((t) => t.name)).not.toContain('support');
    expect(after.hashtags.map((h) => h.tag)).not.toContain('#kundeservice');
  });

  it('learns nothing while switched off, and forgets on request', async () => {
    const d = routerDeps();
    expect(await ask({ type: 'get-learning' }, d)).toEqual({ enabled: true });
    expect(await ask({ type: 'set-learning', enabled: false }, d)).toEqual({ ok: true });
    expect(await ask({ type: 'get-learning' }, d)).toEqual({ enabled: false });
    await readProfile(d);
    expect(await fakeBrowser.storage.local.get('learned')).toEqual({});
    expect(await ask({ type: 'get-suggestions' }, d)).toMatchObject({ learning: false, topics: [] });

    await ask({ type: 'set-learning', enabled: true }, d);
    await readProfile(d);
    await ask({ type: 'dismiss-suggestion', value: 'support' }, d);
    expect(await ask({ type: 'forget-learned' }, d)).toEqual({ ok: true });
    expect(await fakeBrowser.storage.local.get(['learned', 'learn-dismissed'])).toEqual({});
    expect(await ask({ type: 'get-suggestions' }, d)).toEqual({
      learning: true,
      posts: 0,
      topics: [],
      hashtags: [],
    });
  });

  it('takes own posts only from the content script, and only well-formed ones', async () => {
    const d = routerDeps();
    const refused = { ok: false, errors: [{ path: '', message: expect.any(String) }] };
    expect(
      await routeMessage({ type: 'own-posts', posts: posts.slice(0, 2) }, page('popup.html'), d),
    ).toEqual(refused);
    for (const bad of [[], [{ id: 'abc', text: 'x' }], [{ id: '1', text: 'x'.repeat(5000) }]])
      expect(await routeMessage({ type: 'own-posts', posts: bad }, xTab(7), d)).toEqual(refused);
    expect(await fakeBrowser.storage.local.get('learned')).toEqual({});
  });
});

describe('the welcome page', () => {
  it('opens by itself on install, not on an update', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    startBackground({ coachApis: {} });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/welcome.html') });
  });
});
