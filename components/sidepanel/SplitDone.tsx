import { useState } from 'react';
import { threadCatalog } from '../../lib/i18n/thread';
import { useClient } from '../client';
import { useT } from '../I18n';
import type { AppliedSplit } from './splitContext';

type Props = { tabId: number; split: AppliedSplit; onClose: () => void };

/** After a split: what happened, and the one step that undoes it (`data-fix-kind="undo-split"`). */
export function SplitDone({ tabId, split, onClose }: Props) {
  const t = useT(threadCatalog);
  const client = useClient();
  const [state, setState] = useState<'done' | 'undoing' | 'undone'>('done');
  const [failure, setFailure] = useState<string | null>(null);

  async function undo() {
    setState('undoing');
    setFailure(null);
    const answer = await client
      .send({ type: 'undo-split', tabId })
      .catch(() => ({ ok: false as const, errors: [] }));
    setState(answer.ok ? 'undone' : 'done');
    if (!answer.ok) setFailure(answer.errors[0]?.message ?? t('undoFailed'));
  }

  return (
    <section className="notice ok split-done" data-split-state={state} role="status">
      <p>{state === 'undone' ? t('undone') : t('done', { count: split.count })}</p>
      <div className="hint-actions">
        {state !== 'undone' && (
          <button type="button" data-fix-kind="undo-split" disabled={state === 'undoing'} onClick={undo}>
            {state === 'undoing' ? t('undoing') : t('undo')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </section>
  );
}
