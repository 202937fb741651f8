import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanel } from '../../components/sidepanel/SidePanel';
import { REPOST_TIP_MS } from '../../components/sidepanel/TabCoach';
import { tabFromSearch } from '../../components/sidepanel/useFollowedTab';
import { isXUrl } from '../../lib/core/hosts';
import type { TabState } from '../../lib/messaging/protocol';
import type { Stats } from '../../lib/postlog/stats';
import { defaultStrategy } from '../../lib/strategy/defaults';
import type { Strategy } from '../../lib/strategy/schema';
import { fakeClient, hint, okComposer, renderWith, xTab } from './fakeClient';

const english: Strategy = { ...defaultStrategy, uiLanguage: 'en' };
const planned: Strategy = {
  ...english,
  audience: 'Lærere',
  topics: [{ name: 'Skole', keywords: ['skole'] }],
  hashtags: { preferred: ['#skolechat'], max: 2 },
  postsPerWeek: 4,
};

async function renderPanel(
  options: Parameters<typeof fakeClient>[0] & { tabState?: TabState | null },
  url = 'https://x.com/home',
) {
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  const tabId = tab.id as number;
  const fake = fakeClient({ strategy: english, ...options });
  fake.pushTabState(options.tabState ? { ...options.tabState, tabId } : null);
  renderWith(fake.client, <SidePanel fixedTabId={tabId} />);
  return { fake, tabId };
}

const stats: Stats = {
  postsThisWeek: 1,
  postsPerWeekTarget: 4,
  originals30d: 10,
  repliesAndQuotes30d: 2,
  nynorskShare30d: 12.4,
  nynorskTarget: 25,
};

describe('side panel without a composer in use', () => {
  it('shows the strategy at a glance, the statistics and one advice to act on', async () => {
    await renderPanel({ strategy: planned, stats, tabState: xTab(0, [okComposer('c0', '', [])]) });
    expect(await screen.findByText('Posts this week: 1 of 4')).toBeInTheDocument();
    expect(screen.getByText('Last 30 days: 2 replies and quotes, 10 original posts')).toBeInTheDocument();
    expect(screen.getByText('Nynorsk: 12 % of posts in Norwegian (target: 25 %)')).toBeInTheDocument();
    expect(screen.getByText('Topics: Skole')).toBeInTheDocument();
    expect(screen.getByText('Hashtags: #skolechat')).toBeInTheDocument();
    // Talking without listening comes first: 2 replies against 10 posts.
    const next = screen.getByText(/You have posted more than you have replied/).closest('section');
    expect(next).toHaveAttribute('data-advice-id', 'listen-not-only-talk');
    expect(screen.queryByText(/characters$/)).not.toBeInTheDocument();
  });

  it('asks for a strategy first when there is none', async () => {
    await renderPanel({ stats, tabState: null });
    expect(await screen.findByText(/Set up your strategy/)).toBeInTheDocument();
    expect(screen.getByText(/You have not set up a strategy yet/)).toBeInTheDocument();
  });

  it('says when the statistics are unavailable', async () => {
    await renderPanel({
      strategy: planned,
      answers: {
        'get-stats': () => {
          throw new Error('no worker');
        },
      },
    });
    expect(await screen.findByText('Statistics are not available right now.')).toBeInTheDocument();
  });

  it('says clearly when a composer cannot be read', async () => {
    const tabState = xTab(0, [
      { status: 'unreadable', id: 'u0', surface: 'modal', reason: 'no Draft.js blocks' },
    ]);
    await renderPanel({ tabState });
    expect(await screen.findByText('Kvitter cannot read this composer')).toBeInTheDocument();
    expect(screen.getByText('Details: no Draft.js blocks')).toBeInTheDocument();
  });

  it('explains where Kvitter works outside x.com', async () => {
    await renderPanel({ tabState: null }, 'https://example.com/');
    expect(await screen.findByText('Kvitter works on X')).toBeInTheDocument();
    expect(screen.queryByText('Your statistics')).not.toBeInTheDocument();
  });

  it('shows the retweet-wisely tip after the repost menu opened, until dismissed', async () => {
    await renderPanel({ tabState: xTab(0, [], { repostTipAt: Date.now() - 5000 }) });
    const tip = (await screen.findByText('Before you repost')).closest('section');
    expect(tip).toHaveAttribute('data-advice-id', 'retweet-wisely');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByText('Before you repost')).not.toBeInTheDocument();
  });

  it('does not show an old repost tip', async () => {
    await renderPanel({ tabState: xTab(0, [], { repostTipAt: Date.now() - 60 * 60 * 1000 }) });
    await screen.findByText('Your strategy');
    expect(screen.queryByText('Before you repost')).not.toBeInTheDocument();
  });
});

describe('side panel languages', () => {
  const cheer = hint({
    ruleId: 'empty-cheer',
    severity: 'warning',
    adviceId: 'no-empty-cheering',
    message: { nb: 'Bare jubel', nn: 'Berre jubel', en: 'Only cheering' },
  });

  it.each([
    ['nb', 'Bare jubel', 'Ignorer i dette utkastet', 'Advarsler 1', 'Hvorfor?'],
    ['nn', 'Berre jubel', 'Ignorer i dette utkastet', 'Åtvaringar 1', 'Kvifor?'],
    ['en', 'Only cheering', 'Ignore for this draft', 'Warnings 1', 'Why?'],
  ] as const)('shows everything in %s', async (language, message, ignore, group, why) => {
    await renderPanel({
      strategy: { ...defaultStrategy, uiLanguage: language },
      tabState: xTab(0, [okComposer('c0', 'Heia!', [cheer])]),
    });
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: ignore })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: group })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: why }));
    const advice = screen.getByText((_, el) => el?.getAttribute('data-advice-id') === 'no-empty-cheering');
    expect(advice.textContent?.length).toBeGreaterThan(20);
    expect(document.querySelector('main')).toHaveAttribute('lang', language);
  });

  it('does not offer to save the language over a stored strategy it could not read', async () => {
    const { fake } = await renderPanel({ tabState: null });
    act(() => fake.pushStrategy({ refused: [{ path: 'version', message: 'newer' }] }));
    await waitFor(() => expect(screen.getByLabelText('Language')).toBeDisabled());
  });

  it('saves the language chosen in the switcher in the strategy', async () => {
    const { fake } = await renderPanel({ tabState: null });
    await screen.findByText('Your strategy');
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'nn');
    const [saved] = fake.sentOf('save-strategy');
    expect(saved?.strategy).toEqual({ ...english, uiLanguage: 'nn' });
    fake.pushStrategy({ strategy: { ...english, uiLanguage: 'nn' } });
    expect(await screen.findByText('Strategien din')).toBeInTheDocument();
  });
});

describe('which tab the panel follows', () => {
  it('follows the active tab of its window when no tab is given', async () => {
    const window = await fakeBrowser.windows.create({ focused: true });
    const first = await fakeBrowser.tabs.create({
      windowId: window?.id,
      url: 'https://example.com/',
      active: true,
    });
    const fake = fakeClient({ strategy: english });
    renderWith(fake.client, <SidePanel fixedTabId={null} />);
    await waitFor(() => expect(screen.getByText('Kvitter works on X')).toBeInTheDocument());
    expect(fake.watchedTabs()).toEqual([first.id]);
    const second = await fakeBrowser.tabs.create({
      windowId: window?.id,
      url: 'https://x.com/home',
      active: true,
    });
    await waitFor(() => expect(screen.getByText('Your strategy')).toBeInTheDocument());
    expect(screen.queryByText('Kvitter works on X')).not.toBeInTheDocument();
    expect(fake.watchedTabs()).toEqual([first.id, second.id]);
  });

  it('reads ?tab= and knows the hosts Kvitter works on', () => {
    expect(tabFromSearch('?tab=42')).toBe(42);
    expect(tabFromSearch('?tab=abc')).toBeNull();
    expect(tabFromSearch('')).toBeNull();
    expect(isXUrl('https://x.com/home')).toBe(true);
    expect(isXUrl('https://mobile.x.com/compose/post')).toBe(true);
    expect(isXUrl('https://twitter.com/jack')).toBe(true);
    expect(isXUrl('https://x.com.evil.example/')).toBe(false);
    expect(isXUrl(undefined)).toBe(false);
  });
});

describe('the repost tip over time', () => {
  it('goes away by itself when it is no longer recent', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await renderPanel({ tabState: xTab(0, [], { repostTipAt: Date.now() - (REPOST_TIP_MS - 1000) }) });
      expect(await screen.findByText('Before you repost')).toBeInTheDocument();
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1500);
      });
      expect(screen.queryByText('Before you repost')).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('from the overview to the editor', () => {
  it('opens the options page from the strategy at a glance', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await renderPanel({ strategy: planned, tabState: null });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit the strategy' }));
    expect(open).toHaveBeenCalledTimes(1);
  });
});
