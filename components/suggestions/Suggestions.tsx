import { type ReactNode, useId } from 'react';
import { browser } from 'wxt/browser';
import { learningCatalog } from '../../lib/i18n/learning';
import type { Suggestions as SuggestionsData } from '../../lib/messaging/responses';
import { useT } from '../I18n';
import { Why } from '../Why';
import { LearningControls } from './LearningControls';
import { SuggestionList } from './SuggestionList';
import { useSuggestions } from './useSuggestions';

type Props = {
  /** The switch and "forget" too (welcome and options pages); the popup shows the list only. */
  controls?: boolean;
  /** Shown nothing at all while there is nothing to propose (the popup, where room is short). */
  hideWhenEmpty?: boolean;
  /** The heading's level in the page around it. */
  heading?: 'h2' | 'h3';
  /** The heading's text, where the page says it its own way. */
  title?: string;
  /**
   * At most this many topics and this many hashtags, with the way to the rest (the popup, where
   * room is short); everything when absent.
   */
  limit?: number;
  /** Extra content after the intro (e.g. a link to the user's profile). */
  children?: ReactNode;
};

const total = (data: SuggestionsData) => data.topics.length + data.hashtags.length;

/** The first `limit` topics and hashtags (the best: the background ranks them). */
function limited(data: SuggestionsData, limit: number | undefined): SuggestionsData {
  if (limit === undefined) return data;
  return { ...data, topics: data.topics.slice(0, limit), hashtags: data.hashtags.slice(0, limit) };
}

/** Topics and hashtags proposed from the user's own posts (issue 16), with what to do about them. */
export function Suggestions({
  controls = false,
  hideWhenEmpty = false,
  heading = 'h2',
  title,
  limit,
  children,
}: Props) {
  const t = useT(learningCatalog);
  const { data, failed, reload } = useSuggestions();
  const titleId = useId();
  const Heading = heading;
  const empty = !data || (data.topics.length === 0 && data.hashtags.length === 0);
  if (hideWhenEmpty && (empty || !data?.learning)) return null;
  return (
    <section className="card suggestions-card" aria-labelledby={titleId} data-learning={data?.learning}>
      <Heading id={titleId}>{title ?? t('suggestionsTitle')}</Heading>
      {limit === undefined && (
        <>
          <p className="small muted">{t('suggestionsIntro')}</p>
          <Why adviceId="relevant-content" />
        </>
      )}
      {children}
      {failed && <p className="field-error">{t('loadFailed')}</p>}
      {data && !data.learning && <p className="notice">{t('learningOff')}</p>}
      {data?.learning && empty && (
        <p className="small">{data.posts > 0 ? t('noneLeft', { posts: data.posts }) : t('none')}</p>
      )}
      {data?.learning && <SuggestionList data={limited(data, limit)} reload={reload} />}
      {data?.learning && limit !== undefined && total(data) > total(limited(data, limit)) && (
        <p className="small">
          <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('moreInSettings', { count: total(data) })}
          </button>
        </p>
      )}
      {controls && data && <LearningControls learning={data.learning} onChanged={reload} />}
    </section>
  );
}
