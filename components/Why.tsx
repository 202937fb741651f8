import { useId, useState } from 'react';
import { componentsCatalog } from '../lib/i18n/components';
import { findAdvice } from './advice';
import { useLanguage, useT } from './I18n';

/**
 * The "Why?" disclosure under a hint or checklist item: the advice behind it in the UI language
 * and the blog post that says so, linked when its address is known. A button with aria-expanded,
 * so keyboard and screen readers get the same thing as a mouse.
 */
export function Why({ adviceId }: { adviceId: string }) {
  const t = useT(componentsCatalog);
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const advice = open ? findAdvice(adviceId) : null;
  // The message around the source ("Source: {source}"), split so the title inside can be a link.
  const [sourceBefore, sourceAfter = ''] = t('adviceSource').split('{source}');
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
              {sourceBefore}
              <SourceLabel source={advice.sources[0]} language={language} />
              {sourceAfter}
            </p>
          )}
          {advice && advice.sources.length > 1 && (
            <div className="muted small">
              {t('adviceSources')}
              <ul>
                {advice.sources.map((source) => (
                  <li key={source.id}>
                    <SourceLabel source={source} language={language} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

type Source = { title: string; where?: string; year?: number; url?: string };

/**
 * A post's title, with the step or heading the advice is in when the catalogue says. The title
 * links to the post when its address is known: a new tab, and no referrer telling the blog
 * which extension sent the reader.
 */
function SourceLabel({ source, language }: { source: Source; language: string }) {
  const [opening, closing] = language === 'en' ? ['“', '”'] : ['«', '»'];
  const title = source.url ? (
    <a href={source.url} target="_blank" rel="noreferrer">
      {source.title}
    </a>
  ) : (
    source.title
  );
  const year = source.year ? ` (${source.year})` : '';
  return (
    <>
      {opening}
      {title}
      {closing}
      {year}
      {source.where ? `, ${source.where}` : ''}
    </>
  );
}
