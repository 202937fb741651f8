import { optionsCatalog } from '../../lib/i18n/options';
import { useT } from '../I18n';

export type SaveStatus =
  | 'idle'
  | 'saving'
  | 'saved'
  | 'invalid'
  | 'save-failed'
  | 'undone'
  | 'undo-failed'
  | 'imported'
  | 'reset'
  | 'preset';

const messages = {
  saving: 'saving',
  saved: 'saved',
  invalid: 'invalidSummary',
  'save-failed': 'saveFailed',
  undone: 'undone',
  'undo-failed': 'undoFailed',
  imported: 'imported',
  reset: 'resetDone',
  preset: 'presetApplied',
} as const;

type Props = {
  dirty: boolean;
  valid: boolean;
  canUndo: boolean;
  status: SaveStatus;
  onSave: () => void;
  onUndo: () => void;
  onDiscard: () => void;
};

/** Takes the user to the first field that has an error. */
function focusFirstProblem() {
  const field = document.querySelector<HTMLElement>('[aria-invalid="true"]');
  field?.scrollIntoView({ block: 'center' });
  field?.focus();
}

/** Save, undo the last save, discard the edits; and what just happened, announced politely. */
export function SaveBar({ dirty, valid, canUndo, status, onSave, onUndo, onDiscard }: Props) {
  const t = useT(optionsCatalog);
  const shown =
    status === 'idle' ? (dirty ? (valid ? 'unsaved' : 'invalidSummary') : null) : messages[status];
  const problem =
    status === 'invalid' || status === 'save-failed' || status === 'undo-failed' || (dirty && !valid);
  return (
    <div className="save-bar">
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={!dirty || !valid || status === 'saving'}
          onClick={onSave}
        >
          {t('save')}
        </button>
        <button type="button" disabled={!canUndo} onClick={onUndo}>
          {t('undo')}
        </button>
        {dirty && (
          <button type="button" onClick={onDiscard}>
            {t('discard')}
          </button>
        )}
        {dirty && !valid && (
          <button type="button" className="link" onClick={focusFirstProblem}>
            {t('showProblem')}
          </button>
        )}
      </div>
      <p className={`save-status small ${problem ? 'problem' : ''}`} role="status">
        {shown ? t(shown) : ''}
      </p>
    </div>
  );
}
