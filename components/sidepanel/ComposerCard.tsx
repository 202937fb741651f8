import { useId } from 'react';
import { type Severity, severities } from '../../lib/core/types';
import { sidepanelCatalog } from '../../lib/i18n/sidepanel';
import type { ComposerState } from '../../lib/messaging/protocol';
import type { Strategy } from '../../lib/strategy/schema';
import { useT } from '../I18n';
import { HintList } from './HintList';
import { hintKey } from './ignored';
import { LengthMeter } from './LengthMeter';
import { TopicsAndHashtags } from './TopicsAndHashtags';

type OkComposer = Extract<ComposerState, { status: 'ok' }>;

type Props = {
  composer: OkComposer;
  /** How many parts the composer's thread has, for the "part n of m" heading. */
  parts: number;
  tabId: number;
  strategy: Strategy;
  isIgnored: (key: string) => boolean;
  onIgnore: (key: string) => void;
};

const kindKeys = { post: 'kindPost', reply: 'kindReply', quote: 'kindQuote' } as const;
const rank = (severity: Severity) => severities.indexOf(severity);

/** Everything about one composer part: the length meter, its hints, its topics and hashtags. */
export function ComposerCard({ composer, parts, tabId, strategy, isIgnored, onIgnore }: Props) {
  const t = useT(sidepanelCatalog);
  const headingId = useId();
  const { report, text } = composer;
  const keyed = report.hints
    .map((hint) => ({ hint, key: hintKey(hint, text) }))
    .sort((a, b) => rank(a.hint.severity) - rank(b.hint.severity));
  const shown = keyed.filter(({ key }) => !isIgnored(key));
  return (
    <section className="card composer" data-composer-id={composer.id} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(kindKeys[composer.kind])}
        {parts > 1 && (
          <span className="muted"> · {t('partOf', { n: composer.position + 1, total: parts })}</span>
        )}
      </h2>
      <LengthMeter
        weightedLength={report.weightedLength}
        limit={report.limit}
        softTarget={strategy.length.softTarget}
        text={text}
      />
      <HintList
        hints={shown}
        text={text}
        tabId={tabId}
        composerId={composer.id}
        topics={strategy.topics.map((topic) => topic.name)}
        ignoredCount={keyed.length - shown.length}
        onIgnore={onIgnore}
      />
      <TopicsAndHashtags report={report} hasTopics={strategy.topics.length > 0} />
    </section>
  );
}
