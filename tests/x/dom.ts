/**
 * Builders for markup shaped like x.com's: Draft.js editors as draft-js 0.11.7 renders them inside
 * X's wrappers, and the bits around them (dialogs, posts, profile). Built with DOM calls, no HTML strings.
 */

type Child = Node | string;

/** An element with attributes and children. */
export function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

let keySeed = 0;

/**
 * One Draft.js block. `segments` are its leaves (Draft.js splits a line where decorators such as
 * hashtags or mentions begin); an empty line renders a `br data-text="true"` as Draft.js does.
 */
function block(segments: string[]): HTMLElement {
  const key = `k${(keySeed++).toString(36)}`;
  const leaves =
    segments.length === 0 || segments.every((s) => s === '')
      ? [h('span', { 'data-offset-key': `${key}-0-0` }, h('br', { 'data-text': 'true' }))]
      : segments.map((text, i) => {
          const leaf = h(
            'span',
            { 'data-offset-key': `${key}-${i}-0` },
            h('span', { 'data-text': 'true' }, text),
          );
          // X wraps hashtags and mentions in a decorator span; the text stays in the data-text leaf.
          return text.startsWith('#') || text.startsWith('@')
            ? h('span', { class: 'r-hashtag' }, leaf)
            : leaf;
        });
  return h(
    'div',
    { 'data-block': 'true', 'data-editor': 'ed', 'data-offset-key': `${key}-0-0` },
    h('div', { 'data-offset-key': `${key}-0-0`, class: 'public-DraftStyleDefault-block' }, ...leaves),
  );
}

/**
 * A composer as X renders it: `tweetTextarea_NRichTextInputContainer` around Draft.js's root, the
 * placeholder outside the content, and `tweetTextarea_N` on the contenteditable. Lines are given
 * as arrays of segments, or as plain strings (one segment each).
 */
export function draftComposer(lines: Array<string | string[]>, index = 0, placeholder = "What's happening?") {
  const editor = h(
    'div',
    {
      class: 'notranslate public-DraftEditor-content',
      contenteditable: 'true',
      role: 'textbox',
      'data-testid': `tweetTextarea_${index}`,
    },
    h(
      'div',
      { 'data-contents': 'true' },
      ...lines.map((line) => block(typeof line === 'string' ? [line] : line)),
    ),
  );
  const container = h(
    'div',
    { 'data-testid': `tweetTextarea_${index}RichTextInputContainer` },
    h(
      'div',
      { class: 'DraftEditor-root' },
      h('div', { class: 'public-DraftEditorPlaceholder-root' }, placeholder),
      h('div', { class: 'DraftEditor-editorContainer' }, editor),
    ),
  );
  return { container, editor };
}

/** Replaces a composer's blocks, as Draft.js does on every change (fresh nodes each time). */
export function setLines(editor: HTMLElement, lines: Array<string | string[]>): void {
  const contents = editor.querySelector('[data-contents="true"]');
  contents?.replaceChildren(...lines.map((line) => block(typeof line === 'string' ? [line] : line)));
}

/** A post as X shows it in a timeline or above a reply: author name and text. */
export function shownPost(text: string, author = 'Kari Nordmann'): HTMLElement {
  return h(
    'article',
    { 'data-testid': 'tweet' },
    h('div', { 'data-testid': 'User-Name' }, author),
    h('div', { 'data-testid': 'tweetText' }, text),
  );
}

/** X's compose modal: `#layers` > dialog holding whatever is given. */
export function modal(...children: Child[]): HTMLElement {
  return h('div', { id: 'layers' }, h('div', { role: 'dialog', 'aria-modal': 'true' }, ...children));
}

/** Puts the given nodes in a fresh body and the URL at `path`. */
export function page(path: string, ...children: Child[]): void {
  window.history.replaceState(null, '', path);
  document.body.replaceChildren(...children);
}
