import type { UiLanguage } from '../core/languages';
import type { Severity } from '../core/types';
import { format } from '../i18n/index';
import { xMessages } from './messages';
import type { OverlayLayers } from './overlay';
import { paintFor, type XTheme } from './theme';

/**
 * A small count of hints by severity by each composer someone writes in, drawn in the overlay
 * (never inside X's markup). Clicking it asks for the side panel.
 */

export type Box = { left: number; top: number; right: number; bottom: number };

export type BadgeState = {
  composerId: string;
  /** The badge's top-right corner in its layer's coordinates. */
  at: { right: number; top: number };
  fixed: boolean;
  /** Hidden while it would cover something of X's (the typeahead), or the composer has no box. */
  hidden: boolean;
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

/** The badges of one document's composers. */
export class Badges {
  private readonly buttons = new Map<string, HTMLButtonElement>();

  constructor(
    private readonly doc: Document,
    private readonly onOpen: () => void,
  ) {}

  /** Shows one badge per state (creating, moving or relabelling it) and removes the others. */
  render(layers: OverlayLayers, states: BadgeState[], theme: XTheme): void {
    const live = new Set<string>();
    for (const state of states) {
      live.add(state.composerId);
      const button = this.button(state.composerId);
      const layer = state.fixed ? layers.fixed : layers.page;
      if (button.parentElement !== layer) layer.append(button);
      // Written only when changed: every style write invalidates the badge's style for the next frame.
      const left = `${state.at.right}px`;
      const top = `${state.at.top}px`;
      if (button.style.left !== left) button.style.left = left;
      if (button.style.top !== top) button.style.top = top;
      if (button.hidden !== state.hidden) button.hidden = state.hidden;
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

  /** Forgets every badge (the overlay host they lived in is gone). */
  clear(): void {
    this.buttons.clear();
  }

  private button(id: string): HTMLButtonElement {
    let button = this.buttons.get(id);
    if (!button?.isConnected) {
      button = this.doc.createElement('button');
      button.type = 'button';
      button.dataset.composerId = id;
      button.addEventListener('click', (event) => {
        event.preventDefault();
        event.stopPropagation();
        this.onOpen();
      });
      this.buttons.set(id, button);
    }
    return button;
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
}
