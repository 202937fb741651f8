import { memo, useState } from 'react';
import { sidepanelCatalog } from '../../lib/i18n/sidepanel';
import type { Hint } from '../../lib/rules/types';
import { useClient } from '../client';
import { useLanguage, useT } from '../I18n';
import { Why } from '../Why';
import { AddToStrategy } from './AddToStrategy';
import { ThreadPreview } from './ThreadPreview';
import type { ThreadOffer } from './threadOffer';

type Props = {
  hint: Hint;
  text: string;
  tabId: number;
  composerId: string;
  topics: string[];
  onIgnore: () => void;
  /** A thread to offer under this hint (the length hint of an over-long draft). */
  thread?: ThreadOffer | null;
};

/** The words of the draft a hint shows: those it is about, and those its fix replaces. */
const wordsOf = ({ hint, text }: Props) =>
  `${hint.range ? text.slice(hint.range.start, hint.range.end) : ''}\n${hint.fix ? text.slice(hint.fix.range.start, hint.fix.range.end) : ''}`;

/**
 * Whether a hint would render the same. The panel re-renders on every keystroke, and most
 * keystrokes leave most hints as they were. `onIgnore` is left out: it is a new function on every
 * render, but for the same hint and words it always ignores the same key of the same composer.
 */
function sameHint(before: Props, after: Props): boolean {
  return (
    before.tabId === after.tabId &&
    before.composerId === after.composerId &&
    before.topics.join('\n') === after.topics.join('\n') &&
    before.thread === after.thread &&
    wordsOf(before) === wordsOf(after) &&
    // The ranges count too: a fix is applied at its offsets.
    (before.hint === after.hint || JSON.stringify(before.hint) === JSON.stringify(after.hint))
  );
}

/** One hint: its message, the words it is about, and what the user can do with it. */
export const HintItem = memo(function HintItem({
  hint,
  text,
  tabId,
  composerId,
  topics,
  onIgnore,
  thread,
}: Props) {
  const t = useT(sidepanelCatalog);
  const language = useLanguage();
  const client = useClient();
  const [fixFailed, setFixFailed] = useState(false);
  const [fixing, setFixing] = useState(false);
  const about = hint.range ? text.slice(hint.range.start, hint.range.end) : '';
  const fix = hint.fix;

  async function applyFix() {
    if (!fix) return;
    setFixing(true);
    const answer = await client
      .send({ type: 'apply-fix', tabId, composerId, fix })
      .catch(() => ({ ok: false as const, errors: [] }));
    setFixing(false);
    setFixFailed(!answer.ok);
  }

  const fixFrom = fix ? text.slice(fix.range.start, fix.range.end) : '';
  return (
    <li className={`hint hint-${hint.severity}`} data-rule-id={hint.ruleId} data-severity={hint.severity}>
      <p className="hint-message">{hint.message[language]}</p>
      {about && about.length <= 80 && (
        <p className="hint-about small">{language === 'en' ? `“${about}”` : `«${about}»`}</p>
      )}
      {fix && fixFrom && (
        <p className="hint-fix-preview small muted">
          {fix.text
            ? t('fixPreview', { from: fixFrom.trim(), to: fix.text.trim() })
            : t('fixRemove', { from: fixFrom.trim() })}
        </p>
      )}
      <div className="hint-actions">
        {fix && (
          <button type="button" className="primary" disabled={fixing} onClick={applyFix}>
            {fix.label[language]}
          </button>
        )}
        <button type="button" onClick={onIgnore}>
          {t('ignore')}
        </button>
        <Why adviceId={hint.adviceId} />
      </div>
      {fixFailed && (
        <p role="alert" className="field-error">
          {t('fixFailed')}
        </p>
      )}
      {hint.addToStrategy && <AddToStrategy suggestion={hint.addToStrategy} topics={topics} />}
      {thread && <ThreadPreview offer={thread} tabId={tabId} composerId={composerId} />}
    </li>
  );
}, sameHint);
