import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '../../components/options/OptionsPage';
import { presets } from '../../lib/strategy';
import { defaultStrategy } from '../../lib/strategy/defaults';
import type { Strategy } from '../../lib/strategy/schema';
import { fakeClient, renderWith } from '../components/fakeClient';

// Typing into many fields with user-event is slow on a busy machine; these tests are about behaviour, not speed.
vi.setConfig({ testTimeout: 30_000 });

const english: Strategy = {
  ...defaultStrategy,
  uiLanguage: 'en',
  audience: 'Teachers',
  topics: [{ name: 'School', keywords: ['school', 'teacher'] }],
};

async function renderOptions(options: Parameters<typeof fakeClient>[0] = {}) {
  const fake = fakeClient({ strategy: english, ...options });
  renderWith(fake.client, <OptionsPage />);
  await waitFor(() => expect(document.querySelector('[data-field="audience"]')).not.toBeNull());
  return fake;
}

const saveButton = () => screen.getByRole('button', { name: 'Save' });
const fieldOf = (path: string) =>
  document.querySelector<HTMLElement>(`[data-field="${path}"]`) as HTMLElement;

async function retype(label: string | HTMLElement, text: string) {
  const input = typeof label === 'string' ? screen.getByLabelText(label) : label;
  await userEvent.clear(input);
  if (text) await userEvent.type(input, text);
}

describe('the strategy editor shows and edits every kind of field', () => {
  it('shows the stored strategy and where it is kept', async () => {
    await renderOptions({ location: 'local' });
    expect(screen.getByLabelText('Whom do you want to reach?')).toHaveValue('Teachers');
    expect(screen.getByLabelText('Topic')).toHaveValue('School');
    expect(screen.getByLabelText('Keywords')).toHaveValue('school, teacher');
    expect(screen.getByLabelText('Posts per week')).toHaveValue(3);
    expect(screen.getByRole('radio', { name: /Personal/ })).toBeChecked();
    expect(screen.getByText('Stored on this device only (too large to sync).')).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
  });

  it('saves text, list, number, choice and checkbox fields', async () => {
    const fake = await renderOptions();
    await userEvent.click(screen.getByRole('radio', { name: /Official company account/ }));
    await retype('Brand names', 'Kvitter, Kvitter Pro');
    await retype('What do you want to achieve?', 'Be useful');
    await retype('Preferred hashtags', '#edchat, #norsk');
    await retype('Most hashtags per post', '3');
    await retype('Posts per week', '5');
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Every post must be signed (shared account)' }),
    );
    await retype('Your signatures', '^KH');
    await userEvent.click(screen.getByRole('checkbox', { name: 'English' }));
    await retype('Target share of nynorsk (%)', '25');
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();
    await userEvent.click(saveButton());
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(fake.sentOf('save-strategy')).toHaveLength(1);
    expect(fake.stored()).toEqual({
      ...english,
      accountType: 'company',
      brandNames: ['Kvitter', 'Kvitter Pro'],
      goals: 'Be useful',
      hashtags: { preferred: ['#edchat', '#norsk'], max: 3 },
      postsPerWeek: 5,
      signatures: { required: true, list: ['^KH'] },
      languages: { allowed: ['nb', 'nn'], nynorskTarget: 25 },
    });
    expect(saveButton()).toBeDisabled();
  });

  it('edits topics and their keywords, adds and removes them', async () => {
    const fake = await renderOptions();
    await userEvent.click(screen.getByRole('button', { name: 'Add a topic' }));
    const [, second] = screen.getAllByLabelText('Topic');
    await retype(second as HTMLElement, 'Nynorsk');
    await retype(screen.getAllByLabelText('Keywords')[1] as HTMLElement, 'nynorsk, språk');
    await userEvent.click(screen.getByRole('button', { name: 'Remove the topic “School”' }));
    await userEvent.click(saveButton());
    await screen.findByText('Saved.');
    expect(fake.stored().topics).toEqual([{ name: 'Nynorsk', keywords: ['nynorsk', 'språk'] }]);
  });

  it('edits words to avoid with replacements', async () => {
    const fake = await renderOptions();
    await userEvent.click(screen.getByRole('button', { name: 'Add a word' }));
    await retype('Avoid', 'vedrørende');
    await retype('Write instead', 'om');
    await userEvent.click(saveButton());
    await screen.findByText('Saved.');
    expect(fake.stored().avoidPhrases).toEqual([{ phrase: 'vedrørende', replacement: 'om' }]);
  });

  it('turns rules off and overrides their severity', async () => {
    const fake = await renderOptions();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Shouting (CAPITALS, !!!): On' }));
    expect(screen.getByRole('combobox', { name: 'Shouting (CAPITALS, !!!): Severity' })).toBeDisabled();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Outside your topics: Severity' }),
      'warning',
    );
    await userEvent.click(saveButton());
    await screen.findByText('Saved.');
    expect(fake.stored().rules.shouting).toEqual({ enabled: false });
    expect(fake.stored().rules['off-topic']).toEqual({ enabled: true, severity: 'warning' });
  });

  it('switches the page language with the language field', async () => {
    const fake = await renderOptions();
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'nn');
    expect(await screen.findByRole('button', { name: 'Lagre' })).toBeInTheDocument();
    expect(screen.getByLabelText('Kven vil du nå?')).toHaveValue('Teachers');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    await screen.findByText('Lagra.');
    expect(fake.stored().uiLanguage).toBe('nn');
  });
});

describe('validation as you type', () => {
  it('shows a target above the limit at the field and saves nothing', async () => {
    const fake = await renderOptions();
    await retype('Target length', '300');
    const error = within(fieldOf('length.softTarget')).getByText(
      /target length cannot be above the hard limit/,
    );
    expect(error).toBeInTheDocument();
    expect(screen.getByLabelText('Target length')).toHaveAttribute('aria-invalid', 'true');
    expect(saveButton()).toBeDisabled();
    expect(
      screen.getByText('Correct the marked fields before saving. Nothing has been saved.'),
    ).toBeInTheDocument();
    expect(fake.sentOf('save-strategy')).toEqual([]);
    await retype('Target length', '250');
    expect(within(fieldOf('length.softTarget')).queryByText(/above the limit/i)).not.toBeInTheDocument();
    expect(saveButton()).toBeEnabled();
  });

  it('shows each kind of invalid input at its own field', async () => {
    const fake = await renderOptions();
    // Checks across fields run once every field is well-formed, so this one comes first.
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Every post must be signed (shared account)' }),
    );
    expect(within(fieldOf('signatures.list')).getByText(/at least one signature/i)).toBeInTheDocument();
    await retype('Preferred hashtags', '#ok, #not ok!');
    expect(within(fieldOf('hashtags.preferred')).getByText(/letters, digits and _/)).toBeInTheDocument();
    await retype('Posts per week', '');
    expect(within(fieldOf('postsPerWeek')).getByText(/missing/i)).toBeInTheDocument();
    for (const code of ['Bokmål', 'Nynorsk', 'English'])
      await userEvent.click(screen.getByRole('checkbox', { name: code }));
    expect(within(fieldOf('languages.allowed')).getByRole('alert')).toBeInTheDocument();
    await retype(screen.getByLabelText('Topic'), '');
    expect(within(fieldOf('topics.0.name')).getByText(/cannot be empty/i)).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    expect(fake.sentOf('save-strategy')).toEqual([]);
  });

  it('speaks the UI language in its messages', async () => {
    await renderOptions({ strategy: { ...english, uiLanguage: 'nb' } });
    await retype('Mållengde', '999');
    expect(
      within(fieldOf('length.softTarget')).getByText(/mållengden kan ikke være over grensen/),
    ).toBeInTheDocument();
  });

  it('shows the errors of a refused save and keeps the edits', async () => {
    const fake = await renderOptions({
      answers: { 'save-strategy': () => ({ ok: false, errors: [{ path: '', message: 'quota' }] }) },
    });
    await retype('Whom do you want to reach?', 'Parents');
    await userEvent.click(saveButton());
    expect(await screen.findByText('Could not save. Nothing has changed.')).toBeInTheDocument();
    expect(screen.getByLabelText('Whom do you want to reach?')).toHaveValue('Parents');
    expect(fake.stored().audience).toBe('Teachers');
  });
});

describe('presets, undo and reset', () => {
  it('previews a preset before applying it, and applies it only to the form', async () => {
    const fake = await renderOptions();
    const preset = presets.find((p) => p.id === 'public-body');
    if (!preset) throw new Error('no public-body preset');
    await userEvent.selectOptions(screen.getByLabelText('Preset'), preset.id);
    const preview = document.querySelector('[data-preset="public-body"]') as HTMLElement;
    expect(within(preview).getByText(preset.description.en)).toBeInTheDocument();
    expect(within(preview).getByText(/Written standards: Bokmål, Nynorsk/)).toBeInTheDocument();
    // Previewing changes nothing.
    expect(screen.getByLabelText('Whom do you want to reach?')).toHaveValue('Teachers');
    await userEvent.click(screen.getByRole('button', { name: 'Use this preset in the form' }));
    expect(screen.getByLabelText('Whom do you want to reach?')).toHaveValue(preset.strategy.audience);
    expect(screen.getByText('The preset is in the form. Look it over and save.')).toBeInTheDocument();
    expect(fake.sentOf('save-strategy')).toEqual([]);
    await userEvent.click(saveButton());
    await screen.findByText('Saved.');
    expect(fake.stored()).toEqual({ ...preset.strategy, uiLanguage: 'en' });
  });

  it('cancels a preview without touching the form', async () => {
    await renderOptions();
    await userEvent.selectOptions(screen.getByLabelText('Preset'), 'company-official');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.querySelector('[data-preset]')).toBeNull();
    expect(saveButton()).toBeDisabled();
  });

  it('undoes the last save', async () => {
    const fake = await renderOptions();
    expect(screen.getByRole('button', { name: 'Undo the last save' })).toBeDisabled();
    await retype('Whom do you want to reach?', 'Parents');
    await userEvent.click(saveButton());
    await screen.findByText('Saved.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo the last save' })).toBeEnabled());
    await userEvent.click(screen.getByRole('button', { name: 'Undo the last save' }));
    expect(await screen.findByText('The last save is undone.')).toBeInTheDocument();
    expect(fake.sentOf('undo-save')).toEqual([{ type: 'undo-save', language: 'en' }]);
    expect(screen.getByLabelText('Whom do you want to reach?')).toHaveValue('Teachers');
  });

  it('resets to the defaults only after confirmation', async () => {
    const fake = await renderOptions();
    await userEvent.click(screen.getByRole('button', { name: 'Reset to the defaults …' }));
    expect(screen.getByText(/Replace your whole strategy with the defaults\?/)).toBeInTheDocument();
    expect(fake.sentOf('reset-strategy')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(fake.sentOf('reset-strategy')).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Reset to the defaults …' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    expect(await screen.findByText('The strategy is reset.')).toBeInTheDocument();
    expect(fake.sentOf('reset-strategy')).toHaveLength(1);
    expect(screen.getByLabelText('Whom do you want to reach?')).toHaveValue('');
  });

  it('discards unsaved edits', async () => {
    await renderOptions();
    await retype('Whom do you want to reach?', 'Parents');
    await userEvent.click(screen.getByRole('button', { name: 'Discard the changes' }));
    expect(screen.getByLabelText('Whom do you want to reach?')).toHaveValue('Teachers');
    expect(saveButton()).toBeDisabled();
  });
});

describe('import and export', () => {
  it('a bad import shows its errors and changes nothing', async () => {
    const errors = [{ path: 'strategy.topics.0.name', message: 'Topics › no. 1 › Name: cannot be empty.' }];
    const fake = await renderOptions({ answers: { 'import-strategy': () => ({ ok: false, errors }) } });
    await retype('Whom do you want to reach?', 'Parents');
    await userEvent.type(screen.getByLabelText('Or paste an exported strategy'), 'nonsense');
    await userEvent.click(screen.getByRole('button', { name: 'Import the text' }));
    const alert = await screen.findByTestId('import-errors');
    expect(alert).toHaveTextContent('The import was refused and nothing has changed:');
    expect(alert).toHaveTextContent('Topics › no. 1 › Name: cannot be empty.');
    expect(fake.sentOf('import-strategy')).toEqual([
      { type: 'import-strategy', text: 'nonsense', language: 'en' },
    ]);
    // The unsaved edit stays, the stored strategy is untouched.
    expect(screen.getByLabelText('Whom do you want to reach?')).toHaveValue('Parents');
    expect(fake.stored()).toEqual(english);
  });

  it('imports a file and shows the imported strategy', async () => {
    const imported = { ...english, audience: 'Imported audience' };
    const fake = await renderOptions({
      answers: {
        'import-strategy': () => {
          fake.pushStrategy({ strategy: imported, canUndo: true });
          return { ok: true };
        },
      },
    });
    const file = new File(['{"format":"kvitter-strategy"}'], 'strategy.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Import from a file'), file);
    expect(await screen.findByText('The strategy is imported. You can undo it.')).toBeInTheDocument();
    expect(fake.sentOf('import-strategy')[0]?.text).toBe('{"format":"kvitter-strategy"}');
    expect(screen.getByLabelText('Whom do you want to reach?')).toHaveValue('Imported audience');
  });

  it('exports through a download link', async () => {
    const createObjectURL = vi.fn(() => 'blob:kvitter');
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const clicked: { download: string; href: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href });
    });
    await renderOptions({
      answers: {
        'export-strategy': () => ({ text: '{"strategy":1}', filename: 'kvitter-strategy-2026-11-25.json' }),
      },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Export the strategy' }));
    await waitFor(() =>
      expect(clicked).toEqual([{ download: 'kvitter-strategy-2026-11-25.json', href: 'blob:kvitter' }]),
    );
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(await blob.text()).toBe('{"strategy":1}');
    click.mockRestore();
    vi.unstubAllGlobals();
  });
});

describe('changes made elsewhere', () => {
  it('follows the stored strategy while there are no unsaved edits, and keeps them when there are', async () => {
    const fake = await renderOptions();
    act(() => fake.pushStrategy({ strategy: { ...english, audience: 'From another window' } }));
    await waitFor(() =>
      expect(screen.getByLabelText('Whom do you want to reach?')).toHaveValue('From another window'),
    );
    await retype('What do you want to achieve?', 'Mine');
    act(() => fake.pushStrategy({ strategy: { ...english, audience: 'Again elsewhere' } }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByLabelText('What do you want to achieve?')).toHaveValue('Mine');
  });
});

describe('finding a problem', () => {
  it('takes the user to the first invalid field', async () => {
    await renderOptions();
    await retype('Posts per week', '');
    await userEvent.click(screen.getByRole('button', { name: 'Show the first problem' }));
    expect(screen.getByLabelText('Posts per week')).toHaveFocus();
  });
});

describe('where the strategy is and whether it could be read', () => {
  it('says it is synced, and says so when the stored strategy was refused', async () => {
    const fake = fakeClient({ strategy: english });
    fake.pushStrategy({ refused: [{ path: 'version', message: 'newer Kvitter' }] });
    renderWith(fake.client, <OptionsPage />);
    expect(
      await screen.findByText('Stored in your browser account and synced between your browsers.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/could not be read, so the defaults are shown/)).toBeInTheDocument();
  });
});

describe('proposals from the user’s own posts, and the welcome page', () => {
  it('shows the proposals with the learning switch and forget, and an accepted one reaches the form', async () => {
    const fake = await renderOptions({
      suggestions: {
        learning: true,
        posts: 30,
        topics: [{ name: 'nynorsk', forms: [], posts: 7 }],
        hashtags: [],
      },
    });
    const proposal = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-suggestion="topic"][data-value="nynorsk"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(screen.getByRole('checkbox', { name: 'Learn topics from my own posts' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Forget what Kvitter learned' })).toBeInTheDocument();
    await userEvent.click(within(proposal).getByRole('button', { name: /Add/ }));
    expect(fake.sentOf('add-to-strategy')).toEqual([
      { type: 'add-to-strategy', kind: 'keyword', value: 'nynorsk', language: 'en' },
    ]);
    // No unsaved edits: the form follows the stored strategy, the new topic with it.
    await waitFor(() => expect(within(fieldOf('topics.1.name')).getByRole('textbox')).toHaveValue('nynorsk'));
  });

  it('opens the welcome page again', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await renderOptions();
    await userEvent.click(screen.getByRole('button', { name: 'Welcome page' }));
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/welcome.html') });
  });
});
