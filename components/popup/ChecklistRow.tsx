import { useId } from 'react';
import type { ItemResult } from '../../lib/checklist';
import { canTick } from '../../lib/checklist';
import { checklistMessages } from '../../lib/checklist/messages';
import { popupCatalog } from '../../lib/i18n/popup';
import { useT } from '../I18n';
import { Why } from '../Why';

const icons = { done: '✓', todo: '○', unknown: '?' } as const;

/** One checklist item: its state, why it has it, a tick box where the user decides, and "Why?". */
export function ChecklistRow({ item, onTick }: { item: ItemResult; onTick: (on: boolean) => void }) {
  const t = useT(popupCatalog);
  const say = useT(checklistMessages);
  const checkId = useId();
  const titleId = useId();
  const stateText =
    item.kind === 'info' && item.state !== 'done'
      ? t('stateInfo')
      : t(item.state === 'done' ? 'stateDone' : item.state === 'todo' ? 'stateTodo' : 'stateUnknown');
  const missing = item.params.missing
    ? String(item.params.missing)
        .split(',')
        .map((part) => t(`missing-${part}` as 'missing-audience'))
        .join(', ')
    : undefined;
  const tickLabel =
    item.id === 'bio-who' || item.id === 'profile-link' ? t(`tick-${item.id}`) : t('tickDone');
  return (
    <li
      className={`check check-${item.state} check-kind-${item.kind}`}
      data-item-id={item.id}
      data-state={item.state}
      aria-labelledby={titleId}
    >
      <span className="check-icon" aria-hidden="true">
        {item.kind === 'info' && item.state !== 'done' ? 'i' : icons[item.state]}
      </span>
      <div className="check-body">
        <p className="check-title" id={titleId}>
          {say(`item-${item.id}`)} <span className="visually-hidden">({stateText})</span>
        </p>
        <p className="check-reason small muted">
          {say(`reason-${item.reason}`, { ...item.params, ...(missing ? { missing } : {}) })}
          {item.params.following !== undefined && ` ${t('following', { following: item.params.following })}`}
        </p>
        {canTick(item.id) && (
          <label className="check-tick small" htmlFor={checkId}>
            <input
              id={checkId}
              type="checkbox"
              checked={item.ticked}
              onChange={(event) => onTick(event.target.checked)}
              aria-describedby={titleId}
            />{' '}
            {tickLabel}
          </label>
        )}
        <Why adviceId={item.id} />
      </div>
    </li>
  );
}
