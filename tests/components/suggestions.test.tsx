import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Suggestions } from '../../components/suggestions/Suggestions';
import type { Suggestions as SuggestionsData } from '../../lib/messaging/responses';
import { defaultStrategy } from '../../lib/strategy/defaults';
import { fakeClient, renderWith } from './fakeClient';

const learned: SuggestionsData = {
  learning: true,
  posts: 31,
  topics: [
    { name: 'nynorsk', forms: ['nynorsk', 'nynorsken'], posts: 8 },
    { name: 'kundeservice', forms: ['kundeservice'], posts: 6 },
  ],
  hashtags: [{ tag: '#nynorsk', posts: 4 }],
};

const proposal = (kind: 'topic' | 'hashtag', value: string) =>
  document.querySelector<HTMLElement>(`[data-suggestion="${kind}"][data-value="${value}"]`);

async function renderSuggestions(options: Parameters<typeof fakeClient>[0] = {}, controls = true) {
  const fake = fakeClient({ suggestions: learned, ...options });
  renderWith(fake.client, <Suggestions controls={controls} />);
  if ((options.suggestions ?? learned).topics.length > 0)
    await waitFor(() => expect(proposal('topic', 'nynorsk')).not.toBeNull());
  return fake;
}

describe('the proposals from the user’s own posts', () => {
  it('shows each topic and hashtag with its hook and how many posts use it', async () => {
    await renderSuggestions();
    const shown = [...document.querySelectorAll('[data-suggestion]')].map(
      (item) => `${item.getAttribute('data-suggestion')}:${item.getAttribute('data-value')}`,
    );
    expect(shown).toEqual(['topic:nynorsk', 'topic:kundeservice', 'hashtag:#nynorsk']);
    expect(proposal('topic', 'nynorsk')).toHaveTextContent('nynorsk in 8 posts');
  });

  it('adds a topic to the strategy through the background, and undoes it', async () => {
    const fake = await renderSuggestions();
    const user = userEvent.setup();
    await user.click(
      within(proposal('topic', 'kundeservice') as HTMLElement).getByRole('button', { name: /Add/ }),
    );
    expect(fake.sentOf('add-to-strategy')).toEqual([
      { type: 'add-to-strategy', kind: 'keyword', value: 'kundeservice', language: 'en' },
    ]);
    const notice = await screen.findByText(/“kundeservice” was added to your strategy/);
    // The button pressed went away with its proposal: the keyboard lands on what happened.
    await waitFor(() => expect(notice).toHaveFocus());
    await user.click(within(notice).getByRole('button', { name: 'Undo' }));
    expect(fake.sentOf('undo-save')).toEqual([{ type: 'undo-save', language: 'en' }]);
    expect(await screen.findByText(/Undone: “kundeservice” was taken out again/)).toBeInTheDocument();
  });

  it('adds a hashtag as a hashtag', async () => {
    const fake = await renderSuggestions();
    await userEvent.click(
      within(proposal('hashtag', '#nynorsk') as HTMLElement).getByRole('button', { name: /Add/ }),
    );
    expect(fake.sentOf('add-to-strategy')).toEqual([
      { type: 'add-to-strategy', kind: 'hashtag', value: '#nynorsk', language: 'en' },
    ]);
  });

  it('sends a dismissal, and shows the proposals the background gives next', async () => {
    const fake = await renderSuggestions();
    await userEvent.click(
      within(proposal('topic', 'nynorsk') as HTMLElement).getByRole('button', { name: /Not for me|Dismiss/ }),
    );
    expect(fake.sentOf('dismiss-suggestion')).toEqual([{ type: 'dismiss-suggestion', value: 'nynorsk' }]);
    fake.pushSuggestions({ ...learned, topics: learned.topics.slice(1) });
    await waitFor(() => expect(proposal('topic', 'nynorsk')).toBeNull());
    expect(proposal('topic', 'kundeservice')).not.toBeNull();
  });

  it('asks again when the strategy changes (a proposal accepted elsewhere)', async () => {
    const fake = await renderSuggestions();
    const asked = fake.sentOf('get-suggestions').length;
    fake.pushStrategy({
      strategy: { ...defaultStrategy, topics: [{ name: 'nynorsk', keywords: ['nynorsk'] }] },
    });
    await waitFor(() => expect(fake.sentOf('get-suggestions').length).toBe(asked + 1));
  });

  it('says how to get proposals when there are none, and that learning is off when it is', async () => {
    await renderSuggestions({ suggestions: { learning: true, posts: 0, topics: [], hashtags: [] } });
    expect(await screen.findByText(/Go to your own profile on X and scroll/)).toBeInTheDocument();
  });

  it('hides itself in the popup while there is nothing to propose', async () => {
    const fake = fakeClient({ suggestions: { learning: true, posts: 12, topics: [], hashtags: [] } });
    renderWith(fake.client, <Suggestions hideWhenEmpty />);
    await waitFor(() => expect(fake.sentOf('get-suggestions').length).toBeGreaterThan(0));
    expect(screen.queryByRole('heading')).toBeNull();
  });
});

describe('the learning switch and forgetting', () => {
  it('turns learning off through the background', async () => {
    const fake = await renderSuggestions();
    const box = screen.getByRole('checkbox', { name: 'Learn topics from my own posts' });
    expect(box).toBeChecked();
    await userEvent.click(box);
    expect(fake.sentOf('set-learning')).toEqual([{ type: 'set-learning', enabled: false }]);
    fake.pushSuggestions({ ...learned, learning: false });
    expect(await screen.findByText('Learning from your posts is off.')).toBeInTheDocument();
    expect(proposal('topic', 'nynorsk')).toBeNull();
  });

  it('forgets only after a second yes', async () => {
    const fake = await renderSuggestions();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Forget what Kvitter learned' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(fake.sentOf('forget-learned')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Forget what Kvitter learned' }));
    expect(screen.getByText(/cannot be undone/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Forget' }));
    expect(fake.sentOf('forget-learned')).toHaveLength(1);
    expect(await screen.findByText(/Forgotten\. Kvitter starts afresh/)).toBeInTheDocument();
  });
});
