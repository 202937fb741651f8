import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { format } from '../../lib/i18n/index';
import { Coach } from '../../lib/x/coach';
import { xMessages } from '../../lib/x/messages';
import { FakeThread } from './fake-thread';

const draft = 'Første del om nettverk.\n\nAndre del til slutt.';
const parts = ['Første del om nettverk.', 'Andre del til slutt.'];
const say = (key: keyof typeof xMessages.nn) => format(xMessages, 'nn', key);

describe('Coach: splitting into a thread', () => {
  let ctx: ContentScriptContext;
  let coach: Coach;
  beforeEach(() => {
    ctx = new ContentScriptContext('x-test');
    coach = new Coach({ ctx, analyze: () => null, send: () => undefined, language: () => 'nn' });
  });
  afterEach(() => {
    ctx.notifyInvalidated();
    for (const element of [...document.documentElement.children]) {
      if (element !== document.head && element !== document.body) element.remove();
    }
  });

  it('splits a post in the modal, and undoes it once', async () => {
    const thread = new FakeThread([draft]);
    thread.editor(0).focus();
    expect(await coach.applySplit('modal:0', parts)).toEqual({ ok: true });
    expect(thread.texts).toEqual(parts);
    expect(await coach.undoSplit()).toEqual({ ok: true });
    expect(thread.texts).toEqual([draft]);
    expect(await coach.undoSplit()).toEqual({ ok: false, message: say('splitNothingToUndo') });
  });

  it('leaves a reply alone: there the side panel offers the parts to copy', async () => {
    const thread = new FakeThread([draft], { kind: 'reply' });
    expect(await coach.applySplit('modal:0', parts)).toEqual({ ok: false, message: say('splitNotHere') });
    expect(thread.texts).toEqual([draft]);
  });

  it('says so when the composer is gone', async () => {
    new FakeThread([draft]);
    expect(await coach.applySplit('modal:3', parts)).toEqual({ ok: false, message: say('fixNoComposer') });
  });
});
