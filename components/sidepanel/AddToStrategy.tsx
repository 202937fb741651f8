import { useId, useState } from 'react';
import { sidepanelCatalog } from '../../lib/i18n/sidepanel';
import type { Hint } from '../../lib/rules/types';
import { useClient } from '../client';
import { useLanguage, useT } from '../I18n';

type Props = { suggestion: NonNullable<Hint['addToStrategy']>; topics: string[] };

const NEW_TOPIC = '';

/**
 * "Add to my strategy" for a hashtag or keyword a hint is about. The background adds it to the
 * strategy as stored, so two pages adding at once cannot overwrite each other.
 */
export function AddToStrategy({ suggestion, topics }: Props) {
  const t = useT(sidepanelCatalog);
  const language = useLanguage();
  const client = useClient();
  const selectId = useId();
  const [topic, setTopic] = useState(topics[0] ?? NEW_TOPIC);
  const [result, setResult] = useState<'added' | 'failed' | null>(null);
  const { kind, value } = suggestion;

  async function add() {
    const answer = await client
      .send({
        type: 'add-to-strategy',
        kind,
        value,
        language,
        ...(kind === 'keyword' && topic !== NEW_TOPIC ? { topic } : {}),
      })
      .catch(() => ({ ok: false as const, errors: [] }));
    setResult(answer.ok ? 'added' : 'failed');
  }

  if (result === 'added')
    return (
      <p className="small notice ok" role="status">
        {t('added')}
      </p>
    );
  return (
    <div className="add-to-strategy">
      {kind === 'keyword' && topics.length > 0 && (
        <>
          <label htmlFor={selectId} className="small">
            {t('addTopicLabel')}
          </label>{' '}
          <select id={selectId} value={topic} onChange={(event) => setTopic(event.target.value)}>
            {topics.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
            <option value={NEW_TOPIC}>{t('addNewTopic', { value })}</option>
          </select>{' '}
        </>
      )}
      <button type="button" onClick={add}>
        {kind === 'hashtag'
          ? t('addHashtag', { value: value.replace(/^#/, '') })
          : t('addKeyword', { value })}
      </button>
      {result === 'failed' && (
        <p role="alert" className="field-error">
          {t('addFailed')}
        </p>
      )}
    </div>
  );
}
