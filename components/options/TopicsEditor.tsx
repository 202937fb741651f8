import { useContext } from 'react';
import { optionsCatalog } from '../../lib/i18n/options';
import { useT } from '../I18n';
import { errorsAt } from './draft';
import { ErrorsContext, ListField, TextField } from './fields';
import type { SectionProps } from './types';

/** The strategy's topics, each a name and the keywords that recognise it. */
export function TopicsEditor({ draft, update }: SectionProps) {
  const t = useT(optionsCatalog);
  // Errors about the list itself (too many topics), not about one topic.
  const listErrors = errorsAt(useContext(ErrorsContext), 'topics').filter((e) => !/^topics\.\d/.test(e.path));
  return (
    <section className="card" aria-labelledby="section-topics">
      <h2 id="section-topics">{t('sectionTopics')}</h2>
      <p className="help small muted">{t('topicsHelp')}</p>
      {draft.topics.length === 0 && <p className="muted">{t('noTopics')}</p>}
      <ol className="rows">
        {draft.topics.map((topic, index) => (
          // Topics have no id of their own; their place in the list is what the schema's paths use too.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <li key={index} className="row topic-row" aria-label={t('topicNumber', { n: index + 1 })}>
            <TextField
              label={t('topicName')}
              path={`topics.${index}.name`}
              value={topic.name}
              onChange={(value) => update(['topics', index, 'name'], value)}
            />
            <ListField
              label={t('topicKeywords')}
              help={t('topicKeywordsHelp')}
              path={`topics.${index}.keywords`}
              value={topic.keywords}
              onChange={(value) => update(['topics', index, 'keywords'], value)}
            />
            <button
              type="button"
              className="remove"
              onClick={() =>
                update(
                  ['topics'],
                  draft.topics.filter((_, other) => other !== index),
                )
              }
            >
              {t('removeTopic', { name: topic.name || t('topicNumber', { n: index + 1 }) })}
            </button>
          </li>
        ))}
      </ol>
      {listErrors.length > 0 && (
        <div className="field-error" data-error-for="topics">
          {listErrors.map((error) => (
            <p key={error.message}>{error.message}</p>
          ))}
        </div>
      )}
      <button type="button" onClick={() => update(['topics'], [...draft.topics, { name: '', keywords: [] }])}>
        {t('addTopic')}
      </button>
    </section>
  );
}
