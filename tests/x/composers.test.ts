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

  it('finds the mobile textarea', () => {
    page('/compose/post', h('textarea', { 'data-testid': 'tweetTextarea_0' }));
    expect(summary()[0]).toMatchObject({ id: 'mobile:0', surface: 'mobile', kind: 'post' });
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

  it('ignores the RichTextInputContainer wrappers and unrelated test ids', () => {
    page('/home', draftComposer(['x']).container, h('div', { 'data-testid': 'tweetTextarea_abc' }));
    expect(summary().map((c) => c.id)).toEqual(['home:0']);
  });
});

describe('composersForButton', () => {
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
