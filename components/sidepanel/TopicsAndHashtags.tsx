import { memo } from 'react';
import { sidepanelCatalog } from '../../lib/i18n/sidepanel';
import type { DraftReport } from '../../lib/rules/types';
import { useT } from '../I18n';

type Props = { report: DraftReport; hasTopics: boolean };

/** Whether the chips would read the same: the report is new on every keystroke, its topics and tags seldom. */
const sameChips = (before: Props, after: Props) =>
  before.hasTopics === after.hasTopics &&
  JSON.stringify([before.report.topics, before.report.hashtags]) ===
    JSON.stringify([after.report.topics, after.report.hashtags]);

/** Which of the strategy's topics the draft touches (and through which words), and its hashtags. */
export const TopicsAndHashtags = memo(function TopicsAndHashtags({ report, hasTopics }: Props) {
  const t = useT(sidepanelCatalog);
  return (
    <div className="topics-hashtags small">
      {hasTopics && (
        <div className="topics">
          <h3>{t('topicsHeading')}</h3>
          {report.topics.length === 0 ? (
            <p className="muted">{t('topicsNone')}</p>
          ) : (
            <ul className="chips">
              {report.topics.map((topic) => (
                <li key={topic.name} className="chip chip-ok" data-topic={topic.name}>
                  <strong>{topic.name}</strong>{' '}
                  <span className="muted">{t('topicWords', { words: topic.words.join(', ') })}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {report.hashtags.length > 0 && (
        <div className="hashtags">
          <h3>{t('hashtagsHeading')}</h3>
          <ul className="chips">
            {report.hashtags.map((hashtag) => (
              <li
                key={`${hashtag.tag}@${hashtag.range.start}`}
                className={`chip ${hashtag.relevant ? 'chip-ok' : 'chip-off'}`}
                data-hashtag={hashtag.tag}
                data-relevant={hashtag.relevant}
              >
                <strong>{hashtag.tag.startsWith('#') ? hashtag.tag : `#${hashtag.tag}`}</strong>{' '}
                <span className="muted">
                  {hashtag.relevant ? t('hashtagRelevant') : t('hashtagNotRelevant')}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}, sameChips);
