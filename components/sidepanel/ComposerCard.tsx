import { useId, useMemo } from 'react';
import { type Severity, severities } from '../../lib/core/types';
import { sidepanelCatalog } from '../../lib/i18n/sidepanel';
import type { ComposerState } from '../../lib/messaging/protocol';
import type { Strategy } from '../../lib/strategy/schema';
import { useT } from '../I18n';
import { HintList } from './HintList';
import { hintKey } from './ignored';
import { LengthMeter } from './LengthMeter';
import { TopicsAndHashtags } from './TopicsAndHashtags';
import { threadOffer } from './threadOffer';

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
  // Split once per draft (and settings), not on every render of the panel.
  const { kind, surface } = composer;
  const { numbering, offerOverTarget } = strategy.thread;
  const { softTarget } = strategy.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the offer depends on exactly these, not on the objects around them.
  const offer = useMemo(
    () => threadOffer(composer, strategy),
    [text, report.weightedLength, report.limit, kind, surface, numbering, offerOverTarget, softTarget],
  );
  // The thread goes with the length hint that says the draft is too long (the last one the rule gives).
  const lengthHint = shown.findLast(({ hint }) => hint.ruleId === 'length')?.hint;
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
        thread={offer && lengthHint ? { hint: lengthHint, offer } : null}
      />
      <TopicsAndHashtags report={report} hasTopics={strategy.topics.length > 0} />
    </section>
  );
}
