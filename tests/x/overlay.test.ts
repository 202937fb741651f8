import { afterEach, describe, expect, it, vi } from 'vitest';
import { boxesOf, renderMarks } from '../../lib/x/marks';
import { Overlay } from '../../lib/x/overlay';
import { themeOf } from '../../lib/x/theme';
import { draftComposer, page } from './dom';

/** A document whose body X painted `colour`. */
function documentWithBackground(colour: string): Document {
  const doc = document.implementation.createHTMLDocument('x');
  vi.spyOn(doc, 'defaultView', 'get').mockReturnValue(window);
  vi.spyOn(window, 'getComputedStyle').mockReturnValue({ backgroundColor: colour } as CSSStyleDeclaration);
  return doc;
}

afterEach(() => vi.restoreAllMocks());

describe('themeOf', () => {
  it.each([
    ['rgb(255, 255, 255)', 'light'],
    ['rgb(21, 32, 43)', 'dim'],
    ['rgb(0, 0, 0)', 'dark'],
    ['rgb(5, 5, 5)', 'dark'],
    ['rgba(0, 0, 0, 0)', 'light'],
  ])('reads %s as %s', (colour, theme) => {
    expect(themeOf(documentWithBackground(colour))).toBe(theme);
  });
});

describe('Overlay', () => {
  it('adds one plain element after the body, and nothing the page could read in it', () => {
    page('/home');
    const overlay = new Overlay(document);
    overlay.open('light');
    const added = document.documentElement.lastElementChild as HTMLElement;
    expect(added).not.toBe(document.body);
    expect(added.tagName).toBe('DIV');
    expect(added.shadowRoot).toBeNull();
    expect(added.outerHTML).not.toMatch(/kvitter/i);
    overlay.close();
    expect(document.documentElement.lastElementChild).toBe(document.body);
  });

  it('paints marks in the theme’s colours, the darker palette on X’s dark theme', () => {
    page('/home');
    const overlay = new Overlay(document, 'open');
    overlay.open('dark');
    const css = [...(overlay.root?.querySelectorAll('style') ?? [])]
      .map((style) => style.textContent)
      .join('\n');
    expect(css).toContain('.mark.warning');
    expect(css).toContain('rgb(255, 205, 80)');
    overlay.open('light');
    const light = [...(overlay.root?.querySelectorAll('style') ?? [])]
      .map((style) => style.textContent)
      .join('\n');
    expect(light).toContain('rgb(180, 100, 0)');
    overlay.close();
  });
});

describe('marks', () => {
  it('draws a box per line rectangle of a range, cut to X’s scrolling editor box, never in the editor', () => {
    const { container, editor } = draftComposer(['Nei nei NEI']);
    page('/home', container);
    const before = editor.outerHTML;
    const range = document.createRange();
    const text = editor.querySelector('[data-text="true"]')?.firstChild as Text;
    range.setStart(text, 8);
    range.setEnd(text, 11);
    // happy-dom has no layout: give the range the rectangles a browser would (two lines, the
    // second scrolled below the editor's box).
    vi.spyOn(range, 'getClientRects').mockReturnValue([
      new DOMRect(80, 20, 30, 18),
      new DOMRect(10, 120, 30, 18),
    ] as unknown as DOMRectList);
    const clip = { left: 0, top: 0, right: 500, bottom: 100 };
    const boxes = boxesOf(range, 'error', clip, null, { x: 0, y: 300, fixed: false });
    expect(boxes).toEqual([{ left: 80, top: 320, right: 110, bottom: 338, severity: 'error', fixed: false }]);
    // Nothing is drawn over X's typeahead.
    expect(
      boxesOf(
        range,
        'error',
        clip,
        { left: 70, top: 10, right: 300, bottom: 200 },
        { x: 0, y: 0, fixed: false },
      ),
    ).toEqual([]);

    const overlay = new Overlay(document, 'open');
    const layers = overlay.open('light');
    renderMarks(document, layers, boxes);
    const drawn = [...(overlay.root?.querySelectorAll<HTMLElement>('.mark') ?? [])];
    expect(
      drawn.map((box) => [box.dataset.severity, box.style.left, box.style.top, box.style.width]),
    ).toEqual([['error', '80px', '320px', '30px']]);
    expect(editor.outerHTML).toBe(before);
    // The next keystroke moves the mark and adds one: the box drawn is moved, not redrawn.
    const [first] = drawn;
    const moved = { ...(boxes[0] as (typeof boxes)[number]), left: 90, right: 120 };
    renderMarks(document, layers, [moved, { ...moved, top: 340, bottom: 360, severity: 'warning' }]);
    const redrawn = [...(overlay.root?.querySelectorAll<HTMLElement>('.mark') ?? [])];
    expect(redrawn[0]).toBe(first);
    expect(
      redrawn.map((box) => [box.dataset.severity, box.style.left, box.style.top, box.style.width]),
    ).toEqual([
      ['error', '90px', '320px', '30px'],
      ['warning', '90px', '340px', '30px'],
    ]);
    renderMarks(document, layers, []);
    expect(overlay.root?.querySelectorAll('.mark')).toHaveLength(0);
    overlay.close();
  });
});
