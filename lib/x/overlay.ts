import { type Severity, severities } from '../core/types';
import { paintFor, type XTheme } from './theme';

/**
 * Draws hint ranges over the composers without touching the editor. Where the browser has the CSS
 * Custom Highlight API the ranges are registered with `CSS.highlights` and styled by a stylesheet
 * in the document's head (the editor's DOM stays as Draft.js left it); elsewhere boxes from
 * `Range.getClientRects()` are drawn in a shadow root appended to `document.body`.
 */

export type Mark = { range: Range; severity: Severity };

const highlightName = (severity: Severity) => `kvitter-${severity}`;

/** True when this document's window offers `CSS.highlights` and the `Highlight` constructor. */
export function supportsHighlights(doc: Document): boolean {
  const view = doc.defaultView as (Window & { CSS?: { highlights?: unknown }; Highlight?: unknown }) | null;
  return Boolean(view?.CSS?.highlights && typeof view.Highlight === 'function');
}

function highlightStyles(theme: XTheme): string {
  return severities
    .map((severity) => {
      const { line, fill } = paintFor(theme, severity);
      return `::highlight(${highlightName(severity)}) { background-color: ${fill}; text-decoration: underline wavy ${line}; text-decoration-skip-ink: none; }`;
    })
    .join('\n');
}

function boxStyles(theme: XTheme): string {
  const rules = severities.map((severity) => {
    const { line, fill } = paintFor(theme, severity);
    return `.mark.${severity} { background: ${fill}; border-bottom: 2px solid ${line}; }`;
  });
  return [
    ':host { all: initial; }',
    '.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483000; }',
    '.mark { position: fixed; box-sizing: border-box; border-radius: 2px; }',
    ...rules,
  ].join('\n');
}

/** The highlight layer for one document; `render` replaces everything drawn before. */
export class HintOverlay {
  private readonly useHighlights: boolean;
  private theme: XTheme | undefined;
  private style: HTMLStyleElement | undefined;
  private host: HTMLElement | undefined;
  private layer: HTMLElement | undefined;
  private boxStyle: HTMLStyleElement | undefined;

  constructor(private readonly doc: Document) {
    this.useHighlights = supportsHighlights(doc);
  }

  /** Which technique this overlay uses, for tests and bug reports. */
  get mode(): 'highlights' | 'boxes' {
    return this.useHighlights ? 'highlights' : 'boxes';
  }

  /** Draws the given marks (fresh Ranges, built this frame) in the theme's colours, and nothing else. */
  render(marks: Mark[], theme: XTheme): void {
    if (this.useHighlights) this.renderHighlights(marks, theme);
    else this.renderBoxes(marks, theme);
  }

  private renderHighlights(marks: Mark[], theme: XTheme): void {
    const view = this.doc.defaultView as Window & {
      CSS: { highlights: Map<string, unknown> };
      Highlight: new (...ranges: Range[]) => unknown;
    };
    if (!this.style?.isConnected || theme !== this.theme) {
      this.style ??= this.doc.createElement('style');
      this.style.dataset.kvitter = 'highlights';
      this.style.textContent = highlightStyles(theme);
      if (!this.style.isConnected) (this.doc.head ?? this.doc.documentElement).append(this.style);
      this.theme = theme;
    }
    for (const severity of severities) {
      const ranges = marks.filter((mark) => mark.severity === severity).map((mark) => mark.range);
      if (ranges.length > 0) view.CSS.highlights.set(highlightName(severity), new view.Highlight(...ranges));
      else view.CSS.highlights.delete(highlightName(severity));
    }
  }

  private ensureLayer(theme: XTheme): HTMLElement {
    if (!this.host?.isConnected || !this.layer || !this.boxStyle) {
      this.host = this.doc.createElement('kvitter-highlights');
      const root = this.host.attachShadow({ mode: 'open' });
      this.boxStyle = this.doc.createElement('style');
      this.layer = this.doc.createElement('div');
      this.layer.className = 'layer';
      root.append(this.boxStyle, this.layer);
      this.doc.body.append(this.host);
      this.theme = undefined;
    }
    if (theme !== this.theme) {
      this.boxStyle.textContent = boxStyles(theme);
      this.theme = theme;
    }
    return this.layer;
  }

  private renderBoxes(marks: Mark[], theme: XTheme): void {
    if (marks.length === 0 && !this.layer) return;
    const layer = this.ensureLayer(theme);
    const boxes: HTMLElement[] = [];
    for (const { range, severity } of marks) {
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 && rect.height === 0) continue;
        const box = this.doc.createElement('div');
        box.className = `mark ${severity}`;
        box.dataset.severity = severity;
        Object.assign(box.style, {
          left: `${rect.left}px`,
          top: `${rect.top}px`,
          width: `${rect.width}px`,
          height: `${rect.height}px`,
        });
        boxes.push(box);
      }
    }
    layer.replaceChildren(...boxes);
  }

  /** Removes every highlight, stylesheet and element this overlay added. */
  destroy(): void {
    if (this.useHighlights) {
      const view = this.doc.defaultView as Window & { CSS: { highlights: Map<string, unknown> } };
      for (const severity of severities) view.CSS.highlights.delete(highlightName(severity));
    }
    this.style?.remove();
    this.host?.remove();
    this.host = undefined;
    this.layer = undefined;
  }
}
