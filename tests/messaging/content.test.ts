import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  followStrategy,
  isTabCommand,
  listenForTabCommands,
  sendFromContent,
} from '../../lib/messaging/content';
import { defaultStrategy, type Strategy } from '../../lib/strategy';
import { backgroundFor, until } from './background-double';
import { xTab } from './senders';

const fix = { label: { nb: 'Fiks', nn: 'Fiks', en: 'Fix' }, range: { start: 0, end: 1 }, text: '' };

describe('sendFromContent', () => {
  it('delivers a content message', async () => {
    backgroundFor(xTab(3));
    expect(await sendFromContent({ type: 'repost-menu-opened' })).toEqual({ ok: true });
  });

  it('passes on the background refusing a message that fails its zod check', async () => {
    backgroundFor(xTab(3));
    // @ts-expect-error: typed callers cannot build this; the background must still refuse it.
    const answer = await sendFromContent({ type: 'post-made', kind: 'tweet' });
    expect(answer.ok).toBe(false);
  });

  it('never throws, even with no background to answer', async () => {
    const answer = await sendFromContent({ type: 'open-coach' });
    expect(answer.ok).toBe(false);
  });
});

describe('followStrategy', () => {
  it('gets the strategy from the background at once and again after every save', async () => {
    const store = backgroundFor(xTab(4));
    const seen: Strategy[] = [];
    const stop = followStrategy((strategy) => seen.push(strategy));
    await until(() => seen.length === 1);
    expect(seen[0]).toEqual(defaultStrategy);
    await store.save({ ...defaultStrategy, topics: [{ name: 'Skole', keywords: ['lærer'] }] });
    await until(() => seen.length === 2);
    expect(seen[1]?.topics).toEqual([{ name: 'Skole', keywords: ['lærer'] }]);
    stop();
    await store.save({ ...defaultStrategy, postsPerWeek: 9 });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(2);
  });

  it('ignores an answer it cannot use, such as a strategy of another version', async () => {
    fakeBrowser.runtime.onMessage.addListener((_m, _s, sendResponse) => {
      sendResponse({ ok: true, strategy: { ...defaultStrategy, version: 3 } });
      return true;
    });
    const callback = vi.fn();
    const stop = followStrategy(callback);
    await new Promise((r) => setTimeout(r, 20));
    expect(callback).not.toHaveBeenCalled();
    stop();
  });
});

describe('isTabCommand', () => {
  it('accepts a well-formed fix and refuses anything off', () => {
    expect(isTabCommand({ type: 'apply-fix', composerId: 'c0', fix })).toBe(true);
    expect(
      isTabCommand({ type: 'apply-fix', composerId: 'c0', fix: { ...fix, range: { start: 3, end: 1 } } }),
    ).toBe(false);
    expect(
      isTabCommand({ type: 'apply-fix', composerId: 'c0', fix: { ...fix, range: { start: -1, end: 1 } } }),
    ).toBe(false);
    expect(isTabCommand({ type: 'apply-fix', composerId: 'c0', fix: { ...fix, text: 42 } })).toBe(false);
    expect(isTabCommand({ type: 'apply-fix', fix })).toBe(false);
    expect(isTabCommand('apply-fix')).toBe(false);
  });

  it('accepts a split into two to 25 parts of text, and an undo; refuses anything off', () => {
    const parts = ['Første del.', 'Andre del.'];
    expect(isTabCommand({ type: 'apply-split', composerId: 'modal:0', parts })).toBe(true);
    expect(isTabCommand({ type: 'apply-split', composerId: 'modal:0', parts: Array(25).fill('x') })).toBe(
      true,
    );
    expect(isTabCommand({ type: 'undo-split' })).toBe(true);
    for (const bad of [
      { type: 'apply-split', composerId: 'modal:0', parts: ['Bare én.'] },
      { type: 'apply-split', composerId: 'modal:0', parts: Array(26).fill('x') },
      { type: 'apply-split', composerId: 'modal:0', parts: ['Første del.', ''] },
      { type: 'apply-split', composerId: 'modal:0', parts: ['Første del.', 7] },
      { type: 'apply-split', composerId: 'modal:0', parts: 'Første del. Andre del.' },
      { type: 'apply-split', parts },
      { type: 'split', composerId: 'modal:0', parts },
    ]) {
      expect(isTabCommand(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('listenForTabCommands', () => {
  it('runs the handler for a TabCommand from Kvitter and answers with its result', async () => {
    const handler = vi.fn(async () => ({ ok: true as const }));
    // fakeBrowser gives every message an empty sender, so call the listener with real-looking senders.
    const listeners: ((m: unknown, s: object, r: (a: unknown) => void) => unknown)[] = [];
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(
      (l) => void listeners.push(l as never),
    );
    listenForTabCommands(handler);
    const answer = await new Promise((resolve) =>
      listeners[0]?.({ type: 'apply-fix', composerId: 'c0', fix }, { id: fakeBrowser.runtime.id }, resolve),
    );
    expect(answer).toEqual({ ok: true });
    expect(handler).toHaveBeenCalledWith({ type: 'apply-fix', composerId: 'c0', fix });

    expect(
      listeners[0]?.({ type: 'apply-fix', composerId: 'c0', fix }, { id: 'other' }, () => {}),
    ).toBeUndefined();
    expect(
      listeners[0]?.({ type: 'something-else' }, { id: fakeBrowser.runtime.id }, () => {}),
    ).toBeUndefined();
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
