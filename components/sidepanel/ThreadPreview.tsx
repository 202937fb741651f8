import { memo, useState } from 'react';
import { threadCatalog } from '../../lib/i18n/thread';
import { MAX_THREAD_PARTS } from '../../lib/messaging/limits';
import { useClient } from '../client';
import { useT } from '../I18n';
import { useSplitApplied } from './splitContext';
import type { ThreadOffer } from './threadOffer';

type Props = { offer: ThreadOffer; tabId: number; composerId: string };

/**
 * "Split into a thread" under the length hint: each part as it would be posted, with its count,
 * then one button that makes the thread in X's own composer, or (where X has no add-post button)
 * a copy button per part. Test hooks: `data-thread-part` (index) and `data-weighted-length` on
 * each part's text, `data-fix-kind="split-thread"` on the button, `data-copy-part` on copy buttons.
 */
export const ThreadPreview = memo(function ThreadPreview({ offer, tabId, composerId }: Props) {
  const t = useT(threadCatalog);
  const client = useClient();
  const applied = useSplitApplied();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { parts, limit, mode } = offer;

  async function apply() {
    setBusy(true);
    setFailure(null);
    const answer = await client
      .send({ type: 'apply-split', tabId, composerId, parts: parts.map((part) => part.text) })
      .catch(() => ({ ok: false as const, errors: [] }));
    setBusy(false);
    if (answer.ok) applied({ composerId, count: parts.length });
    else setFailure(answer.errors[0]?.message ?? t('applyFailed'));
  }

  return (
    <div className="thread-preview" data-thread-preview={mode}>
      <h4>{t('previewTitle')}</h4>
      <p className="small muted">{t('previewIntro', { count: parts.length, limit })}</p>
      <ol className="thread-parts">
        {parts.map((part, index) => (
          <li key={part.start} className="thread-part">
            <div className="thread-part-head small muted">
              <span>{t('partHeading', { n: index + 1, total: parts.length })}</span>
              <span className={part.weightedLength > limit ? 'over' : undefined}>
                {t('partCount', { count: part.weightedLength, limit })}
              </span>
              {mode === 'copy' && <CopyButton text={part.text} index={index} />}
            </div>
            <p
              className="thread-part-text"
              data-thread-part={index}
              data-weighted-length={part.weightedLength}
            >
              {part.text}
            </p>
          </li>
        ))}
      </ol>
      {mode === 'apply' ? (
        <div className="hint-actions">
          <button
            type="button"
            className="primary"
            data-fix-kind="split-thread"
            disabled={busy}
            onClick={apply}
          >
            {busy ? t('applying') : t('apply')}
          </button>
        </div>
      ) : (
        <p className="small muted">
          {parts.length > MAX_THREAD_PARTS ? t('tooManyParts', { max: MAX_THREAD_PARTS }) : t('copyIntro')}
        </p>
      )}
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </div>
  );
});

/** Copies one part to the clipboard: the page asks nothing of X, the user pastes it themselves. */
function CopyButton({ text, index }: { text: string; index: number }) {
  const t = useT(threadCatalog);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <>
      <button
        type="button"
        className="thread-copy"
        data-copy-part={index}
        aria-label={t('copyLabel', { n: index + 1 })}
        onClick={copy}
      >
        {state === 'copied' ? t('copied') : t('copy')}
      </button>
      {state === 'failed' && (
        <span role="alert" className="field-error">
          {t('copyFailed')}
        </span>
      )}
    </>
  );
}
