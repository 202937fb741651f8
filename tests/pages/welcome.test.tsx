import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { welcomeSteps } from '../../components/welcome/steps';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import type { UiLanguage } from '../../lib/i18n';
import { welcomeCatalog } from '../../lib/i18n/welcome';
import { defaultStrategy } from '../../lib/strategy/defaults';
import { presets } from '../../lib/strategy/presets';
import type { Strategy } from '../../lib/strategy/schema';
import { fakeClient, renderWith } from '../components/fakeClient';

const inLanguage = (language: UiLanguage): Strategy => ({ ...defaultStrategy, uiLanguage: language });

async function renderWelcome(strategy: Strategy, options: Parameters<typeof fakeClient>[0] = {}) {
  const fake = fakeClient({ strategy, ...options });
  renderWith(fake.client, <WelcomePage />);
  await screen.findByRole('navigation');
  return fake;
}

/** The step shown now: its `data-step`. */
const currentStep = () => document.querySelector('[data-step]')?.getAttribute('data-step');

beforeEach(() => {
  history.replaceState(null, '', '/welcome.html');
});
afterEach(() => {
  history.replaceState(null, '', '/');
});

describe.each(['nb', 'nn', 'en'] as const)('the welcome page in %s', (language) => {
  const text = welcomeCatalog[language];

  it('has the test hook, and every step renders under its heading; skipping them all saves nothing', async () => {
    const fake = await renderWelcome(inLanguage(language));
    expect(document.querySelector('main')).toHaveAttribute('data-page', 'welcome');
    expect(document.querySelector('main')).toHaveAttribute('lang', language);
    expect(screen.getByRole('heading', { name: text.pageTitle })).toBeInTheDocument();
    const user = userEvent.setup();
    for (const step of welcomeSteps) {
      expect(currentStep()).toBe(step);
      expect(screen.getByRole('heading', { level: 2, name: text[`step-${step}`] })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: new RegExp(text[`step-${step}`]) })).toHaveAttribute(
        'aria-current',
        'step',
      );
      if (step !== 'ready') await user.click(screen.getByRole('button', { name: text.skip }));
    }
    // The last step says how to open the coach and what Kvitter never sends.
    expect(screen.getByText(text.openToolbar)).toBeInTheDocument();
    expect(screen.getByText(text.privacyNever)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: text.finish })).toBeInTheDocument();
    expect(fake.sentOf('save-strategy')).toEqual([]);
    expect(fake.sentOf('add-to-strategy')).toEqual([]);
  });

  it('goes on and back with the keyboard, and puts the focus on each step’s heading', async () => {
    await renderWelcome(inLanguage(language));
    const user = userEvent.setup();
    // The stepper's six steps, the language choice, Skip, then Next.
    await user.tab();
    expect(screen.getByRole('button', { name: new RegExp(text['step-language']) })).toHaveFocus();
    for (let i = 0; i < 8; i++) await user.tab();
    expect(screen.getByRole('button', { name: text.next })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(currentStep()).toBe('speaker');
    await waitFor(() => expect(screen.getByRole('heading', { name: text['step-speaker'] })).toHaveFocus());
    await user.tab();
    expect(screen.getByRole('radio', { name: new RegExp(text['speaker-personal']) })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: text.back })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(currentStep()).toBe('language');
    await waitFor(() => expect(screen.getByRole('heading', { name: text['step-language'] })).toHaveFocus());
  });
});

describe('the welcome page’s steps', () => {
  it('switches its own language at once when one is chosen', async () => {
    const fake = await renderWelcome(inLanguage('en'));
    await userEvent.click(screen.getByRole('radio', { name: 'Nynorsk' }));
    expect(fake.sentOf('save-strategy').at(-1)?.strategy).toMatchObject({ uiLanguage: 'nn' });
    expect(await screen.findByRole('heading', { name: welcomeCatalog.nn.pageTitle })).toBeInTheDocument();
  });

  it('saves who speaks and the names, with Enter in the names field', async () => {
    history.replaceState(null, '', '/welcome.html#speaker');
    const fake = await renderWelcome(inLanguage('en'));
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: /The business’s official account/ }));
    await user.type(
      screen.getByRole('textbox', { name: 'Names of the business or its products' }),
      'Kvitter AS, Kvitter{Enter}',
    );
    await waitFor(() => expect(currentStep()).toBe('preset'));
    expect(fake.stored()).toMatchObject({ accountType: 'company', brandNames: ['Kvitter AS', 'Kvitter'] });
    // The presets that fit a business account come first.
    const presets = [...document.querySelectorAll('[data-preset]')].map((p) => p.getAttribute('data-preset'));
    expect(presets.slice(0, 3).sort()).toEqual(['company-official', 'customer-service', 'public-body']);
  });

  it('applies a preset, keeping the language and the names', async () => {
    history.replaceState(null, '', '/welcome.html#preset');
    const fake = await renderWelcome({ ...inLanguage('en'), brandNames: ['Kvitter AS'] });
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: /Customer-service account/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(currentStep()).toBe('audience'));
    const preset = presets.find((candidate) => candidate.id === 'customer-service')?.strategy;
    expect(fake.stored()).toEqual({ ...preset, uiLanguage: 'en', brandNames: ['Kvitter AS'] });
    // The next step starts from what was just saved.
    expect(screen.getByRole('textbox', { name: 'Whom do you want to reach?' })).toHaveValue(preset?.audience);
  });

  it('keeps the strategy as it is when “none” is chosen', async () => {
    history.replaceState(null, '', '/welcome.html#preset');
    const fake = await renderWelcome(inLanguage('en'));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(currentStep()).toBe('audience'));
    expect(fake.sentOf('save-strategy')).toEqual([]);
  });

  it('saves audience and goals', async () => {
    history.replaceState(null, '', '/welcome.html#audience');
    const fake = await renderWelcome(inLanguage('en'));
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Whom do you want to reach?' }), 'Lærere');
    await user.type(
      screen.getByRole('textbox', { name: 'What do you want to achieve?' }),
      'Dele det jeg lærer',
    );
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(currentStep()).toBe('topics'));
    expect(fake.stored()).toMatchObject({ audience: 'Lærere', goals: 'Dele det jeg lærer' });
  });

  it('adds typed topics, and shows the proposals from the user’s posts beside them', async () => {
    history.replaceState(null, '', '/welcome.html#topics');
    const fake = await renderWelcome(inLanguage('en'), {
      suggestions: {
        learning: true,
        posts: 20,
        topics: [{ name: 'nynorsk', forms: [], posts: 6 }],
        hashtags: [],
      },
    });
    await waitFor(() =>
      expect(document.querySelector('[data-suggestion="topic"][data-value="nynorsk"]')).not.toBeNull(),
    );
    expect(screen.getByRole('checkbox', { name: 'Learn topics from my own posts' })).toBeChecked();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Type topics' }), 'Skole, læring, skole');
    await user.click(screen.getByRole('button', { name: 'Add the topics' }));
    expect(await screen.findByText('Added: Skole, læring.')).toBeInTheDocument();
    expect(fake.stored().topics).toEqual([
      { name: 'Skole', keywords: ['Skole'] },
      { name: 'læring', keywords: ['læring'] },
    ]);
    expect(screen.getByText('Your topics: Skole, læring')).toBeInTheDocument();
  });

  it('names the shortcut the browser has, and closes its own tab when done', async () => {
    history.replaceState(null, '', '/welcome.html#ready');
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
      { name: 'open-coach', shortcut: 'Alt+Shift+K', description: '' },
    ] as never);
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue({ id: 42 } as never);
    const remove = vi.spyOn(fakeBrowser.tabs, 'remove').mockResolvedValue();
    await renderWelcome(inLanguage('en'));
    expect(await screen.findByText('The shortcut Alt+Shift+K.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(remove).toHaveBeenCalledWith(42));
  });

  it('says why a step could not be saved, and stays on it', async () => {
    history.replaceState(null, '', '/welcome.html#audience');
    await renderWelcome(inLanguage('en'), {
      answers: {
        'save-strategy': () => ({ ok: false, errors: [{ path: 'audience', message: 'Too long.' }] }),
      },
    });
    await userEvent.type(screen.getByRole('textbox', { name: 'Whom do you want to reach?' }), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not save: Too long.');
    expect(currentStep()).toBe('audience');
  });
});
