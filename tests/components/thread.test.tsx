import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanel } from '../../components/sidepanel/SidePanel';
import { threadOffer } from '../../components/sidepanel/threadOffer';
import type { ComposerState } from '../../lib/messaging/protocol';
import { defaultStrategy } from '../../lib/strategy/defaults';
import type { Strategy } from '../../lib/strategy/schema';
import { splitIntoThread } from '../../lib/thread/index';
import { fakeClient, hint, okComposer, renderWith, xTab } from './fakeClient';

const english: Strategy = { ...defaultStrategy, uiLanguage: 'en' };

/** About 700 characters in three paragraphs, as someone writes too much. */
const long = [
  'Vi har lært mye om nettverk i år. Det viktigste er å dele det du kan, svare dem som spør, og holde kontakten over tid. Ingen bygger et nettverk på én kveld.',
  'Noen tips: Still spørsmål du selv vil vite svaret på. Vis fram andres arbeid, ikke bare ditt eget. Svar raskt når noen tar kontakt, også når svaret er nei. Og skriv kort, for lange innlegg blir ikke lest.',
  'Til slutt: Møt folk i virkeligheten også. En kaffe etter et seminar gir mer enn hundre likerklikk. Takk til alle som har delt erfaringene sine med oss i år og i fjor, og lykke til videre med ditt eget nettverk, enten det er stort eller lite!',
].join('\n\n');

const lengthError = hint({
  ruleId: 'length',
  severity: 'error',
  message: { nb: 'x', nn: 'x', en: 'Too long' },
});

function composerOf(text: string, extra: Partial<Extract<ComposerState, { status: 'ok' }>> = {}) {
  return okComposer('modal:0', text, [lengthError], { surface: 'modal', ...extra });
}

async function renderPanel(composer: ComposerState, strategy: Strategy = english, answers = {}) {
  const tab = await fakeBrowser.tabs.create({ url: 'https://x.com/compose/post', active: true });
  const tabId = tab.id as number;
  const fake = fakeClient({ strategy, answers });
  fake.pushTabState(xTab(tabId, [composer]));
  renderWith(fake.client, <SidePanel fixedTabId={tabId} />);
  await screen.findByText('Too long');
  return { fake, tabId };
}

const shownParts = () =>
  [...document.querySelectorAll<HTMLElement>('[data-thread-part]')].map((part) => ({
    index: part.dataset.threadPart,
    weightedLength: Number(part.dataset.weightedLength),
    text: part.textContent,
  }));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('split into a thread', () => {
  it('previews the parts under the length hint, before any click, with their counts', async () => {
    expect(long.length).toBeGreaterThan(600);
    await renderPanel(composerOf(long));
    const expected = splitIntoThread(long, { limit: 280, numbering: 'none' });
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(shownParts()).toEqual(
      expected.map((part, index) => ({
        index: String(index),
        weightedLength: part.weightedLength,
        text: part.text,
      })),
    );
    for (const part of shownParts()) expect(part.weightedLength).toBeLessThanOrEqual(280);
    const preview = screen.getByText('Split into a thread', { selector: 'h4' }).closest('.thread-preview');
    expect(preview?.closest('li')).toHaveAttribute('data-rule-id', 'length');
    expect(within(preview as HTMLElement).getByText(`Post 1 of ${expected.length}`)).toBeInTheDocument();
  });

  it('makes the thread in X with one click, then undoes it with one more', async () => {
    const { fake, tabId } = await renderPanel(composerOf(long));
    const texts = splitIntoThread(long, { limit: 280, numbering: 'none' }).map((part) => part.text);
    const user = userEvent.setup();
    await user.click(document.querySelector('[data-fix-kind="split-thread"]') as HTMLElement);
    expect(fake.sentOf('apply-split')).toEqual([
      { type: 'apply-split', tabId, composerId: 'modal:0', parts: texts },
    ]);
    expect(
      await screen.findByText(`The draft is now a thread of ${texts.length} posts.`),
    ).toBeInTheDocument();
    await user.click(document.querySelector('[data-fix-kind="undo-split"]') as HTMLElement);
    expect(fake.sentOf('undo-split')).toEqual([{ type: 'undo-split', tabId }]);
    expect(await screen.findByText('The draft is as it was.')).toBeInTheDocument();
    expect(document.querySelector('[data-fix-kind="undo-split"]')).toBeNull();
  });

  it('says what went wrong, in the words the page sent back', async () => {
    await renderPanel(composerOf(long), english, {
      'apply-split': () => ({ ok: false, errors: [{ path: '', message: 'X did not add part 2.' }] }),
    });
    await userEvent.setup().click(document.querySelector('[data-fix-kind="split-thread"]') as HTMLElement);
    expect(await screen.findByRole('alert')).toHaveTextContent('X did not add part 2.');
    expect(screen.queryByText(/The draft is now a thread/)).toBeNull();
  });

  it.each([
    ['a reply', { kind: 'reply' as const }],
    ['a quote', { kind: 'quote' as const }],
    ['an inline reply', { kind: 'reply' as const, surface: 'inline-reply' as const }],
  ])('offers %s as parts to copy, one button each, and no split', async (_name, extra) => {
    await renderPanel(composerOf(long, extra));
    // user-event puts a clipboard of its own on the page, which the test reads back.
    const user = userEvent.setup();
    expect(document.querySelector('[data-fix-kind="split-thread"]')).toBeNull();
    const texts = splitIntoThread(long, { limit: 280, numbering: 'none' }).map((part) => part.text);
    const buttons = document.querySelectorAll<HTMLElement>('[data-copy-part]');
    expect(buttons).toHaveLength(texts.length);
    await user.click(buttons[1] as HTMLElement);
    expect(await navigator.clipboard.readText()).toBe(texts[1]);
    expect(buttons[1]).toHaveTextContent('Copied');
  });

  it('numbers the parts as the strategy says, and offers a split over the target only when asked', async () => {
    const text = long.slice(0, 250);
    const asked: Strategy = {
      ...english,
      length: { softTarget: 150, hardLimit: 280 },
      thread: { numbering: 'fraction', offerOverTarget: true },
    };
    const suggestion = hint({
      ruleId: 'length',
      severity: 'suggestion',
      message: { nb: 'x', nn: 'x', en: 'Too long' },
    });
    await renderPanel(okComposer('home:0', text, [suggestion]), asked);
    const parts = shownParts();
    expect(parts.map((part) => part.text)).toEqual(
      splitIntoThread(text, { limit: 150, numbering: 'fraction' }).map((part) => part.text),
    );
    expect(parts[0]?.text).toMatch(/ 1\/2$/);
    for (const part of parts) expect(part.weightedLength).toBeLessThanOrEqual(150);
  });
});

describe('threadOffer', () => {
  const ok = (text: string, extra = {}) =>
    composerOf(text, extra) as Extract<ComposerState, { status: 'ok' }>;

  it('offers nothing within the limit, nor over the target unless asked', () => {
    expect(threadOffer(ok('Kort.'), english)).toBeNull();
    const overTarget = ok(long.slice(0, 250));
    expect(threadOffer(overTarget, english)).toBeNull();
    expect(
      threadOffer(overTarget, { ...english, thread: { numbering: 'none', offerOverTarget: true } })?.limit,
    ).toBe(200);
  });

  it('applies in the modal and the home box, copies elsewhere and past X’s 25 posts', () => {
    expect(threadOffer(ok(long), english)?.mode).toBe('apply');
    expect(threadOffer(ok(long, { surface: 'home' }), english)?.mode).toBe('apply');
    expect(threadOffer(ok(long, { surface: 'mobile' }), english)?.mode).toBe('copy');
    const huge = `${long}\n\n`.repeat(12);
    const offer = threadOffer(
      { ...ok(huge), report: { ...ok(huge).report, weightedLength: huge.length } },
      english,
    );
    expect(offer?.parts.length).toBeGreaterThan(25);
    expect(offer?.mode).toBe('copy');
  });
});
