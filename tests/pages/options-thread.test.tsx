import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../components/options/OptionsPage';
import { defaultStrategy } from '../../lib/strategy/defaults';
import type { Strategy } from '../../lib/strategy/schema';
import { fakeClient, renderWith } from '../components/fakeClient';

vi.setConfig({ testTimeout: 30_000 });

async function renderOptions(strategy: Strategy) {
  const fake = fakeClient({ strategy });
  renderWith(fake.client, <OptionsPage />);
  await waitFor(() => expect(document.querySelector('[data-field="thread.numbering"]')).not.toBeNull());
  return fake;
}

describe('the thread settings in the options page', () => {
  it('shows the numbering and the offer over the target, and saves both', async () => {
    const fake = await renderOptions({ ...defaultStrategy, uiLanguage: 'en' });
    expect(screen.getByRole('heading', { name: 'Threads' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^None/ })).toBeChecked();
    const overTarget = screen.getByRole('checkbox', { name: /over your target/ });
    expect(overTarget).not.toBeChecked();

    await userEvent.click(screen.getByRole('radio', { name: /1\/3, 2\/3, 3\/3/ }));
    await userEvent.click(overTarget);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(fake.stored().thread).toEqual({ numbering: 'fraction', offerOverTarget: true });
  });

  it('speaks nynorsk', async () => {
    await renderOptions({
      ...defaultStrategy,
      uiLanguage: 'nn',
      thread: { numbering: 'emoji', offerOverTarget: true },
    });
    expect(screen.getByRole('heading', { name: 'Trådar' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /🧵/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /over målet ditt/ })).toBeChecked();
  });
});
