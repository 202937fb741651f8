import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentMessage } from '../../lib/messaging/protocol';
import type { DraftInput, DraftReport } from '../../lib/rules/types';
import { Coach } from '../../lib/x/coach';
import { draftComposer, h, modal, page, setLines } from './dom';

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
};

/** A stand-in for the rule engine: one warning on every "!!!", nothing else. */
function fakeAnalyze(draft: DraftInput): DraftReport {
  const at = draft.text.indexOf('!!!');
  return {
    weightedLength: draft.text.length,
    limit: 280,
    valid: true,
    language: 'nn',
    hashtags: [...draft.text.matchAll(/#\w+/g)].map((m) => ({
      tag: m[0],
      range: { start: m.index, end: m.index + m[0].length },
      relevant: true,
    })),
    topics: [],
    hints:
      at < 0
        ? []
        : [
            {
              ruleId: 'shouting',
              severity: 'warning',
              adviceId: 'official-voice',
              message: { nb: 'Rop', nn: 'Rop', en: 'Shout' },
              range: { start: at, end: at + 3 },
            },
          ],
  };
}

describe('Coach', () => {
  let ctx: ContentScriptContext;
  let sent: ContentMessage[];
  let analyze: ReturnType<typeof vi.fn<(draft: DraftInput) => DraftReport | null>>;

  const start = () => {
    const coach = new Coach({ ctx, analyze, send: (m) => sent.push(m), language: () => 'nn' });
    coach.start();
    return coach;
  };
  const tabStates = () => sent.filter((m) => m.type === 'tab-state');

  beforeEach(() => {
    page('/home');
    ctx = new ContentScriptContext('x-test');
    sent = [];
    analyze = vi.fn(fakeAnalyze);
  });
  afterEach(() => {
    ctx.notifyInvalidated();
    vi.restoreAllMocks();
  });

  it('reports a composer that appears after load, then each change of its draft once', async () => {
    start();
    await frames();
    expect(tabStates()).toHaveLength(1);
    expect(tabStates()[0]).toMatchObject({ composers: [] });

    const { container, editor } = draftComposer(['Hei']);
    document.body.append(h('div', { 'data-testid': 'primaryColumn' }, container));
    await frames();
    expect(tabStates().at(-1)).toMatchObject({
      composers: [{ status: 'ok', id: 'home:0', kind: 'post', text: 'Hei', report: { hints: [] } }],
    });

    setLines(editor, ['Hei!!!']);
    await frames();
    const last = tabStates().at(-1);
    expect(last?.type === 'tab-state' && last.composers[0]).toMatchObject({
      text: 'Hei!!!',
      report: { hints: [{ ruleId: 'shouting', range: { start: 3, end: 6 } }] },
    });

    // Draft.js remounting the same text is not a change the panel needs to hear about.
    const count = tabStates().length;
    setLines(editor, ['Hei!!!']);
    await frames();
    expect(tabStates()).toHaveLength(count);
  });

  it('analyses a draft at most once per frame, however many mutations arrive', async () => {
    const { container, editor } = draftComposer(['a']);
    document.body.append(container);
    start();
    await frames();
    analyze.mockClear();
    for (const text of ['ab', 'abc', 'abcd', 'abcde']) setLines(editor, [text]);
    await frames(2);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(analyze).toHaveBeenLastCalledWith({ text: 'abcde', kind: 'post', position: 0 });
  });

  it('waits for the strategy before reporting anything', async () => {
    const { container } = draftComposer(['Hei']);
    document.body.append(container);
    analyze.mockReturnValue(null);
    const coach = start();
    await frames();
    expect(tabStates()).toHaveLength(0);
    analyze.mockImplementation(fakeAnalyze);
    coach.reanalyse();
    await frames();
    expect(tabStates().at(-1)).toMatchObject({ composers: [{ status: 'ok', text: 'Hei' }] });
  });

  it('still reports from a hidden tab, where the browser gives no animation frames', async () => {
    const { container, editor } = draftComposer(['Hei']);
    document.body.append(container);
    start();
    await frames();
    vi.stubGlobal('requestAnimationFrame', () => 1);
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    try {
      setLines(editor, ['Hei igjen']);
      await Promise.resolve();
      // No work in the observer's callback of a hidden tab: it waits for the fallback timer.
      expect(tabStates().at(-1)).toMatchObject({ composers: [{ text: 'Hei' }] });
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(tabStates().at(-1)).toMatchObject({ composers: [{ text: 'Hei igjen' }] });
    } finally {
      vi.unstubAllGlobals();
      Reflect.deleteProperty(document, 'hidden');
    }
  });

  it('reports a keystroke at once, not a frame later', async () => {
    const { container, editor } = draftComposer(['Hei']);
    document.body.append(container);
    start();
    await frames();
    // A keystroke a frame's time after the last analysis (the clock set by hand: on a loaded
    // machine a late frame may have run the coach again during a real wait).
    const later = performance.now() + 20;
    vi.spyOn(performance, 'now').mockReturnValue(later);
    setLines(editor, ['Hei!!!']);
    // The observer's callback (a microtask after the change) did the work; no frame has passed.
    await Promise.resolve();
    expect(tabStates().at(-1)).toMatchObject({ composers: [{ text: 'Hei!!!' }] });
  });

  it('analyses at most once between two frames when changes come in separate tasks', async () => {
    // Frames and the clock by hand: happy-dom runs animation frames as soon as it can.
    const queued: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => queued.push(callback));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    let clock = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const frame = () => {
      clock += 16.7;
      for (const callback of queued.splice(0)) callback(clock);
    };
    const analysedTexts = () => analyze.mock.calls.map(([draft]) => draft.text);
    try {
      const { container, editor } = draftComposer(['a']);
      document.body.append(container);
      start();
      frame(); // the first analysis
      clock += 20;
      analyze.mockClear();
      setLines(editor, ['ab']);
      await new Promise((resolve) => setTimeout(resolve, 0));
      clock += 4;
      setLines(editor, ['abc']);
      await new Promise((resolve) => setTimeout(resolve, 0));
      clock += 4;
      setLines(editor, ['abcd']);
      await Promise.resolve();
      // The first change is analysed at once; the later ones, less than a frame after it, wait
      // for the frame, which takes the last.
      expect(analysedTexts()).toEqual(['ab']);
      frame();
      expect(analysedTexts()).toEqual(['ab', 'abcd']);
      // A change right after that frame's analysis waits for the next frame too.
      setLines(editor, ['abcde']);
      await Promise.resolve();
      expect(analysedTexts()).toHaveLength(2);
      frame();
      expect(analysedTexts().at(-1)).toBe('abcde');
      // A frame's time later, a change is handled at once again.
      clock += 17;
      setLines(editor, ['abcdef']);
      await Promise.resolve();
      expect(analysedTexts().at(-1)).toBe('abcdef');
    } finally {
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    }
  });

  it('looks for composers again only when the page changed outside the editors', async () => {
    const { container, editor } = draftComposer(['Hei']);
    document.body.append(h('div', { 'data-testid': 'primaryColumn' }, container));
    const lookups = vi.spyOn(document, 'querySelectorAll');
    const composerLookups = () =>
      lookups.mock.calls.filter(([selector]) => String(selector).includes('tweetTextarea')).length;
    start();
    await frames();
    const afterStart = composerLookups();
    for (const text of ['Hei d', 'Hei du', 'Hei du!']) {
      setLines(editor, [text]);
      await frames();
    }
    expect(composerLookups()).toBe(afterStart);
    expect(tabStates().at(-1)).toMatchObject({ composers: [{ text: 'Hei du!' }] });
    // X opens the reply modal: a change outside the editor, and a second composer is found.
    const second = draftComposer(['Svar'], 0);
    document.body.append(modal(second.container));
    await frames();
    expect(composerLookups()).toBe(afterStart + 1);
    expect(tabStates().at(-1)).toMatchObject({
      composers: [{ id: 'home:0' }, { id: 'modal:0', text: 'Svar' }],
    });
  });

  it('keeps its highlight ranges while typing after them, and rebuilds them when a hint moves', async () => {
    const { container, editor } = draftComposer(['Nei!!! og']);
    document.body.append(container);
    start();
    await frames();
    const leaf = editor.querySelector('[data-text="true"]')?.firstChild as Text;
    const ranges = vi.spyOn(document, 'createRange');
    // Typing at the end, as Draft.js lets the browser do it: the text node grows in place.
    leaf.appendData(' ja');
    await frames();
    expect(tabStates().at(-1)).toMatchObject({ composers: [{ text: 'Nei!!! og ja' }] });
    expect(ranges).not.toHaveBeenCalled();
    // Typing before the hint moves it: fresh ranges. (A range collapsed by Draft.js rewriting its
    // text node is caught by comparing its words; happy-dom's ranges do not collapse, Chromium's do.)
    leaf.insertData(0, 'Å, ');
    await frames();
    expect(tabStates().at(-1)).toMatchObject({ composers: [{ text: 'Å, Nei!!! og ja' }] });
    expect(ranges).toHaveBeenCalled();
  });

  it('reads no layout while typing leaves the counts as they were, and places the badge when they change', async () => {
    const { container, editor } = draftComposer(['Hei']);
    document.body.append(container);
    start();
    await frames();
    // Badges are placed in the task after the frame.
    await new Promise((resolve) => setTimeout(resolve, 10));
    // The clock stands still, so the once-a-second theme check (which reads layout) stays away.
    const stopped = performance.now();
    vi.spyOn(performance, 'now').mockReturnValue(stopped);
    const boxes = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const settle = async () => {
      await frames();
      await new Promise((resolve) => setTimeout(resolve, 10));
    };
    for (const text of ['Hei d', 'Hei du', 'Hei du?']) {
      setLines(editor, [text]);
      await settle();
    }
    expect(tabStates().at(-1)).toMatchObject({ composers: [{ text: 'Hei du?' }] });
    expect(boxes).not.toHaveBeenCalled();
    setLines(editor, ['Hei du!!!']);
    await settle();
    expect(boxes).toHaveBeenCalled();
    const badge = document.querySelector('kvitter-badges')?.shadowRoot?.querySelector('button');
    expect(badge?.querySelector('[data-severity="warning"]')?.textContent).toBe('1');
  });

  it('warms the rule engine up once while the page is idle, one draft per idle callback, sending nothing', async () => {
    const idle: Array<(deadline: IdleDeadline) => void> = [];
    vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) => idle.push(callback));
    const idleFor = (ms: number): IdleDeadline => ({ didTimeout: false, timeRemaining: () => ms });
    try {
      const coach = start();
      await frames();
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      coach.reanalyse();
      coach.reanalyse();
      // Not while the page starts up: a moment later.
      expect(idle).toHaveLength(0);
      vi.advanceTimersByTime(1500);
      vi.useRealTimers();
      await frames();
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const sent = tabStates().length;
      analyze.mockClear();
      const warmed: string[] = [];
      for (let callback = idle.shift(); callback; callback = idle.shift()) {
        // A short idle period (between two keystrokes) is left alone; the next try comes later.
        callback(idleFor(5));
        expect(analyze).not.toHaveBeenCalled();
        expect(idle).toHaveLength(0);
        vi.advanceTimersByTime(1500);
        const again = idle.shift();
        if (!again) throw new Error('no idle callback asked for');
        // One draft per long idle period.
        again(idleFor(49));
        expect(analyze).toHaveBeenCalledTimes(1);
        warmed.push(analyze.mock.calls[0]?.[0].text ?? '');
        analyze.mockClear();
      }
      expect(warmed.some((text) => text.includes('https://'))).toBe(true);
      expect(warmed.some((text) => /\p{Extended_Pictographic}/u.test(text))).toBe(true);
      expect(warmed.some((text) => text.includes('#'))).toBe(true);
      // Only once, however often the strategy changes; and none of it reaches the panel.
      expect(warmed).toHaveLength(new Set(warmed).size);
      expect(tabStates()).toHaveLength(sent);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  it('asks for the analysis engine only once someone writes: a composer focused, or holding text', async () => {
    const writing = vi.fn();
    const { container, editor } = draftComposer(['']);
    document.body.append(h('div', { 'data-testid': 'primaryColumn' }, container));
    new Coach({ ctx, analyze, writing, send: (m) => sent.push(m), language: () => 'nn' }).start();
    await frames();
    // Reading the home timeline, with X's empty home box on screen, loads no engine.
    expect(tabStates().at(-1)).toMatchObject({ composers: [{ status: 'ok', text: '' }] });
    expect(writing).not.toHaveBeenCalled();
    editor.tabIndex = 0;
    editor.focus();
    await frames();
    expect(writing).toHaveBeenCalledTimes(1);
    setLines(editor, ['Hei']);
    await frames();
    expect(writing).toHaveBeenCalledTimes(1);
  });

  it('asks for the engine at once for a draft that already holds text (a restored draft)', async () => {
    const writing = vi.fn();
    document.body.append(draftComposer(['Utkast fra i går']).container);
    new Coach({ ctx, analyze, writing, send: (m) => sent.push(m), language: () => 'nn' }).start();
    await frames();
    expect(writing).toHaveBeenCalledTimes(1);
  });

  it('tells the side panel that a draft cannot be checked when the engine failed to load', async () => {
    analyze.mockImplementation((draft) => (draft.text === '' ? fakeAnalyze(draft) : null));
    const { container, editor } = draftComposer(['']);
    document.body.append(container);
    const coach = start();
    await frames();
    expect(tabStates().at(-1)).toMatchObject({ composers: [{ status: 'ok', text: '' }] });
    coach.analysisFailed('analysis engine did not load: TypeError: Failed to fetch');
    setLines(editor, ['Hei']);
    await frames();
    expect(tabStates().at(-1)).toMatchObject({
      composers: [
        { status: 'unreadable', id: 'home:0', reason: expect.stringContaining('engine did not load') },
      ],
    });
  });

  it('warms up only an engine that is there, at once when it arrives after start-up', async () => {
    const idle: Array<(deadline: IdleDeadline) => void> = [];
    vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) => idle.push(callback));
    const long: IdleDeadline = { didTimeout: false, timeRemaining: () => 49 };
    let clock = 0;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      // The strategy is here, the engine is not: only empty drafts get a report.
      analyze.mockImplementation((draft) => (draft.text === '' ? fakeAnalyze(draft) : null));
      const coach = new Coach({
        ctx,
        analyze,
        send: (m) => sent.push(m),
        language: () => 'nn',
        now: () => clock,
      });
      coach.start();
      coach.reanalyse();
      vi.advanceTimersByTime(1499);
      expect(idle).toHaveLength(0);
      vi.advanceTimersByTime(1);
      idle.shift()?.(long);
      expect(analyze).toHaveBeenCalledTimes(1);
      expect(idle).toHaveLength(0);
      // Someone clicks into the box a minute later; the engine arrives and the entrypoint reanalyses.
      clock = 60_000;
      analyze.mockClear();
      analyze.mockImplementation(fakeAnalyze);
      coach.reanalyse();
      vi.advanceTimersByTime(0);
      let runs = 0;
      for (let callback = idle.shift(); callback; callback = idle.shift(), runs++) callback(long);
      expect(runs).toBeGreaterThanOrEqual(5);
      expect(new Set(analyze.mock.calls.map(([draft]) => draft.text)).size).toBe(runs);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  it('tells the side panel about a composer it cannot read', async () => {
    document.body.append(h('div', { 'data-testid': 'tweetTextarea_0', contenteditable: 'true' }));
    start();
    await frames();
    expect(tabStates().at(-1)).toMatchObject({
      composers: [{ status: 'unreadable', id: 'home:0', reason: expect.stringMatching(/Draft\.js/) }],
    });
  });

  it('never inserts anything into the editor, and puts a badge with the counts beside it', async () => {
    const { container, editor } = draftComposer(['Nei!!!']);
    document.body.append(container);
    const before = editor.outerHTML;
    start();
    await frames();
    // Badges are placed in the task after the frame, when layout is fresh.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(editor.outerHTML).toBe(before);
    const badge = document.querySelector('kvitter-badges')?.shadowRoot?.querySelector('button');
    expect(badge?.dataset.composerId).toBe('home:0');
    expect(badge?.querySelector('[data-severity="warning"]')?.textContent).toBe('1');
    expect(badge?.getAttribute('aria-label')).toContain('1 åtvaringar');
    badge?.click();
    expect(sent.at(-1)).toEqual({ type: 'open-coach' });
  });

  it('logs a post once X empties the composer after a click on Post, without its text', async () => {
    const { container, editor } = draftComposer(['Innlegg med #nynorsk']);
    const button = h('button', { 'data-testid': 'tweetButtonInline' }, 'Post');
    document.body.append(h('div', { 'data-testid': 'primaryColumn' }, h('div', {}, container, button)));
    start();
    await frames();
    button.click();
    await frames();
    expect(sent.some((m) => m.type === 'post-made')).toBe(false);
    setLines(editor, ['']);
    await frames();
    expect(sent.filter((m) => m.type === 'post-made')).toEqual([
      { type: 'post-made', kind: 'post', language: 'nn', hashtagCount: 1 },
    ]);
  });

  it('logs a reply posted with Ctrl+Enter when the modal closes', async () => {
    const { container, editor } = draftComposer(['Takk for sist, her er tallene']);
    const layers = modal(h('article', { 'data-testid': 'tweet' }, 'Spørsmål'), container);
    document.body.append(layers);
    start();
    await frames();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    layers.remove();
    await frames();
    expect(sent.filter((m) => m.type === 'post-made')).toEqual([
      { type: 'post-made', kind: 'reply', language: 'nn', hashtagCount: 0 },
    ]);
  });

  it('tells once when the repost menu opens', async () => {
    const repost = h('button', { 'data-testid': 'retweet' });
    document.body.append(repost);
    start();
    await frames();
    repost.click();
    document.body.append(h('div', { role: 'menu' }, h('div', { 'data-testid': 'retweetConfirm' })));
    await frames();
    expect(sent.filter((m) => m.type === 'repost-menu-opened')).toHaveLength(1);
  });

  it('adds nothing to the context per keystroke (a tab may stay open for days)', async () => {
    const { container, editor } = draftComposer(['a']);
    document.body.append(container);
    const onAbort = vi.spyOn(ctx.signal, 'addEventListener');
    start();
    await frames();
    const afterStart = onAbort.mock.calls.length;
    for (let i = 0; i < 20; i++) {
      setLines(editor, [`a${'b'.repeat(i)}`]);
      await frames(1);
    }
    expect(onAbort.mock.calls.length).toBe(afterStart);
  });

  it('stops observing when the extension is updated or removed', async () => {
    const { container, editor } = draftComposer(['før']);
    document.body.append(container);
    start();
    await frames();
    ctx.notifyInvalidated();
    const count = sent.length;
    setLines(editor, ['etter']);
    await frames();
    expect(sent).toHaveLength(count);
    expect(document.querySelector('kvitter-badges')).toBeNull();
  });
});
