import type { Severity } from '../core/types';
import { format, type UiLanguage } from '../i18n/index';
import { xMessages } from './messages';
import { paintFor, type XTheme } from './theme';

/**
 * A small count of hints by severity beside each composer, in its own shadow root on
 * `document.body` (never inside X's markup). Clicking it asks for the side panel.
 */

export type BadgeState = {
  composerId: string;
  /** The composer's box; the badge sits just below its bottom-right corner, above X's toolbar. */
  anchor: DOMRect;
  /** Hints per severity, or null when the composer cannot be read. */
  counts: Record<Severity, number> | null;
  /** The language of the badge's accessible label. */
  language: UiLanguage;
};

function labelOf({ counts, language }: BadgeState): string {
  if (!counts) return format(xMessages, language, 'badgeUnreadable');
  return format(xMessages, language, 'badgeLabel', {
    errors: counts.error,
    warnings: counts.warning,
    suggestions: counts.suggestion,
  });
}

const css = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483001; }
button { position: fixed; pointer-events: auto; display: inline-flex; gap: 4px; align-items: center;
  height: 20px; padding: 0 6px; border-radius: 10px; border: 1px solid var(--edge); background: var(--bg);
  color: var(--fg); font: 600 11px/1 system-ui, sans-serif; cursor: pointer; transform: translate(-100%, 0);
  white-space: nowrap; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.dot { display: inline-block; width: 7px; height: 7px; border-radius: 50%; margin-right: 2px; }
`;

/** The badges for all composers of one document. */
export class Badges {
  private host: HTMLElement | undefined;
  private layer: HTMLElement | undefined;
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private theme: XTheme | undefined;
  /** What the badges show and where, as last rendered: most calls (one per keystroke) change nothing. */
  private shown = '';

  constructor(
    private readonly doc: Document,
    private readonly onOpen: () => void,
  ) {}

  private ensureLayer(): HTMLElement {
    if (!this.host?.isConnected || !this.layer) {
      this.host = this.doc.createElement('kvitter-badges');
      const root = this.host.attachShadow({ mode: 'open' });
      const style = this.doc.createElement('style');
      style.textContent = css;
      this.layer = this.doc.createElement('div');
      this.layer.className = 'layer';
      root.append(style, this.layer);
      this.doc.body.append(this.host);
      this.buttons.clear();
      this.theme = undefined;
    }
    return this.layer;
  }

  private button(id: string, layer: HTMLElement): HTMLButtonElement {
    let button = this.buttons.get(id);
    if (!button) {
      button = this.doc.createElement('button');
      button.type = 'button';
      button.dataset.composerId = id;
      button.addEventListener('click', (event) => {
        event.preventDefault();
        event.stopPropagation();
        this.onOpen();
      });
      layer.append(button);
      this.buttons.set(id, button);
    }
    return button;
  }

  /** Shows one badge per state and removes those of composers that are gone. */
  render(states: BadgeState[], theme: XTheme): void {
    if (states.length === 0 && this.buttons.size === 0) return;
    let shown = theme;
    for (const { composerId, anchor, counts, language } of states) {
      const say = counts ? `${counts.error},${counts.warning},${counts.suggestion}` : '?';
      shown += `|${composerId} ${anchor.right} ${anchor.bottom} ${anchor.width} ${anchor.height} ${language} ${say}`;
    }
    if (shown === this.shown && this.host?.isConnected) return;
    this.shown = shown;
    const layer = this.ensureLayer();
    if (theme !== this.theme) this.paint(layer, theme);

    const live = new Set<string>();
    for (const state of states) {
      live.add(state.composerId);
      const button = this.button(state.composerId, layer);
      // Written only when moved: every style write invalidates the badge's style for the next frame.
      const left = `${state.anchor.right}px`;
      const top = `${state.anchor.bottom + 2}px`;
      if (button.style.left !== left) button.style.left = left;
      if (button.style.top !== top) button.style.top = top;
      const hidden = state.anchor.width === 0 && state.anchor.height === 0;
      if (button.hidden !== hidden) button.hidden = hidden;
      // Rebuilt only when what it says changes; positions follow every frame.
      const key = `${state.language} ${theme} ${state.counts ? JSON.stringify(state.counts) : '?'}`;
      if (button.dataset.key === key) continue;
      button.dataset.key = key;
      const label = labelOf(state);
      button.title = label;
      button.setAttribute('aria-label', label);
      button.replaceChildren(...this.content(state.counts, theme));
    }
    for (const [id, button] of this.buttons) {
      if (live.has(id)) continue;
      button.remove();
      this.buttons.delete(id);
    }
  }

  private paint(layer: HTMLElement, theme: XTheme): void {
    const light = theme === 'light';
    layer.style.setProperty('--bg', light ? 'rgb(255, 255, 255)' : 'rgb(32, 35, 39)');
    layer.style.setProperty('--fg', light ? 'rgb(15, 20, 25)' : 'rgb(231, 233, 234)');
    layer.style.setProperty('--edge', light ? 'rgb(207, 217, 222)' : 'rgb(83, 100, 113)');
    layer.style.setProperty('--focus', light ? 'rgb(29, 155, 240)' : 'rgb(120, 190, 255)');
    this.theme = theme;
  }

  private content(counts: BadgeState['counts'], theme: XTheme): Node[] {
    if (!counts) return [this.doc.createTextNode('K ?')];
    const parts: Node[] = [this.doc.createTextNode('K')];
    for (const severity of ['error', 'warning', 'suggestion'] as const) {
      if (counts[severity] === 0) continue;
      const item = this.doc.createElement('span');
      item.dataset.severity = severity;
      const dot = this.doc.createElement('span');
      dot.className = 'dot';
      dot.style.background = paintFor(theme, severity).line;
      item.append(dot, String(counts[severity]));
      parts.push(item);
    }
    if (parts.length === 1) parts.push(this.doc.createTextNode('✓'));
    return parts;
  }

  /** Removes every badge and the host element. */
  destroy(): void {
    this.host?.remove();
    this.host = undefined;
    this.layer = undefined;
    this.buttons.clear();
  }
}
