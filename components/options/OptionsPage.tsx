import { useMemo, useState } from 'react';
import { resolveUiLanguage } from '../../lib/i18n';
import { optionsCatalog } from '../../lib/i18n/options';
import { welcomeCatalog } from '../../lib/i18n/welcome';
import { openWelcome } from '../../lib/messaging/welcome';
import { type Preset, parseStrategy } from '../../lib/strategy';
import { useClient } from '../client';
import { LanguageProvider, useT } from '../I18n';
import { PageHeader } from '../PageHeader';
import { Suggestions } from '../suggestions/Suggestions';
import { useStrategy } from '../useBackground';
import { ErrorsContext } from './fields';
import { PresetPicker } from './PresetPicker';
import { ResetPanel } from './ResetPanel';
import { SaveBar, type SaveStatus } from './SaveBar';
import { StrategyForm } from './StrategyForm';
import { TransferPanel } from './TransferPanel';
import { UiLanguageField } from './UiLanguageField';
import { useDraft } from './useDraft';

/**
 * The strategy editor. Edits stay in a draft, checked against the schema as the user types;
 * only a valid draft can be saved, and every save can be undone.
 */
export function OptionsPage() {
  const snapshot = useStrategy();
  const editor = useDraft(snapshot);
  const client = useClient();
  const [status, setStatus] = useState<SaveStatus>('idle');
  const language = resolveUiLanguage(editor.draft?.uiLanguage ?? snapshot?.strategy.uiLanguage ?? 'auto');
  const validation = useMemo(
    () => (editor.draft ? parseStrategy(editor.draft, language) : null),
    [editor.draft, language],
  );
  const errors = validation && !validation.ok ? validation.errors : [];

  /** After this page changed storage: the form shows what is stored now. */
  async function reloadStored() {
    const fresh = await client.send({ type: 'get-strategy' });
    editor.load(fresh.strategy);
  }

  async function save() {
    if (!validation?.ok) {
      setStatus('invalid');
      return;
    }
    setStatus('saving');
    const answer = await client
      .send({ type: 'save-strategy', strategy: validation.strategy, language })
      .catch(() => null);
    if (!answer?.ok) {
      setStatus('save-failed');
      return;
    }
    editor.load(validation.strategy);
    setStatus('saved');
  }

  async function run(message: 'undo-save' | 'reset-strategy', done: SaveStatus, failed: SaveStatus) {
    const answer = await client
      .send(message === 'undo-save' ? { type: message, language } : { type: message })
      .catch(() => null);
    if (!answer?.ok) return setStatus(failed);
    await reloadStored();
    setStatus(done);
  }

  const edit: typeof editor.update = (path, value) => {
    editor.update(path, value);
    setStatus('idle');
  };

  function applyPreset(preset: Preset) {
    // The preset sets the strategy, not the language the user reads Kvitter in.
    editor.replace({
      ...preset.strategy,
      uiLanguage: editor.draft?.uiLanguage ?? preset.strategy.uiLanguage,
    });
    setStatus('preset');
  }

  return (
    <LanguageProvider language={language}>
      <main data-page="options" lang={language}>
        <PageHeader />
        <Intro location={snapshot?.location} refused={snapshot?.refused !== undefined} />
        {editor.draft && (
          <ErrorsContext.Provider value={errors}>
            <SaveBar
              dirty={editor.dirty}
              valid={validation?.ok ?? false}
              canUndo={snapshot?.canUndo ?? false}
              status={status}
              onSave={() => void save()}
              onUndo={() => void run('undo-save', 'undone', 'undo-failed')}
              onDiscard={() => {
                editor.discard();
                setStatus('idle');
              }}
            />
            <PresetPicker onApply={applyPreset} />
            <Suggestions controls />
            <StrategyForm draft={editor.draft} update={edit} />
            <UiLanguageField draft={editor.draft} update={edit} />
            <TransferPanel
              dirty={editor.dirty}
              onImported={() => void reloadStored().then(() => setStatus('imported'))}
            />
            <section className="card">
              <ResetPanel onReset={() => void run('reset-strategy', 'reset', 'save-failed')} />
            </section>
          </ErrorsContext.Provider>
        )}
      </main>
    </LanguageProvider>
  );
}

function Intro({ location, refused }: { location: 'sync' | 'local' | undefined; refused: boolean }) {
  const t = useT(optionsCatalog);
  const welcome = useT(welcomeCatalog);
  return (
    <div className="intro">
      <h2>{t('pageTitle')}</h2>
      <p>{t('intro')}</p>
      <p>
        <button type="button" className="link" onClick={() => void openWelcome()}>
          {welcome('openWelcome')}
        </button>
      </p>
      {location && (
        <p className="small muted" data-location={location}>
          {t(location === 'sync' ? 'storedSync' : 'storedLocal')}
        </p>
      )}
      {refused && <p className="notice error">{t('refused')}</p>}
    </div>
  );
}
