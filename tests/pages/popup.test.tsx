import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import { checklistItemIds, readTicked } from '../../lib/checklist';
import type { ProfileScan } from '../../lib/messaging/protocol';
import { defaultStrategy } from '../../lib/strategy/defaults';
import type { Strategy } from '../../lib/strategy/schema';
import { fakeClient, renderWith } from '../components/fakeClient';

const english: Strategy = { ...defaultStrategy, uiLanguage: 'en' };
const scan: ProfileScan = {
  handle: 'kvitter',
  displayName: 'Kvitter',
  hasDefaultAvatar: true,
  hasBanner: false,
  bio: 'Skrivecoach',
  location: null,
  website: null,
  verified: false,
  followingCount: 42,
  followersCount: 7,
  scannedAt: Date.UTC(2026, 10, 20),
};

function row(id: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-item-id="${id}"]`);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

async function renderPopup(options: Parameters<typeof fakeClient>[0] = {}) {
  const fake = fakeClient({ strategy: english, ...options });
  renderWith(fake.client, <Popup />);
  await screen.findByText(/of 10 done/);
  return fake;
}

describe('popup checklist', () => {
  it('shows every item of table B with a state hook', async () => {
    await renderPopup({ scan });
    for (const id of checklistItemIds) expect(row(id)).toHaveAttribute('data-state');
    expect(document.querySelectorAll('[data-item-id]')).toHaveLength(12);
  });

  it('evaluates automatic items from the profile scan and the strategy', async () => {
    const strategy = {
      ...english,
      brandNames: ['Kvitter'],
      audience: 'Lærere',
      topics: [{ name: 'Skole', keywords: [] }],
    };
    await renderPopup({ scan, strategy });
    expect(row('profile-photo')).toHaveAttribute('data-state', 'todo');
    expect(row('profile-photo')).toHaveTextContent('You have the default picture');
    expect(row('bio-who')).toHaveAttribute('data-state', 'done');
    expect(row('secure-name')).toHaveAttribute('data-state', 'done');
    expect(row('profile-link')).toHaveAttribute('data-state', 'todo');
    expect(row('have-strategy')).toHaveAttribute('data-state', 'done');
    expect(row('follow-people')).toHaveTextContent('You follow 42 accounts.');
    expect(row('verified')).toHaveAttribute('data-state', 'unknown');
    expect(row('no-bought-followers')).toHaveAttribute('data-state', 'unknown');
    expect(screen.getByText('Checked @kvitter on 20/11/2026.')).toBeInTheDocument();
    // photo to do; bio, name and strategy done.
    expect(screen.getByText('3 of 10 done')).toBeInTheDocument();
  });

  it('says what the strategy lacks', async () => {
    await renderPopup({ scan });
    expect(row('have-strategy')).toHaveAttribute('data-state', 'todo');
    expect(row('have-strategy')).toHaveTextContent('Missing: audience, topics.');
  });

  it('marks profile items unknown and links to X when the profile was never scanned', async () => {
    await renderPopup({ scan: null });
    for (const id of ['profile-photo', 'bio-who', 'secure-name', 'profile-link', 'verified'])
      expect(row(id)).toHaveAttribute('data-state', 'unknown');
    const link = screen.getByRole('link', { name: 'Open X' });
    expect(link).toHaveAttribute('href', 'https://x.com/');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('follows a new scan without reopening', async () => {
    const fake = await renderPopup({ scan: null });
    fake.pushScan({ ...scan, hasDefaultAvatar: false });
    await waitFor(() => expect(row('profile-photo')).toHaveAttribute('data-state', 'done'));
    expect(screen.queryByRole('link', { name: 'Open X' })).not.toBeInTheDocument();
  });

  it('remembers an item ticked by hand', async () => {
    await renderPopup({ scan });
    const item = row('use-lists');
    expect(item).toHaveAttribute('data-state', 'todo');
    await userEvent.click(within(item).getByRole('checkbox', { name: 'Done' }));
    await waitFor(() => expect(row('use-lists')).toHaveAttribute('data-state', 'done'));
    expect(await readTicked()).toEqual(['use-lists']);
  });

  it('shows ticks remembered from before, and unticks', async () => {
    await fakeBrowser.storage.local.set({ 'checklist-ticked': ['mention-alerts', 'bio-who'] });
    await renderPopup({ scan: { ...scan, bio: null } });
    await waitFor(() => expect(row('mention-alerts')).toHaveAttribute('data-state', 'done'));
    expect(row('bio-who')).toHaveAttribute('data-state', 'done');
    expect(row('bio-who')).toHaveTextContent('Confirmed by you.');
    await userEvent.click(within(row('mention-alerts')).getByRole('checkbox'));
    await waitFor(() => expect(row('mention-alerts')).toHaveAttribute('data-state', 'todo'));
    expect(await readTicked()).toEqual(['bio-who']);
  });

  it('offers no tick box for automatic or advice-only items', async () => {
    await renderPopup({ scan });
    for (const id of ['profile-photo', 'secure-name', 'have-strategy', 'no-bought-followers', 'verified'])
      expect(within(row(id)).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('explains each item with its advice and source', async () => {
    await renderPopup({ scan });
    await userEvent.click(within(row('no-bought-followers')).getByRole('button', { name: 'Why?' }));
    expect(row('no-bought-followers')).toHaveTextContent(
      /Source: “Hvordan kan vi benytte Twitter til nettverksbygging\?” \(2015\)/,
    );
    expect(
      within(row('no-bought-followers')).getByRole('link', { name: /nettverksbygging/ }),
    ).toHaveAttribute('href', 'http://sosgull.blogspot.com/2015/03/hvordan-kan-vi-benytte-twitter-til.html');
  });

  it('is in nynorsk when the strategy says so', async () => {
    const fake = fakeClient({ strategy: { ...defaultStrategy, uiLanguage: 'nn' }, scan: null });
    renderWith(fake.client, <Popup />);
    expect(await screen.findByText('Profilbilete')).toBeInTheDocument();
    expect(screen.getByText(/av 10 gjort/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Opne X' })).toBeInTheDocument();
  });
});

describe('popup buttons', () => {
  it('opens the side panel for the popup window from the click', async () => {
    const window = await fakeBrowser.windows.create({ focused: true });
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    const close = vi.spyOn(globalThis.window, 'close').mockImplementation(() => undefined);
    await renderPopup({ scan });
    // The window id is looked up before the click, so the click itself only opens.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open the coach' })).toBeEnabled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    await userEvent.click(screen.getByRole('button', { name: 'Open the coach' }));
    expect(open).toHaveBeenCalledWith({ windowId: window?.id });
    await waitFor(() => expect(close).toHaveBeenCalled());
  });

  it('says so when the coach cannot be opened', async () => {
    vi.spyOn(fakeBrowser.sidePanel, 'open').mockRejectedValue(new Error('no gesture'));
    await fakeBrowser.windows.create({ focused: true });
    await renderPopup({ scan });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await userEvent.click(screen.getByRole('button', { name: 'Open the coach' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not open the coach');
  });

  it('opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await renderPopup({ scan });
    await userEvent.click(screen.getByRole('button', { name: 'Edit the strategy' }));
    expect(open).toHaveBeenCalled();
  });
});

describe('opening the coach elsewhere', () => {
  it('asks the background when the browser has neither side panel nor sidebar API', async () => {
    const sidePanel = fakeBrowser.sidePanel;
    Object.defineProperty(fakeBrowser, 'sidePanel', { value: undefined, configurable: true });
    try {
      const fake = await renderPopup({ scan });
      await userEvent.click(screen.getByRole('button', { name: 'Open the coach' }));
      await waitFor(() => expect(fake.sentOf('open-coach')).toHaveLength(1));
    } finally {
      Object.defineProperty(fakeBrowser, 'sidePanel', { value: sidePanel, configurable: true });
    }
  });
});

describe('the popup’s way to the rest of issue 16', () => {
  const many = {
    learning: true,
    posts: 31,
    topics: ['nynorsk', 'kundeservice', 'support', 'språket'].map((name, i) => ({
      name,
      forms: [],
      posts: 8 - i,
    })),
    hashtags: [{ tag: '#nynorsk', posts: 4 }],
  };

  it('shows the best proposals, and the way to all of them', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await renderPopup({ scan, suggestions: many });
    await waitFor(() => expect(document.querySelectorAll('[data-suggestion="topic"]')).toHaveLength(3));
    expect(document.querySelector('[data-suggestion="hashtag"][data-value="#nynorsk"]')).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'See all 5 proposals in the settings' }));
    expect(open).toHaveBeenCalled();
  });

  it('listens for the account it has seen', async () => {
    await renderPopup({ scan });
    expect(screen.getByRole('link', { name: 'Mentions of @kvitter' })).toHaveAttribute(
      'href',
      'https://x.com/search?q=%40kvitter%20-from%3Akvitter&src=typed_query&f=live',
    );
  });

  it('opens the welcome page again', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await renderPopup({ scan });
    await userEvent.click(screen.getByRole('button', { name: 'Welcome page' }));
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/welcome.html') });
  });
});
