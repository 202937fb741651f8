import { describe, expect, it } from 'vitest';
import { composersForButton, findComposers } from '../../lib/x/composers';
import { draftComposer, h, modal, page, shownPost } from './dom';

const summary = () =>
  findComposers(document, location.pathname).map(({ id, surface, kind, position, unreadable }) => ({
    id,
    surface,
    kind,
    position,
    unreadable,
  }));

describe('findComposers', () => {
  it('finds the home box as a new post', () => {
    page(
      '/home',
      h('div', { 'data-testid': 'primaryColumn' }, draftComposer(['Hei']).container, shownPost('noe')),
    );
    expect(summary()).toEqual([
      { id: 'home:0', surface: 'home', kind: 'post', position: 0, unreadable: undefined },
    ]);
  });

  it('finds every part of a thread in the compose modal, beside the home box behind it', () => {
    page(
      '/compose/post',
      h('div', { 'data-testid': 'primaryColumn' }, draftComposer(['']).container),
      modal(draftComposer(['Første del']).container, draftComposer(['Andre del'], 1).container),
    );
    expect(summary().map(({ id, kind, position }) => [id, kind, position])).toEqual([
      ['home:0', 'post', 0],
      ['modal:0', 'post', 0],
      ['modal:1', 'post', 1],
    ]);
  });

  it('recognises a reply in the modal by the post shown above the editor', () => {
    page('/compose/post', modal(shownPost('Hva synes dere?'), draftComposer(['Godt spørsmål']).container));
    expect(summary()[0]).toMatchObject({ surface: 'modal', kind: 'reply' });
  });

  it('recognises a quote by the post attached below the editor', () => {
    page(
      '/compose/post',
      modal(draftComposer(['Se her']).container, h('div', { role: 'link' }, shownPost('sitat'))),
    );
    expect(summary()[0]).toMatchObject({ surface: 'modal', kind: 'quote' });
  });

  it('gives a quote only to the part the post is attached to', () => {
    page(
      '/compose/post',
      modal(draftComposer(['a']).container, draftComposer(['b'], 1).container, shownPost('sitert')),
    );
    expect(summary().map((c) => c.kind)).toEqual(['post', 'quote']);
  });

  it('treats the composer on a status page as an inline reply', () => {
    page(
      '/kari/status/1234567890',
      h('div', { 'data-testid': 'primaryColumn' }, shownPost('Innlegget'), draftComposer(['Svar']).container),
    );
    expect(summary()).toEqual([
      { id: 'inline-reply:0', surface: 'inline-reply', kind: 'reply', position: 0, unreadable: undefined },
    ]);
  });

  it('keeps a status page’s inline reply an inline reply under a reply modal that took the URL', () => {
    const opened = h('article', { 'data-testid': 'tweet', tabindex: '-1' }, h('div', {}, 'Innlegget'));
    page(
      '/compose/post',
      h('div', { 'data-testid': 'primaryColumn' }, h('div', {}, opened, draftComposer(['']).container)),
      modal(shownPost('Eit svar'), draftComposer(['Mitt svar']).container),
    );
    expect(summary().map(({ id, kind }) => [id, kind])).toEqual([
      ['inline-reply:0', 'reply'],
      ['modal:0', 'reply'],
    ]);
  });

  it('finds the mobile textarea', () => {
    page('/compose/post', h('textarea', { 'data-testid': 'tweetTextarea_0' }));
    expect(summary()[0]).toMatchObject({ id: 'mobile:0', surface: 'mobile', kind: 'post' });
  });

  it.each([
    [
      'on a wrapper around the textarea',
      () => h('div', { 'data-testid': 'tweetTextarea_0' }, h('textarea', {})),
    ],
    [
      'on the textarea and on a wrapper',
      () =>
        h(
          'div',
          { 'data-testid': 'tweetTextarea_0_label' },
          h('div', { 'data-testid': 'tweetTextarea_0' }, h('textarea', { 'data-testid': 'tweetTextarea_0' })),
        ),
    ],
  ])('reads the phone layout’s textarea with the test id %s, once', (_where, markup) => {
    page('/compose/post', h('main', {}, markup()));
    const found = findComposers(document, location.pathname);
    expect(found).toHaveLength(1);
    expect(found[0]?.element.tagName).toBe('TEXTAREA');
    expect(found[0]?.anchor).toBe(found[0]?.element);
    expect(found[0]?.id).toBe('mobile:0');
    expect(found[0]?.unreadable).toBeUndefined();
  });

  it('treats the full-page compose route of narrow windows as the modal, with its reply', () => {
    page(
      '/compose/post',
      h(
        'main',
        {},
        shownPost('Hva synes dere?'),
        draftComposer(['Svar']).container,
        draftComposer([''], 1).container,
      ),
    );
    expect(summary().map(({ id, kind }) => [id, kind])).toEqual([
      ['modal:0', 'reply'],
      ['modal:1', 'reply'],
    ]);
  });

  it('recognises a quote attached inside the first part, as X renders it', () => {
    const part0 = h(
      'div',
      {},
      draftComposer(['Se her']).container,
      h(
        'div',
        { 'data-testid': 'attachments' },
        h('div', {}, h('div', { 'data-testid': 'User-Name' }, 'Kari')),
      ),
    );
    page('/compose/post', modal(part0, h('div', {}, draftComposer([''], 1).container)));
    expect(summary().map((c) => c.kind)).toEqual(['quote', 'post']);
  });

  it('hangs the badge from X’s wrapper of a Draft.js editor, and knows which ones sit in the modal layer', () => {
    const home = draftComposer(['']);
    const inModal = draftComposer(['']);
    page(
      '/compose/post',
      h('div', { 'data-testid': 'primaryColumn' }, home.container),
      modal(inModal.container),
    );
    const [first, second] = findComposers(document, location.pathname);
    expect(first?.anchor).toBe(home.container);
    expect(first?.fixed).toBe(false);
    expect(second?.anchor).toBe(inModal.container);
    expect(second?.fixed).toBe(true);
  });

  it('reads a Draft.js editor inside a wrapper that carries the test id, once', () => {
    const { container, editor } = draftComposer(['Hei fra innsida']);
    editor.removeAttribute('data-testid');
    page(
      '/home',
      h('div', { 'data-testid': 'primaryColumn' }, h('div', { 'data-testid': 'tweetTextarea_0' }, container)),
    );
    const found = findComposers(document, location.pathname);
    expect(found.map((c) => [c.id, c.element === editor, c.anchor === container, c.unreadable])).toEqual([
      ['home:0', true, true, undefined],
    ]);
  });

  it('reports a composer it cannot read instead of skipping it', () => {
    page(
      '/home',
      h(
        'div',
        { 'data-testid': 'primaryColumn' },
        h('div', { 'data-testid': 'tweetTextarea_0', contenteditable: 'true' }),
      ),
    );
    expect(summary()[0]?.unreadable).toMatch(/no Draft\.js blocks/);
  });

  it('ignores the RichTextInputContainer and _label wrappers and unrelated test ids', () => {
    page(
      '/home',
      h('div', { 'data-testid': 'tweetTextarea_0_label' }, draftComposer(['x']).container),
      h('div', { 'data-testid': 'tweetTextarea_abc' }),
    );
    expect(summary().map((c) => c.id)).toEqual(['home:0']);
  });
});

describe('composersForButton', () => {
  it('sends the whole thread with the button X puts in the active part’s toolbar', () => {
    const button = h('button', { 'data-testid': 'tweetButton' });
    page(
      '/compose/post',
      modal(
        h('div', {}, draftComposer(['en']).container),
        h('div', {}, draftComposer(['to'], 1).container, button),
      ),
    );
    const all = findComposers(document, location.pathname);
    expect(composersForButton(button, all).map((c) => c.id)).toEqual(['modal:0', 'modal:1']);
  });

  it('sends the modal thread with the modal button and the home box with the inline button', () => {
    const inline = h('button', { 'data-testid': 'tweetButtonInline' });
    const modalButton = h('button', { 'data-testid': 'tweetButton' });
    page(
      '/compose/post',
      h('div', { 'data-testid': 'primaryColumn' }, h('div', {}, draftComposer(['hjem']).container, inline)),
      modal(draftComposer(['en']).container, draftComposer(['to'], 1).container, modalButton),
    );
    const all = findComposers(document, location.pathname);
    expect(composersForButton(modalButton, all).map((c) => c.id)).toEqual(['modal:0', 'modal:1']);
    expect(composersForButton(inline, all).map((c) => c.id)).toEqual(['home:0']);
  });
});
