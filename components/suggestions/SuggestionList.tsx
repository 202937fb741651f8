import { useRef, useState } from 'react';
import { learningCatalog } from '../../lib/i18n/learning';
import type { Suggestions } from '../../lib/messaging/responses';
import { useClient } from '../client';
import { useLanguage, useT } from '../I18n';

type Kind = 'topic' | 'hashtag';
type Proposal = { kind: Kind; value: string; posts: number };

type Notice =
  | { kind: 'added'; name: string }
  | { kind: 'undone'; name: string }
  | { kind: 'failed'; detail: string };

const errorText = (answer: { ok: boolean; errors?: { message: string }[] }) =>
  (answer.errors ?? []).map((e) => e.message).join(' ');

/**
 * The proposals, each with "Add" (into the strategy, through the background's 'add-to-strategy',
 * undoable) and "Not for me". Test hooks: `[data-suggestion="topic" | "hashtag"]` with `data-value`
 * as shown.
 */
export function SuggestionList({ data, reload }: { data: Suggestions; reload: () => void }) {
  const t = useT(learningCatalog);
  const language = useLanguage();
  const client = useClient();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  // The button just pressed goes away with its proposal: keyboard focus moves to what happened
  // (or, after a dismissal, to the list), never to the page's start.
  const show = (next: Notice | null) => {
    setNotice(next);
    requestAnimationFrame(() => (next ? noticeRef.current : listRef.current)?.focus());
  };

  async function run(
    action: () => Promise<{ ok: boolean; errors?: { message: string }[] }>,
    done: Notice | null,
  ) {
    setBusy(true);
    try {
      const answer = await action();
      if (answer.ok) show(done);
      else show({ kind: 'failed', detail: errorText(answer) });
    } catch (error) {
      show({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
      reload();
    }
  }

  const accept = (proposal: Proposal) =>
    run(
      () =>
        client.send({
          type: 'add-to-strategy',
          kind: proposal.kind === 'topic' ? 'keyword' : 'hashtag',
          value: proposal.value,
          language,
        }),
      { kind: 'added', name: proposal.value },
    );
  const dismiss = (proposal: Proposal) =>
    run(() => client.send({ type: 'dismiss-suggestion', value: proposal.value }), null);
  const undo = (name: string) =>
    run(() => client.send({ type: 'undo-save', language }), { kind: 'undone', name });

  const topics: Proposal[] = data.topics.map((p) => ({ kind: 'topic', value: p.name, posts: p.posts }));
  const hashtags: Proposal[] = data.hashtags.map((p) => ({ kind: 'hashtag', value: p.tag, posts: p.posts }));

  const group = (kind: Kind, items: Proposal[]) =>
    items.length > 0 && (
      <div className="suggestion-group">
        <h3>{t(kind === 'topic' ? 'topicsHeading' : 'hashtagsHeading')}</h3>
        <ul className="suggestions">
          {items.map((item) => (
            <li key={item.value} data-suggestion={kind} data-value={item.value} className="suggestion">
              <span className="suggestion-name">
                <strong>{item.value}</strong>{' '}
                <span className="small muted">{t('inPosts', { posts: item.posts })}</span>
              </span>
              <span className="suggestion-actions">
                <button
                  type="button"
                  className="primary"
                  disabled={busy}
                  aria-label={t(kind === 'topic' ? 'acceptTopicLabel' : 'acceptHashtagLabel', {
                    name: item.value,
                  })}
                  onClick={() => void accept(item)}
                >
                  {t('accept')}
                </button>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('dismissLabel', { name: item.value })}
                  onClick={() => void dismiss(item)}
                >
                  {t('dismiss')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      </div>
    );

  return (
    <>
      <div ref={listRef} tabIndex={-1} className="suggestion-lists">
        {group('topic', topics)}
        {group('hashtag', hashtags)}
      </div>
      <div role="status" className="suggestion-notice">
        {notice && (
          <p ref={noticeRef} tabIndex={-1} className={`notice${notice.kind === 'failed' ? ' error' : ' ok'}`}>
            {notice.kind === 'added' && (
              <>
                {t('added', { name: notice.name })}{' '}
                <button type="button" className="link" disabled={busy} onClick={() => void undo(notice.name)}>
                  {t('undo')}
                </button>
              </>
            )}
            {notice.kind === 'undone' && t('undone', { name: notice.name })}
            {notice.kind === 'failed' && t('actionFailed', { detail: notice.detail })}
          </p>
        )}
      </div>
    </>
  );
}
