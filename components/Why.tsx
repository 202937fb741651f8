import { useId, useState } from 'react';
import { componentsCatalog } from '../lib/i18n/components';
import { findAdvice } from './advice';
import { useLanguage, useT } from './I18n';

/**
 * The "Why?" disclosure under a hint or checklist item: the advice behind it in the UI language
 * and the blog post that says so. A button with aria-expanded, so keyboard and screen readers
 * get the same thing as a mouse.
 */
export function Why({ adviceId }: { adviceId: string }) {
  const t = useT(componentsCatalog);
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const advice = open ? findAdvice(adviceId) : null;
  return (
    <div className="why">
      <button
        type="button"
        className="link small"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        {t('why')}
      </button>
      {open && (
        <div className="why-body" id={bodyId} data-advice-id={adviceId}>
          {advice ? <p>{advice.text[language]}</p> : null}
          {(!advice || advice.kvitterOwn) && <p className="muted small">{t('adviceMissing')}</p>}
          {advice && advice.sources.length === 1 && advice.sources[0] && (
            <p className="muted small">
              {t('adviceSource', { source: sourceLabel(advice.sources[0], language) })}
            </p>
          )}
          {advice && advice.sources.length > 1 && (
            <div className="muted small">
              {t('adviceSources')}
              <ul>
                {advice.sources.map((source) => (
                  <li key={source.id}>{sourceLabel(source, language)}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

/** A post's title, with the step or heading the advice is in when the catalogue says. */
function sourceLabel(source: { title: string; where?: string; year?: number }, language: string): string {
  const quoted = language === 'en' ? `“${source.title}”` : `«${source.title}»`;
  const year = source.year ? ` (${source.year})` : '';
  return source.where ? `${quoted}${year}, ${source.where}` : `${quoted}${year}`;
}
