import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentMessage } from '../../lib/messaging/protocol';
import type { DraftInput, DraftReport } from '../../lib/rules/types';
import { Coach, type CoachDeps } from '../../lib/x/coach';
import { draftComposer, h, modal, page, setLines, shownPost } from './dom';

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
};
/** Frames, then the geometry task that follows them. */
const settle = async () => {
  await frames();
  await new Promise((resolve) => setTimeout(resolve, 10));
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

/** Focuses a composer's editor, as a click into it does. */
function focus(editor: HTMLElement): void {
  editor.tabIndex = 0;
  editor.focus();
}

describe('Coach', () => {
  let ctx: ContentScriptContext;
  let sent: ContentMessage[];
  let analyze: ReturnType<typeof vi.fn<(draft: DraftInput) => DraftReport | null>>;

  const start = (deps: Partial<CoachDeps> = {}) => {
    const coach = new Coach({
      ctx,
      analyze,
      send: (m) => sent.push(m),
      language: () => 'nn',
      overlayShadow: 'open',
      ...deps,
    });
    coach.start();
    return coach;
  };
  const tabStates = () => sent.filter((m) => m.type === 'tab-state');
  const lastComposers = () => {
    const last = tabStates().at(-1);
    return last?.type === 'tab-state' ? last.composers : [];
  };
  /** What Kvitter added to the page: anything after <body>. */
  const added = () =>
    [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body);
  const overlayRoot = () => added()[0]?.shadowRoot ?? null;

  beforeEach(() => {
    page('/home');
    ctx = new ContentScriptContext('x-test');
    sent = [];
    analyze = vi.fn(fakeAnalyze);
  });
  afterEach(() => {
    ctx.notifyInvalidated();
    vi.restoreAllMocks();
    for (const element of added()) element.remove();
  });

  describe('while nobody writes', () => {
    it('reports the composers it found at start, and nothing of the page it does not watch', async () => {
      const { container } = draftComposer(['']);
      document.body.append(h('div', { 'data-testid': 'primaryColumn' }, container));
      start();
      await frames();
      expect(lastComposers()).toMatchObject([{ status: 'ok', id: 'home:0', text: '' }]);
      expect(added()).toEqual([]);
    });

    it('costs nothing while X changes the page: no query, no analysis, no frame', async () => {
      const timeline = h('section', {});
      const { container } = draftComposer(['']);
      document.body.append(h('div', { 'data-testid': 'primaryColumn' }, container, timeline));
      start();
      await frames();
      const queries = vi.spyOn(document, 'querySelectorAll');
      const query = vi.spyOn(document, 'querySelector');
      const rafs = vi.spyOn(window, 'requestAnimationFrame');
      analyze.mockClear();
      // A live timeline: posts streaming in, counts and times ticking, even a composer appearing.
      for (let i = 0; i < 50; i++) timeline.append(shownPost(`Innlegg ${i}`));
      for (const text of timeline.querySelectorAll('[data-testid="tweetText"]'))
        text.textContent += ' (endret)';
      timeline.append(draftComposer(['Noen andres utkast'], 1).container);
      await frames();
      expect(queries).not.toHaveBeenCalled();
      expect(query).not.toHaveBeenCalled();
      expect(analyze).not.toHaveBeenCalled();
      expect(rafs.mock.calls.length).toBe(2); // the test's own two frames
    });

    it('draws nothing for an empty composer nobody is in', async () => {
      document.body.append(draftComposer(['']).container);
      start();
      await settle();
      expect(added()).toEqual([]);
    });
  });

  describe('someone writes', () => {
    it('finds a composer when someone clicks into it, then reports each change of its draft once', async () => {
      start();
      await frames();
      expect(lastComposers()).toEqual([]);
      const { container, editor } = draftComposer(['']);
      document.body.append(h('div', { 'data-testid': 'primaryColumn' }, container));
      focus(editor);
      await frames();
      expect(lastComposers()).toMatchObject([{ status: 'ok', id: 'home:0', kind: 'post', text: '' }]);

      setLines(editor, ['Hei!!!']);
      await frames();
      expect(lastComposers()[0]).toMatchObject({
        text: 'Hei!!!',
        report: { hints: [{ ruleId: 'shouting', range: { start: 3, end: 6 } }] },
      });
      // Draft.js remounting the same text is not a change the panel needs to hear about.
      const count = tabStates().length;
      setLines(editor, ['Hei!!!']);
      await frames();
      expect(tabStates()).toHaveLength(count);
    });

    it('reports a draft that already holds text when the page loads (a restored draft)', async () => {
      const writing = vi.fn();
      document.body.append(draftComposer(['Utkast fra i går']).container);
      start({ writing });
      await frames();
      expect(lastComposers()).toMatchObject([{ status: 'ok', text: 'Utkast fra i går' }]);
      expect(writing).toHaveBeenCalledTimes(1);
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
      document.body.append(draftComposer(['Hei']).container);
      analyze.mockReturnValue(null);
      const coach = start();
      await frames();
      expect(tabStates()).toHaveLength(0);
      analyze.mockImplementation(fakeAnalyze);
      coach.reanalyse();
      await frames();
      expect(lastComposers()).toMatchObject([{ status: 'ok', text: 'Hei' }]);
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
        expect(lastComposers()).toMatchObject([{ text: 'Hei' }]);
        await new Promise((resolve) => setTimeout(resolve, 150));
        expect(lastComposers()).toMatchObject([{ text: 'Hei igjen' }]);
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
      expect(lastComposers()).toMatchObject([{ text: 'Hei!!!' }]);
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

    it('looks for composers again only when one may have come: typing needs no search', async () => {
      const { container, editor } = draftComposer(['Hei']);
      document.body.append(
        h('div', { 'data-testid': 'primaryColumn' }, container),
        h('div', { id: 'layers' }),
      );
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
      expect(lastComposers()).toMatchObject([{ text: 'Hei du!' }]);
      // X opens the reply modal in its layer, which the coach watches while someone writes.
      const second = draftComposer(['Svar'], 0);
      document.querySelector('#layers')?.append(h('div', { role: 'dialog' }, second.container));
      await frames();
      expect(composerLookups()).toBe(afterStart + 1);
      expect(lastComposers()).toMatchObject([{ id: 'home:0' }, { id: 'modal:0', text: 'Svar' }]);
    });

    it('finds the composers of the new page after X navigates', async () => {
      start();
      await frames();
      // X's single-page navigation: history changes, the new page renders, no load.
      window.history.pushState(null, '', '/kari/status/1');
      document.body.replaceChildren(draftComposer(['Svar til Kari']).container);
      // WXT notices a new location within a second.
      await vi.waitFor(
        () => expect(lastComposers()).toMatchObject([{ id: 'inline-reply:0', kind: 'reply' }]),
        {
          timeout: 3000,
        },
      );
    });

    it('asks for the analysis engine only once someone writes: a composer focused, or holding text', async () => {
      const writing = vi.fn();
      const { container, editor } = draftComposer(['']);
      document.body.append(h('div', { 'data-testid': 'primaryColumn' }, container));
      start({ writing });
      await frames();
      expect(writing).not.toHaveBeenCalled();
      focus(editor);
      await frames();
      expect(writing).toHaveBeenCalledTimes(1);
      setLines(editor, ['Hei']);
      await frames();
      expect(writing).toHaveBeenCalledTimes(1);
    });

    it('tells the side panel that a draft cannot be checked when the engine failed to load', async () => {
      analyze.mockImplementation((draft) => (draft.text === '' ? fakeAnalyze(draft) : null));
      const { container, editor } = draftComposer(['']);
      document.body.append(container);
      const coach = start();
      focus(editor);
      await frames();
      expect(lastComposers()).toMatchObject([{ status: 'ok', text: '' }]);
      coach.analysisFailed('analysis engine did not load: TypeError: Failed to fetch');
      setLines(editor, ['Hei']);
      await frames();
      expect(lastComposers()).toMatchObject([
        { status: 'unreadable', id: 'home:0', reason: expect.stringContaining('engine did not load') },
      ]);
    });

    it('tells the side panel about a composer it cannot read', async () => {
      document.body.append(h('div', { 'data-testid': 'tweetTextarea_0', contenteditable: 'true' }));
      start();
      await frames();
      expect(lastComposers()).toMatchObject([
        { status: 'unreadable', id: 'home:0', reason: expect.stringMatching(/Draft\.js/) },
      ]);
    });

    it('reads the phone layout’s textarea, with the test id on it or on its wrapper', async () => {
      page(
        '/compose/post',
        h(
          'div',
          { 'data-testid': 'tweetTextarea_0_label' },
          h('div', { 'data-testid': 'tweetTextarea_0' }, h('textarea', {})),
        ),
      );
      const textarea = document.querySelector('textarea') as HTMLTextAreaElement;
      start();
      textarea.focus();
      await frames();
      textarea.value = 'Fra mobilen!!!';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
      await frames();
      expect(lastComposers()).toMatchObject([
        { status: 'ok', id: 'mobile:0', text: 'Fra mobilen!!!', report: { hints: [{ ruleId: 'shouting' }] } },
      ]);
    });
  });

  describe('what it draws', () => {
    it('never touches the editor; its only element holds a badge with the counts, which opens the coach', async () => {
      const { container, editor } = draftComposer(['Nei!!!']);
      document.body.append(container);
      const before = editor.outerHTML;
      start();
      await settle();
      expect(editor.outerHTML).toBe(before);
      expect(added()).toHaveLength(1);
      const badge = overlayRoot()?.querySelector<HTMLButtonElement>('button[data-composer-id="home:0"]');
      expect(badge?.querySelector('[data-severity="warning"]')?.textContent).toBe('1');
      expect(badge?.getAttribute('aria-label')).toContain('1 åtvaringar');
      badge?.click();
      expect(sent.at(-1)).toEqual({ type: 'open-coach' });
    });

    it('keeps what it draws in a closed shadow root on x.com, out of the page scripts’ reach', async () => {
      document.body.append(draftComposer(['Nei!!!']).container);
      start({ overlayShadow: undefined });
      await settle();
      expect(added()).toHaveLength(1);
      expect(added()[0]?.shadowRoot).toBeNull();
      expect(added()[0]?.outerHTML).not.toMatch(/kvitter/i);
      expect(document.documentElement.dataset.kvitter).toBeUndefined();
      expect(document.querySelector('style, [data-kvitter]')).toBeNull();
    });

    it('reads no layout while typing leaves the hints as they were, and measures when they change', async () => {
      const { container, editor } = draftComposer(['Hei']);
      document.body.append(container);
      start();
      await settle();
      // The clock stands still, so the once-a-second theme check stays away.
      const stopped = performance.now();
      vi.spyOn(performance, 'now').mockReturnValue(stopped);
      const boxes = vi.spyOn(Element.prototype, 'getBoundingClientRect');
      for (const text of ['Hei d', 'Hei du', 'Hei du?']) {
        setLines(editor, [text]);
        await settle();
      }
      expect(lastComposers()).toMatchObject([{ text: 'Hei du?' }]);
      expect(boxes).not.toHaveBeenCalled();
      setLines(editor, ['Hei du!!!']);
      await settle();
      expect(boxes).toHaveBeenCalled();
      const badge = overlayRoot()?.querySelector('button');
      expect(badge?.querySelector('[data-severity="warning"]')?.textContent).toBe('1');
    });

    it('takes everything away once nobody writes any more', async () => {
      const { container, editor } = draftComposer(['']);
      document.body.append(container, h('button', {}, 'elsewhere'));
      start();
      focus(editor);
      await settle();
      expect(added()).toHaveLength(1);
      (document.querySelector('button') as HTMLButtonElement).focus();
      await settle();
      expect(added()).toEqual([]);
    });
  });

  describe('what it hears of the page', () => {
    it('logs a post once X empties the composer after a click on Post, without its text', async () => {
      const { container, editor } = draftComposer(['Innlegg med #nynorsk']);
      const button = h('button', { 'data-testid': 'tweetButtonInline' }, 'Post');
      document.body.append(h('div', { 'data-testid': 'primaryColumn' }, h('div', {}, container, button)));
      start();
      await frames();
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(sent.some((m) => m.type === 'post-made')).toBe(false);
      setLines(editor, ['']);
      await new Promise((resolve) => setTimeout(resolve, 250));
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
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(sent.filter((m) => m.type === 'post-made')).toEqual([
        { type: 'post-made', kind: 'reply', language: 'nn', hashtagCount: 0 },
      ]);
    });

    it('sends every part of a thread with the modal’s button, wherever X puts it', async () => {
      const part0 = draftComposer(['Første del'], 0);
      const part1 = draftComposer(['Andre del #a'], 1);
      const button = h('button', { 'data-testid': 'tweetButton' }, 'Post all');
      // X puts the toolbar, and the button, inside the active part.
      const layers = modal(
        h('div', {}, part0.container),
        h('div', {}, part1.container, h('div', {}, button)),
      );
      document.body.append(layers);
      start();
      await frames();
      button.click();
      layers.remove();
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(sent.filter((m) => m.type === 'post-made')).toEqual([
        { type: 'post-made', kind: 'post', language: 'nn', hashtagCount: 1 },
      ]);
    });

    it('tells once when the repost menu opens, by click or by X’s keyboard shortcut', async () => {
      const repost = h('button', { 'data-testid': 'retweet' });
      document.body.append(repost);
      start();
      await frames();
      repost.click();
      repost.click();
      expect(sent.filter((m) => m.type === 'repost-menu-opened')).toHaveLength(1);
      vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 5000);
      document.body.append(h('div', { role: 'menu' }, h('div', { 'data-testid': 'retweetConfirm' })));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 't', bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(sent.filter((m) => m.type === 'repost-menu-opened')).toHaveLength(2);
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

    it('stops observing and takes its overlay away when the extension is updated or removed', async () => {
      const { container, editor } = draftComposer(['før!!!']);
      document.body.append(container);
      start();
      await settle();
      expect(added()).toHaveLength(1);
      ctx.notifyInvalidated();
      const count = sent.length;
      setLines(editor, ['etter']);
      await frames();
      expect(sent).toHaveLength(count);
      expect(added()).toEqual([]);
    });
  });

  describe('warm-up', () => {
    it('warms the rule engine up once while the page is idle, one draft per idle callback, sending nothing', async () => {
      const idle: Array<(deadline: IdleDeadline) => void> = [];
      vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) =>
        idle.push(callback),
      );
      const idleFor = (ms: number): IdleDeadline => ({ didTimeout: false, timeRemaining: () => ms });
      try {
        // Someone writes, so the engine is (being) loaded.
        document.body.append(draftComposer(['Hei']).container);
        const coach = start();
        await frames();
        vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        coach.reanalyse();
        coach.reanalyse();
        // Not while the page starts up: a moment later.
        expect(idle).toHaveLength(0);
        vi.advanceTimersByTime(1500);
        const sentBefore = tabStates().length;
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
        expect(tabStates()).toHaveLength(sentBefore);
      } finally {
        vi.useRealTimers();
        vi.unstubAllGlobals();
      }
    });

    it('warms nothing up while nobody writes, and warms the engine up once it arrives', async () => {
      const idle: Array<(deadline: IdleDeadline) => void> = [];
      vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) =>
        idle.push(callback),
      );
      const long: IdleDeadline = { didTimeout: false, timeRemaining: () => 49 };
      try {
        // The strategy is here, the engine is not: only empty drafts get a report.
        analyze.mockImplementation((draft) => (draft.text === '' ? fakeAnalyze(draft) : null));
        const { container, editor } = draftComposer(['']);
        document.body.append(container);
        const coach = start();
        await frames();
        vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        // The strategy arrives while someone only reads: no timer, no idle callback.
        coach.reanalyse();
        vi.advanceTimersByTime(60_000);
        expect(idle).toHaveLength(0);
        vi.useRealTimers();
        // Someone clicks into the box; the engine arrives and the entrypoint reanalyses.
        focus(editor);
        await frames();
        vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        analyze.mockClear();
        analyze.mockImplementation(fakeAnalyze);
        coach.reanalyse();
        vi.advanceTimersByTime(1500);
        let runs = 0;
        for (let callback = idle.shift(); callback; callback = idle.shift(), runs++) callback(long);
        expect(runs).toBeGreaterThanOrEqual(5);
        expect(new Set(analyze.mock.calls.map(([draft]) => draft.text)).size).toBeGreaterThanOrEqual(runs);
      } finally {
        vi.useRealTimers();
        vi.unstubAllGlobals();
      }
    });
  });
});
