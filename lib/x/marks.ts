import type { Severity } from '../core/types';
import type { Box } from './badge';
import type { OverlayLayers } from './overlay';

/** One highlight box: a line's piece of a hint's range, in its layer's coordinates. */
export type MarkBox = Box & { severity: Severity; fixed: boolean };

/**
 * Shows `boxes` in a layer, reusing the boxes already drawn there: typing moves a few marks by a
 * few pixels, and only what changed is written (each write costs the page a style recalculation).
 */
function drawInto(doc: Document, layer: HTMLElement, boxes: readonly MarkBox[]): void {
  const drawn = layer.children;
  boxes.forEach((box, i) => {
    let element = drawn[i] as HTMLElement | undefined;
    if (!element) {
      element = doc.createElement('div');
      layer.append(element);
    }
    const className = `mark ${box.severity}`;
    if (element.className !== className) {
      element.className = className;
      element.dataset.severity = box.severity;
    }
    const { style } = element;
    const place = {
      left: `${box.left}px`,
      top: `${box.top}px`,
      width: `${box.right - box.left}px`,
      height: `${box.bottom - box.top}px`,
    };
    for (const key of ['left', 'top', 'width', 'height'] as const) {
      if (style[key] !== place[key]) style[key] = place[key];
    }
  });
  while (drawn.length > boxes.length) drawn[drawn.length - 1]?.remove();
}

/** Replaces the drawn highlight boxes by `boxes`. */
export function renderMarks(doc: Document, layers: OverlayLayers, boxes: MarkBox[]): void {
  drawInto(
    doc,
    layers.pageMarks,
    boxes.filter((box) => !box.fixed),
  );
  drawInto(
    doc,
    layers.fixedMarks,
    boxes.filter((box) => box.fixed),
  );
}

/**
 * The boxes a range covers on screen: its line rectangles, cut to `clip` (X's editor wrapper
 * scrolls, so words scrolled out of it must not be marked), minus any that would cover
 * something of X's (`avoid`: the typeahead), moved into the layer's coordinates by `offset`.
 */
export function boxesOf(
  range: Range,
  severity: Severity,
  clip: Box,
  avoid: Box | null,
  offset: { x: number; y: number; fixed: boolean },
): MarkBox[] {
  const boxes: MarkBox[] = [];
  for (const rect of range.getClientRects()) {
    if (rect.width === 0 && rect.height === 0) continue;
    const box = {
      left: Math.max(rect.left, clip.left),
      top: Math.max(rect.top, clip.top),
      right: Math.min(rect.right, clip.right),
      bottom: Math.min(rect.bottom, clip.bottom),
    };
    if (box.right <= box.left || box.bottom <= box.top) continue;
    if (avoid && overlaps(box, avoid)) continue;
    boxes.push({
      left: box.left + offset.x,
      top: box.top + offset.y,
      right: box.right + offset.x,
      bottom: box.bottom + offset.y,
      severity,
      fixed: offset.fixed,
    });
  }
  return boxes;
}

/** True when two boxes share more than an edge. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
