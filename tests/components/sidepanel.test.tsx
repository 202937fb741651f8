import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanel } from '../../components/sidepanel/SidePanel';
import { defaultStrategy } from '../../lib/strategy/defaults';
import type { Strategy } from '../../lib/strategy/schema';
import { fakeClient, hint, okComposer, renderWith, xTab } from './fakeClient';

async function openTab(url = 'https://x.com/home') {
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  return tab.id as number;
}

const english: Strategy = { ...defaultStrategy, uiLanguage: 'en' };

async function renderPanel(options: NonNullable<Parameters<typeof fakeClient>[0]>, url?: string) {
  const tabId = await openTab(url);
  const fake = fakeClient({ strategy: english, ...options });
  const tabState = options.tabState === undefined ? null : options.tabState && { ...options.tabState, tabId };
  fake.pushTabState(tabState);
  renderWith(fake.client, <SidePanel fixedTabId={tabId} />);
  return { fake, tabId };
}

describe('side panel while writing', () => {
  it('shows hints of every severity, grouped, with their test hooks', async () => {
    const composer = okComposer('c0', 'GRATULERER!!! #a #b #c', [
      hint({
        ruleId: 'empty-cheer',
        severity: 'warning',
        message: { nb: 'x', nn: 'x', en: 'Only cheering' },
      }),
      hint({
        ruleId: 'hashtag-count',
        severity: 'error',
        message: { nb: 'x', nn: 'x', en: 'Too many tags' },
      }),
      hint({ ruleId: 'off-topic', severity: 'suggestion', message: { nb: 'x', nn: 'x', en: 'Off topic' } }),
    ]);
    await renderPanel({ tabState: xTab(0, [composer]) });
    const error = await screen.findByText('Too many tags');
    expect(error.closest('li')).toHaveAttribute('data-rule-id', 'hashtag-count');
    expect(error.closest('li')).toHaveAttribute('data-severity', 'error');
    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups.slice(0, 3)).toEqual(['Errors 1', 'Warnings 1', 'Suggestions 1']);
    expect(screen.getByText('Only cheering').closest('li')).toHaveAttribute('data-severity', 'warning');
    expect(screen.getByText('Off topic').closest('li')).toHaveAttribute('data-severity', 'suggestion');
  });

  it('has a length meter with the weighted count, the target and the link rule', async () => {
    const text = 'Les dette: https://example.com/a/very/long/path/that/is/longer/than/23';
    const composer = okComposer('c0', text, []);
    if (composer.status === 'ok') composer.report.weightedLength = 34;
    await renderPanel({
      tabState: xTab(0, [composer]),
      strategy: { ...english, length: { softTarget: 150, hardLimit: 280 } },
    });
    const meter = await screen.findByText('34 of 280 characters');
    expect(meter.closest('[data-weighted-length]')).toHaveAttribute('data-weighted-length', '34');
    expect(screen.getByText(/246 left · Your target: 150/)).toBeInTheDocument();
    expect(screen.getByText('Links in the draft: 1, each counted as 23 characters.')).toBeInTheDocument();
    expect(screen.getByText('No hints. Well written!')).toBeInTheDocument();
  });

  it('counts down and turns to the error level past the limit', async () => {
    const composer = okComposer('c0', 'x'.repeat(290), []);
    await renderPanel({ tabState: xTab(0, [composer]) });
    const meter = (await screen.findByText('290 of 280 characters')).closest('[data-weighted-length]');
    expect(meter).toHaveAttribute('data-level', 'over');
    expect(within(meter as HTMLElement).getByText('-10')).toBeInTheDocument();
    expect(screen.getByText(/10 too many/)).toBeInTheDocument();
  });

  it('sends the fix of a hint for this tab and composer', async () => {
    const fix = {
      label: { nb: 'Rett', nn: 'Rett', en: 'Use one !' },
      range: { start: 5, end: 8 },
      text: '!',
    };
    const composer = okComposer('c7', 'Hei!!!', [
      hint({
        ruleId: 'shouting',
        severity: 'warning',
        range: { start: 3, end: 6 },
        fix: { ...fix, range: { start: 3, end: 6 } },
      }),
    ]);
    const { fake, tabId } = await renderPanel({ tabState: xTab(0, [composer]) });
    expect(await screen.findByText('“!!!” becomes “!”')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Use one !' }));
    expect(fake.sentOf('apply-fix')).toEqual([
      { type: 'apply-fix', tabId, composerId: 'c7', fix: { ...fix, range: { start: 3, end: 6 } } },
    ]);
  });

  it('sends a fix at its offsets after typing moved it, and keeps hints typing left alone', async () => {
    const label = { nb: 'Rett', nn: 'Rett', en: 'Use one !' };
    const shouting = (start: number) =>
      hint({
        ruleId: 'shouting',
        severity: 'warning',
        range: { start, end: start + 3 },
        fix: { label, range: { start, end: start + 3 }, text: '!' },
      });
    const { fake, tabId } = await renderPanel({
      tabState: xTab(0, [okComposer('c7', 'Hei!!!', [shouting(3)])]),
    });
    const item = (await screen.findByText('“!!!” becomes “!”')).closest('li');
    // Typing after the hint: the same item, untouched.
    act(() => fake.pushTabState(xTab(tabId, [okComposer('c7', 'Hei!!! du', [shouting(3)])])));
    expect(screen.getByText('“!!!” becomes “!”').closest('li')).toBe(item);
    // Typing before it moves it: the fix goes where the words are now.
    act(() => fake.pushTabState(xTab(tabId, [okComposer('c7', 'Å, Hei!!! du', [shouting(6)])])));
    await userEvent.click(screen.getByRole('button', { name: 'Use one !' }));
    expect(fake.sentOf('apply-fix')).toEqual([
      { type: 'apply-fix', tabId, composerId: 'c7', fix: { label, range: { start: 6, end: 9 }, text: '!' } },
    ]);
  });

  it('says so when a fix could not be applied', async () => {
    const fix = { label: { nb: 'Rett', nn: 'Rett', en: 'Fix it' }, range: { start: 0, end: 1 }, text: '' };
    const composer = okComposer('c0', 'x', [hint({ ruleId: 'shouting', severity: 'warning', fix })]);
    await renderPanel({
      tabState: xTab(0, [composer]),
      answers: { 'apply-fix': () => ({ ok: false, errors: [{ path: '', message: 'gone' }] }) },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Fix it' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not change the text');
  });

  it('hides an ignored hint for this draft, and shows it again for a new draft', async () => {
    const cheer = hint({
      ruleId: 'empty-cheer',
      severity: 'warning',
      message: { nb: 'x', nn: 'x', en: 'Only cheering' },
    });
    const { fake, tabId } = await renderPanel({ tabState: xTab(0, [okComposer('c0', 'Heia!', [cheer])]) });
    await userEvent.click(await screen.findByRole('button', { name: 'Ignore for this draft' }));
    expect(screen.queryByText('Only cheering')).not.toBeInTheDocument();
    expect(screen.getByText('Ignored for this draft: 1')).toBeInTheDocument();
    // Typing on keeps it hidden …
    act(() => fake.pushTabState(xTab(tabId, [okComposer('c0', 'Heia!!', [cheer])])));
    expect(screen.queryByText('Only cheering')).not.toBeInTheDocument();
    // … posting empties the composer, and the next draft gets the hint again.
    act(() => fake.pushTabState(xTab(tabId, [okComposer('c0', '', [])])));
    act(() => fake.pushTabState(xTab(tabId, [okComposer('c0', 'Heia!', [cheer])])));
    expect(await screen.findByText('Only cheering')).toBeInTheDocument();
  });

  it('tells apart two hints about the whole draft by what their fixes add', async () => {
    const text = 'Kundeservicen vår svarer på alle spørsmål om kampanjen';
    const suggest = (tag: string) =>
      hint({
        ruleId: 'hashtag-suggestion',
        severity: 'suggestion',
        adviceId: 'hashtags-relevant',
        message: { nb: 'x', nn: 'x', en: `Tag it #${tag}` },
        fix: {
          label: { nb: 'x', nn: 'x', en: `Add #${tag}` },
          range: { start: text.length, end: text.length },
          text: ` #${tag}`,
        },
      });
    await renderPanel({
      tabState: xTab(0, [okComposer('c0', text, [suggest('kunde'), suggest('kampanje')])]),
    });
    const first = (await screen.findByText('Tag it #kunde')).closest('li') as HTMLElement;
    expect(screen.getByRole('button', { name: 'Add #kampanje' })).toBeInTheDocument();
    await userEvent.click(within(first).getByRole('button', { name: 'Ignore for this draft' }));
    expect(screen.queryByText('Tag it #kunde')).not.toBeInTheDocument();
    expect(screen.getByText('Tag it #kampanje')).toBeInTheDocument();
  });

  it('opens the advice behind a hint with its source', async () => {
    const composer = okComposer('c0', 'Hei', [
      hint({ ruleId: 'hashtag-count', severity: 'warning', adviceId: 'hashtags-relevant' }),
    ]);
    await renderPanel({ tabState: xTab(0, [composer]) });
    const why = await screen.findByRole('button', { name: 'Why?' });
    expect(why).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/Tag posts with relevant keywords/)).toBeInTheDocument();
    // Each post's title links to the post, in a new tab and without a referrer.
    const post = screen.getByRole('link', { name: 'Bygg nettverk på Twitter' });
    expect(post).toHaveAttribute('href', 'https://toyni.tobekk.no/bygg-nettverk-pa-twitter/');
    expect(post).toHaveAttribute('target', '_blank');
    expect(post).toHaveAttribute('rel', 'noreferrer');
    expect(post.closest('li')).toHaveTextContent(/^“Bygg nettverk på Twitter”, steg 4$/);
    expect(screen.getByRole('link', { name: /Hvordan kan vi benytte Twitter/ })).toHaveAttribute(
      'href',
      'http://sosgull.blogspot.com/2015/03/hvordan-kan-vi-benytte-twitter-til.html',
    );
  });

  it('names a source whose address is unknown without a link', async () => {
    const composer = okComposer('c0', 'Hei', [
      hint({ ruleId: 'length', severity: 'suggestion', adviceId: 'brevity' }),
    ]);
    await renderPanel({ tabState: xTab(0, [composer]) });
    await userEvent.click(await screen.findByRole('button', { name: 'Why?' }));
    const sources = screen.getByText('Sources:').closest('div');
    expect(sources).toHaveTextContent('“Slik får du bedre Twitter-bruk for bedriften”');
    expect(within(sources as HTMLElement).queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows matched topics with their words and hashtags with their relevance', async () => {
    const composer = okComposer('c0', 'Ny skole #skole #katt', []);
    if (composer.status === 'ok') {
      composer.report.topics = [{ name: 'Skole', words: ['skole', 'lærer'] }];
      composer.report.hashtags = [
        { tag: '#skole', range: { start: 9, end: 15 }, relevant: true },
        { tag: '#katt', range: { start: 16, end: 21 }, relevant: false },
      ];
    }
    const strategy = { ...english, topics: [{ name: 'Skole', keywords: ['skole'] }] };
    await renderPanel({ tabState: xTab(0, [composer]), strategy });
    expect(await screen.findByText('matched: skole, lærer')).toBeInTheDocument();
    expect(screen.getByText('#skole').closest('li')).toHaveAttribute('data-relevant', 'true');
    expect(screen.getByText('#katt').closest('li')).toHaveTextContent('not in your strategy');
  });

  it('adds a hashtag or a keyword to the strategy from a hint', async () => {
    const strategy = { ...english, topics: [{ name: 'Skole', keywords: ['skole'] }] };
    const composer = okComposer('c0', '#katt', [
      hint({
        ruleId: 'hashtag-relevance',
        severity: 'suggestion',
        addToStrategy: { kind: 'hashtag', value: '#katt' },
      }),
      hint({
        ruleId: 'off-topic',
        severity: 'suggestion',
        addToStrategy: { kind: 'keyword', value: 'katt' },
      }),
    ]);
    const { fake } = await renderPanel({ tabState: xTab(0, [composer]), strategy });
    await userEvent.click(await screen.findByRole('button', { name: 'Add #katt to my strategy' }));
    await userEvent.selectOptions(screen.getByLabelText('Under the topic'), 'Skole');
    await userEvent.click(screen.getByRole('button', { name: 'Add “katt” to my strategy' }));
    expect(fake.sentOf('add-to-strategy')).toEqual([
      { type: 'add-to-strategy', kind: 'hashtag', value: '#katt', language: 'en' },
      { type: 'add-to-strategy', kind: 'keyword', value: 'katt', topic: 'Skole', language: 'en' },
    ]);
    expect(screen.getAllByText('Added to your strategy.')).toHaveLength(2);
  });

  it('shows every part of a thread in order', async () => {
    const parts = [
      okComposer('p1', 'Second', [], { position: 1 }),
      okComposer('p0', 'First', [], { position: 0 }),
    ];
    await renderPanel({ tabState: xTab(0, parts) });
    await screen.findByText(/part 1 of 2/);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Post · part 1 of 2', 'Post · part 2 of 2']);
  });

  it('announces new hints politely', async () => {
    const { fake, tabId } = await renderPanel({ tabState: xTab(0, [okComposer('c0', 'Hei', [])]) });
    const region = await screen.findByTestId('live-region');
    expect(region).toHaveAttribute('aria-live', 'polite');
    const cheer = hint({
      ruleId: 'empty-cheer',
      severity: 'warning',
      message: { nb: 'x', nn: 'x', en: 'Only cheering' },
    });
    act(() => fake.pushTabState(xTab(tabId, [okComposer('c0', 'Heia!', [cheer])])));
    await waitFor(() =>
      expect(region).toHaveTextContent('Errors: 0, warnings: 1, suggestions: 0. New: Only cheering'),
    );
  });

  it('follows edits to the draft live', async () => {
    const { fake, tabId } = await renderPanel({ tabState: xTab(0, [okComposer('c0', 'Hei', [])]) });
    await screen.findByText('3 of 280 characters');
    act(() => fake.pushTabState(xTab(tabId, [okComposer('c0', 'Hei du', [])])));
    expect(await screen.findByText('6 of 280 characters')).toBeInTheDocument();
  });
});

describe('side panel while nobody writes', () => {
  it('offers Listen: X’s search for the brand names, the account and the topics', async () => {
    const strategy: Strategy = {
      ...english,
      brandNames: ['Kvitter'],
      topics: [{ name: 'Skole', keywords: [] }],
    };
    const scan = {
      handle: 'kvitterdemo',
      displayName: 'Kvitter Demo',
      hasDefaultAvatar: false,
      hasBanner: false,
      bio: null,
      location: null,
      website: null,
      verified: false,
      followingCount: null,
      followersCount: null,
      scannedAt: 1,
    };
    await renderPanel({ strategy, scan, tabState: xTab(0, []) });
    const listen = await screen.findByRole('region', { name: 'Listen' });
    await waitFor(() =>
      expect(
        within(listen)
          .getAllByRole('link')
          .map((link) => link.getAttribute('href')),
      ).toEqual([
        'https://x.com/search?q=Kvitter&src=typed_query&f=live',
        'https://x.com/search?q=%40kvitterdemo%20-from%3Akvitterdemo&src=typed_query&f=live',
        'https://x.com/search?q=Skole&src=typed_query&f=live',
      ]),
    );
  });
});
