import { severities } from '../core/types';
import { paintFor, type XTheme } from './theme';

/**
 * The one element Kvitter adds to x.com while someone writes: a plain host after `<body>` with a
 * closed shadow root, so the page's scripts can see that something is drawn but not what (no
 * marked words, no hint texts, no names of Kvitter's). It is removed whenever nothing is drawn.
 * Two layers: one in page coordinates, which scrolls with the page by itself (no work per
 * scroll), and one fixed to the viewport for X's modal layer, which does not scroll.
 */

const css = `
.page, .fixed { position: absolute; left: 0; top: 0; width: 0; height: 0; overflow: visible; }
.fixed { position: fixed; }
.mark { position: absolute; box-sizing: border-box; border-radius: 2px; pointer-events: none; }
button { position: absolute; pointer-events: auto; display: inline-flex; gap: 4px; align-items: center;
  height: 20px; padding: 0 6px; border-radius: 10px; border: 1px solid var(--edge); background: var(--bg);
  color: var(--fg); font: 600 11px/1 system-ui, sans-serif; cursor: pointer; transform: translate(-100%, 0);
  white-space: nowrap; margin: 0; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.dot { display: inline-block; width: 7px; height: 7px; border-radius: 50%; margin-right: 2px; }
`;

/** The host's own box: nothing of the page's CSS may move, hide or size it. */
const hostStyle: Record<string, string> = {
  all: 'initial',
  position: 'absolute',
  left: '0',
  top: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'pointer-events': 'none',
  'z-index': '2147483647',
  display: 'block',
};

function themeCss(theme: XTheme): string {
  const light = theme === 'light';
  const marks = severities.map((severity) => {
    const { line, fill } = paintFor(theme, severity);
    return `.mark.${severity} { background: ${fill}; border-bottom: 2px solid ${line}; }`;
  });
  return [
    `:host { --bg: ${light ? 'rgb(255, 255, 255)' : 'rgb(32, 35, 39)'};`,
    `  --fg: ${light ? 'rgb(15, 20, 25)' : 'rgb(231, 233, 234)'};`,
    `  --edge: ${light ? 'rgb(207, 217, 222)' : 'rgb(83, 100, 113)'};`,
    `  --focus: ${light ? 'rgb(29, 155, 240)' : 'rgb(120, 190, 255)'}; }`,
    ...marks,
  ].join('\n');
}

/** Where things are drawn: page coordinates or the viewport's, marks below badges in each. */
export type OverlayLayers = {
  page: HTMLElement;
  fixed: HTMLElement;
  pageMarks: HTMLElement;
  fixedMarks: HTMLElement;
};

/** The overlay host of one document. */
export class Overlay {
  private host: HTMLElement | undefined;
  private layers: OverlayLayers | undefined;
  private themeStyle: HTMLStyleElement | undefined;
  private theme: XTheme | undefined;

  /** `shadow: 'open'` is for unit tests, which must look inside; x.com always gets a closed root. */
  constructor(
    private readonly doc: Document,
    private readonly shadow: ShadowRootMode = 'closed',
  ) {}

  /** The layers, creating the host (in `theme`'s colours) if it is not on the page. */
  open(theme: XTheme): OverlayLayers {
    if (!this.host?.isConnected || !this.layers || !this.themeStyle) {
      this.host?.remove();
      const host = this.doc.createElement('div');
      for (const [name, value] of Object.entries(hostStyle)) host.style.setProperty(name, value, 'important');
      const root = host.attachShadow({ mode: this.shadow });
      const base = this.doc.createElement('style');
      base.textContent = css;
      this.themeStyle = this.doc.createElement('style');
      const layer = (className: string) => {
        const element = this.doc.createElement('div');
        element.className = className;
        return element;
      };
      const page = layer('page');
      const fixed = layer('fixed');
      const pageMarks = layer('marks');
      const fixedMarks = layer('marks');
      page.append(pageMarks);
      fixed.append(fixedMarks);
      root.append(base, this.themeStyle, page, fixed);
      this.doc.documentElement.append(host);
      this.host = host;
      this.layers = { page, fixed, pageMarks, fixedMarks };
      this.theme = undefined;
      if (this.shadow === 'open') this.root = root;
    }
    if (theme !== this.theme) {
      this.themeStyle.textContent = themeCss(theme);
      this.theme = theme;
    }
    return this.layers;
  }

  /** Whether the host is on the page. */
  get shown(): boolean {
    return this.host?.isConnected ?? false;
  }

  /** For unit tests only (an open root): what is drawn. */
  root: ShadowRoot | undefined;

  /** Takes the host off the page. */
  close(): void {
    this.host?.remove();
    this.host = undefined;
    this.layers = undefined;
    this.root = undefined;
  }
}
