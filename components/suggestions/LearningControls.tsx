import { useId, useRef, useState } from 'react';
import { learningCatalog } from '../../lib/i18n/learning';
import { useClient } from '../client';
import { useT } from '../I18n';

/**
 * The learning switch (on unless the user turns it off) and "forget what Kvitter learned", which
 * asks once more before it removes the counts and dismissals from storage.
 */
export function LearningControls({ learning, onChanged }: { learning: boolean; onChanged: () => void }) {
  const t = useT(learningCatalog);
  const client = useClient();
  const helpId = useId();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<'forgotten' | 'failed' | null>(null);
  const forgetRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  async function setLearning(enabled: boolean) {
    const answer = await client.send({ type: 'set-learning', enabled }).catch(() => null);
    setMessage(answer?.ok ? null : 'failed');
    onChanged();
  }

  async function forget() {
    const answer = await client.send({ type: 'forget-learned' }).catch(() => null);
    setConfirming(false);
    setMessage(answer?.ok ? 'forgotten' : 'failed');
    onChanged();
    requestAnimationFrame(() => forgetRef.current?.focus());
  }

  return (
    <div className="learning-controls">
      <label className="choice learning-switch">
        <input
          type="checkbox"
          checked={learning}
          aria-describedby={helpId}
          onChange={(event) => void setLearning(event.target.checked)}
        />
        <span>{t('learningSwitch')}</span>
      </label>
      <p id={helpId} className="small muted">
        {t('learningHelp')}
      </p>
      {confirming ? (
        <div className="forget-confirm">
          <p>{t('forgetConfirm')}</p>
          <div className="button-row">
            <button type="button" className="danger" ref={confirmRef} onClick={() => void forget()}>
              {t('forgetYes')}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => forgetRef.current?.focus());
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          ref={forgetRef}
          onClick={() => {
            setMessage(null);
            setConfirming(true);
            requestAnimationFrame(() => confirmRef.current?.focus());
          }}
        >
          {t('forget')}
        </button>
      )}
      <p role="status" className="small">
        {message === 'forgotten' && t('forgotten')}
        {message === 'failed' && <span className="field-error">{t('changeFailed')}</span>}
      </p>
    </div>
  );
}
