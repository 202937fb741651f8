import { afterEach, describe, expect, it, vi } from 'vitest';
import { HintOverlay } from '../../lib/x/overlay';
import { themeOf } from '../../lib/x/theme';
import { draftComposer, page } from './dom';

/** A document whose body X painted `colour`. */
function documentWithBackground(colour: string): Document {
  const doc = document.implementation.createHTMLDocument('x');
  vi.spyOn(doc, 'defaultView', 'get').mockReturnValue(window);
  vi.spyOn(window, 'getComputedStyle').mockReturnValue({ backgroundColor: colour } as CSSStyleDeclaration);
  return doc;
}

describe('themeOf', () => {
  it.each([
    ['rgb(255, 255, 255)', 'light'],
    ['rgb(21, 32, 43)', 'dim'],
    ['rgb(0, 0, 0)', 'dark'],
    ['rgba(0, 0, 0, 0)', 'light'],
  ])('reads %s as %s', (colour, theme) => {
    expect(themeOf(documentWithBackground(colour))).toBe(theme);
  });
});

describe('HintOverlay with the Highlight API', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('registers the ranges by severity and styles them for the theme, leaving the editor alone', () => {
    const registry = new Map<string, { ranges: Range[] }>();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal(
      'Highlight',
      class {
        ranges: Range[];
        constructor(...ranges: Range[]) {
          this.ranges = ranges;
        }
      },
    );
    const { container, editor } = draftComposer(['Hei ALLE']);
    page('/home', container);
    const before = editor.outerHTML;
    const doc = documentWithBackground('rgb(0, 0, 0)');
    vi.spyOn(doc, 'defaultView', 'get').mockReturnValue(window);
    const range = document.createRange();
    range.selectNodeContents(editor);

    const overlay = new HintOverlay(doc);
    expect(overlay.mode).toBe('highlights');
    overlay.render([{ range, severity: 'warning' }], themeOf(doc));
    expect(registry.get('kvitter-warning')?.ranges).toEqual([range]);
    expect(registry.has('kvitter-error')).toBe(false);
    const style = doc.head.querySelector('style[data-kvitter="highlights"]')?.textContent ?? '';
    // The lighter line colours of the dark palette, not the light theme's.
    expect(style).toContain('::highlight(kvitter-warning)');
    expect(style).toContain('rgb(255, 205, 80)');
    expect(editor.outerHTML).toBe(before);

    overlay.destroy();
    expect(registry.size).toBe(0);
    expect(doc.head.querySelector('style[data-kvitter]')).toBeNull();
  });
});

describe('HintOverlay without the Highlight API', () => {
  afterEach(() => vi.restoreAllMocks());

  it('draws a box per line rectangle in its own shadow root, outside the editor', () => {
    const { container, editor } = draftComposer(['Nei nei NEI']);
    page('/home', container);
    const before = editor.outerHTML;
    const range = document.createRange();
    const text = editor.querySelector('[data-text="true"]')?.firstChild as Text;
    range.setStart(text, 8);
    range.setEnd(text, 11);
    // happy-dom has no layout: give the range the rectangle a browser would.
    vi.spyOn(range, 'getClientRects').mockReturnValue([
      new DOMRect(80, 20, 30, 18),
    ] as unknown as DOMRectList);

    const overlay = new HintOverlay(document);
    expect(overlay.mode).toBe('boxes');
    overlay.render([{ range, severity: 'error' }], 'light');
    const host = document.querySelector('kvitter-highlights');
    expect(host?.parentElement).toBe(document.body);
    const boxes = [...(host?.shadowRoot?.querySelectorAll<HTMLElement>('.mark') ?? [])];
    expect(
      boxes.map((box) => [box.dataset.severity, box.style.left, box.style.top, box.style.width]),
    ).toEqual([['error', '80px', '20px', '30px']]);
    expect(editor.outerHTML).toBe(before);

    overlay.render([], 'light');
    expect(host?.shadowRoot?.querySelectorAll('.mark')).toHaveLength(0);
    overlay.destroy();
    expect(document.querySelector('kvitter-highlights')).toBeNull();
  });
});
