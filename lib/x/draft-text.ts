import { draftBlockSelector, draftTextLeafSelector } from './selectors';

/**
 * Reading a composer's draft and mapping draft offsets back to the DOM. Draft.js remounts its
 * spans on every change, so nothing here is cached: each call walks the live blocks again.
 */

/** True for the mobile web composer, a plain `<textarea>` instead of Draft.js. */
export function isTextarea(element: Element): element is HTMLTextAreaElement {
  return element.tagName === 'TEXTAREA';
}

/** The Draft.js blocks (one per line) of a composer, in order. */
export function draftBlocks(editor: Element): Element[] {
  return Array.from(editor.querySelectorAll(draftBlockSelector));
}

/**
 * The text nodes holding a block's text. Only those under `[data-text="true"]`: Draft.js keeps
 * placeholders and decorator chrome elsewhere, and an empty line is a `br` with no text at all.
 */
function blockTextNodes(block: Element): Text[] {
  const nodes: Text[] = [];
  for (const leaf of block.querySelectorAll(draftTextLeafSelector)) {
    const walker = leaf.ownerDocument.createTreeWalker(leaf, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  }
  return nodes;
}

/** The same text as blockTextNodes joined, read without walking them (this runs per keystroke). */
function blockText(block: Element): string {
  let text = '';
  for (const leaf of block.querySelectorAll(draftTextLeafSelector)) text += leaf.textContent ?? '';
  return text;
}

/**
 * The draft as X will post it: the blocks' text joined by newlines (a textarea's value on mobile),
 * or null when the composer holds no Draft.js blocks, i.e. X's markup is no longer what we know.
 */
export function readDraftText(editor: Element): string | null {
  if (isTextarea(editor)) return editor.value;
  const blocks = editor.querySelectorAll(draftBlockSelector);
  if (blocks.length === 0) return null;
  let text = blockText(blocks[0] as Element);
  for (let i = 1; i < blocks.length; i++) text += `\n${blockText(blocks[i] as Element)}`;
  return text;
}

type Point = { node: Node; offset: number };

/**
 * The DOM point for a draft offset. Offsets map to exactly one block (the newline after a block is
 * its end). `leaning` decides the side at a boundary between two text nodes: a range's start leans
 * forward and its end backward, so highlight boxes never pick up an empty piece of a neighbour.
 */
function pointAt(blocks: Element[], offset: number, leaning: 'forward' | 'backward'): Point | null {
  let blockStart = 0;
  for (const block of blocks) {
    const nodes = blockTextNodes(block);
    const length = nodes.reduce((sum, node) => sum + node.data.length, 0);
    if (offset <= blockStart + length) {
      if (offset < blockStart) return null;
      const local = offset - blockStart;
      let nodeStart = 0;
      for (const node of nodes) {
        const nodeEnd = nodeStart + node.data.length;
        if (leaning === 'forward' ? local < nodeEnd : local <= nodeEnd) {
          return { node, offset: local - nodeStart };
        }
        nodeStart = nodeEnd;
      }
      const last = nodes.at(-1);
      return last ? { node: last, offset: last.data.length } : { node: block, offset: 0 };
    }
    blockStart += length + 1;
  }
  return null;
}

/**
 * A fresh DOM Range over `[start, end)` of the draft (UTF-16 offsets, as in hints), or null when
 * the offsets fall outside the draft or the composer is a textarea (which has no inner DOM).
 */
export function rangeForOffsets(editor: Element, start: number, end: number): Range | null {
  if (isTextarea(editor) || start < 0 || end < start) return null;
  const blocks = draftBlocks(editor);
  const startPoint = pointAt(blocks, start, start === end ? 'backward' : 'forward');
  const endPoint = start === end ? startPoint : pointAt(blocks, end, 'backward');
  if (!startPoint || !endPoint) return null;
  const range = editor.ownerDocument.createRange();
  range.setStart(startPoint.node, startPoint.offset);
  range.setEnd(endPoint.node, endPoint.offset);
  return range;
}
