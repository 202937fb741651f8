import { useId, useState } from 'react';
import { learningCatalog } from '../../lib/i18n/learning';
import { welcomeCatalog } from '../../lib/i18n/welcome';
import type { Strategy } from '../../lib/strategy/schema';
import { useT } from '../I18n';
import { parseList } from '../options/draft';
import { Suggestions } from '../suggestions/Suggestions';
import { useProfileScan } from '../useBackground';
import { StepFrame } from './StepFrame';
import type { StepProps } from './steps';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The strategy with a topic for each typed name it lacks (named after it, with it as keyword). */
export function withTopics(strategy: Strategy, names: readonly string[]): Strategy {
  const topics = [...strategy.topics];
  for (const name of names) {
    if (!topics.some((topic) => same(topic.name, name))) topics.push({ name, keywords: [name] });
  }
  return { ...strategy, topics };
}

/**
 * Topics: typed, or learned from the user's own posts (the proposals, the learning switch and
 * "forget"). Without topics the off-topic rule stays silent, which is why this step exists.
 */
export function TopicsStep({ strategy, commit }: StepProps) {
  const t = useT(welcomeCatalog);
  const learn = useT(learningCatalog);
  const id = useId();
  const scan = useProfileScan();
  const [typed, setTyped] = useState('');
  const [added, setAdded] = useState<string[]>([]);

  async function addTyped(): Promise<boolean> {
    const names = parseList(typed).filter(
      (name, i, all) => all.findIndex((other) => same(other, name)) === i,
    );
    if (names.length === 0) return true;
    const ok = await commit((current) => withTopics(current, names));
    if (ok) {
      setAdded(names);
      setTyped('');
    }
    return ok;
  }

  const profileUrl = scan ? `https://x.com/${scan.handle}` : 'https://x.com/';
  return (
    <StepFrame id="topics" onNext={addTyped}>
      <p>{t('topicsIntro')}</p>
      <p data-field="topics">
        {strategy.topics.length > 0
          ? t('topicsCurrent', { topics: strategy.topics.map((topic) => topic.name).join(', ') })
          : t('topicsNone')}
      </p>
      <div className="field" data-field="newTopics">
        <label htmlFor={id}>{t('topicsAdd')}</label>
        <p className="help small muted" id={`${id}-help`}>
          {t('topicsAddHelp')}
        </p>
        <div className="inline-add">
          <input
            id={id}
            type="text"
            value={typed}
            aria-describedby={`${id}-help`}
            onChange={(event) => setTyped(event.target.value)}
          />
          <button type="button" onClick={() => void addTyped()} disabled={parseList(typed).length === 0}>
            {t('topicsAddButton')}
          </button>
        </div>
        <p role="status" className="small">
          {added.length > 0 && t('topicsAdded', { topics: added.join(', ') })}
        </p>
      </div>
      <Suggestions controls heading="h3" title={t('learnTitle')}>
        <p className="small">
          <a href={profileUrl} target="_blank" rel="noreferrer">
            {learn('openProfile')}
          </a>
        </p>
      </Suggestions>
    </StepFrame>
  );
}
