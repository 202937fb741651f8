import { type Severity, severities } from '../../lib/core/types';
import { sidepanelCatalog } from '../../lib/i18n/sidepanel';
import type { Hint } from '../../lib/rules/types';
import { useT } from '../I18n';
import { HintItem } from './HintItem';
import type { ThreadOffer } from './threadOffer';

type Props = {
  hints: { hint: Hint; key: string }[];
  text: string;
  tabId: number;
  composerId: string;
  topics: string[];
  ignoredCount: number;
  onIgnore: (key: string) => void;
  /** The thread to offer, and the hint to offer it under. */
  thread?: { hint: Hint; offer: ThreadOffer } | null;
};

const headings: Record<Severity, 'severityError' | 'severityWarning' | 'severitySuggestion'> = {
  error: 'severityError',
  warning: 'severityWarning',
  suggestion: 'severitySuggestion',
};

/** The hints of one composer part, most serious first, grouped under a heading per severity. */
export function HintList({ hints, text, tabId, composerId, topics, ignoredCount, onIgnore, thread }: Props) {
  const t = useT(sidepanelCatalog);
  if (hints.length === 0)
    return (
      <div className="hints">
        <p className="notice ok">{t('noHints')}</p>
        {ignoredCount > 0 && <p className="small muted">{t('ignoredCount', { n: ignoredCount })}</p>}
      </div>
    );
  return (
    <div className="hints">
      {severities.map((severity) => {
        const group = hints.filter(({ hint }) => hint.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={`hint-group hint-group-${severity}`}>
            <h3>
              {t(headings[severity])} <span className="count">{group.length}</span>
            </h3>
            <ul>
              {group.map(({ hint, key }) => (
                <HintItem
                  // Two hints may share an ignore key (the same tag twice), never a position as well.
                  key={`${key}@${hint.range?.start ?? ''}`}
                  hint={hint}
                  text={text}
                  tabId={tabId}
                  composerId={composerId}
                  topics={topics}
                  onIgnore={() => onIgnore(key)}
                  thread={thread?.hint === hint ? thread.offer : null}
                />
              ))}
            </ul>
          </section>
        );
      })}
      {ignoredCount > 0 && <p className="small muted">{t('ignoredCount', { n: ignoredCount })}</p>}
    </div>
  );
}
