import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Listen } from '../../components/listen/Listen';
import { listenSearches, xSearchUrl } from '../../components/listen/searches';
import { defaultStrategy } from '../../lib/strategy/defaults';
import type { Strategy } from '../../lib/strategy/schema';

const strategy: Strategy = {
  ...defaultStrategy,
  brandNames: ['Kvitter AS', 'Kvitter', 'kvitter'],
  topics: [
    { name: 'Nynorsk', keywords: ['nynorsk', 'språk', 'sidemål', 'klarspråk', 'dialekt', 'skriftspråk'] },
    { name: 'Kundeservice', keywords: ['support', 'kundeservice'] },
  ],
};

describe('the searches Listen offers', () => {
  it('are X’s own search, latest first, as typed', () => {
    expect(xSearchUrl('#nynorsk "Kvitter AS"')).toBe(
      'https://x.com/search?q=%23nynorsk%20%22Kvitter%20AS%22&src=typed_query&f=live',
    );
  });

  it('cover each brand name once, the account’s mentions and each topic with its keywords', () => {
    expect(
      listenSearches(strategy, 'kvitterdemo').map(({ group, label, query }) => [group, label, query]),
    ).toEqual([
      ['names', 'Kvitter AS', '"Kvitter AS"'],
      ['names', 'Kvitter', 'Kvitter'],
      ['account', '@kvitterdemo', '@kvitterdemo -from:kvitterdemo'],
      ['topics', 'Nynorsk', 'Nynorsk OR språk OR sidemål OR klarspråk OR dialekt'],
      ['topics', 'Kundeservice', 'Kundeservice OR support'],
    ]);
  });

  it('leave the account out until the profile has been seen', () => {
    expect(listenSearches(defaultStrategy, null)).toEqual([]);
  });
});

describe('Listen', () => {
  it('links each search to its exact URL', () => {
    render(<Listen strategy={strategy} handle="kvitterdemo" />);
    const hrefs = screen.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(hrefs).toEqual([
      ['Kvitter AS', 'https://x.com/search?q=%22Kvitter%20AS%22&src=typed_query&f=live'],
      ['Kvitter', 'https://x.com/search?q=Kvitter&src=typed_query&f=live'],
      [
        'Mentions of @kvitterdemo',
        'https://x.com/search?q=%40kvitterdemo%20-from%3Akvitterdemo&src=typed_query&f=live',
      ],
      [
        'Nynorsk',
        'https://x.com/search?q=Nynorsk%20OR%20spr%C3%A5k%20OR%20sidem%C3%A5l%20OR%20klarspr%C3%A5k%20OR%20dialekt&src=typed_query&f=live',
      ],
      ['Kundeservice', 'https://x.com/search?q=Kundeservice%20OR%20support&src=typed_query&f=live'],
    ]);
  });

  it('opens a search in the current tab, with no request of its own', async () => {
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const opened = vi.fn();
    render(<Listen strategy={strategy} handle={null} onOpened={opened} />);
    await userEvent.click(screen.getByRole('link', { name: 'Kundeservice' }));
    expect(update).toHaveBeenCalledWith({
      url: 'https://x.com/search?q=Kundeservice%20OR%20support&src=typed_query&f=live',
    });
    expect(opened).toHaveBeenCalled();
  });

  it('says what to add when there is nothing to listen for', () => {
    render(<Listen strategy={defaultStrategy} handle={null} />);
    expect(screen.getByText(/Add brand names and topics/)).toBeInTheDocument();
    expect(screen.queryAllByRole('link')).toEqual([]);
  });
});
