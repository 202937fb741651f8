import { sidepanelCatalog } from '../../lib/i18n/sidepanel';
import { useT } from '../I18n';
import { Why } from '../Why';

/** Shown outside x.com: where Kvitter works. */
export function OutsideX() {
  const t = useT(sidepanelCatalog);
  return (
    <section className="card outside-x" data-state="outside-x">
      <h2>{t('outsideTitle')}</h2>
      <p>{t('outsideBody')}</p>
    </section>
  );
}

/** Shown for a composer the content script found but could not read. */
export function Unreadable({ reason }: { reason: string }) {
  const t = useT(sidepanelCatalog);
  return (
    <section className="notice error" data-state="unreadable" role="status">
      <h2>{t('unreadableTitle')}</h2>
      <p>{t('unreadableBody')}</p>
      <p className="small muted">{t('unreadableReason', { reason })}</p>
    </section>
  );
}

/** The retweet-wisely tip, shown just after the user opened the repost menu. */
export function RepostTip({ onDismiss }: { onDismiss: () => void }) {
  const t = useT(sidepanelCatalog);
  return (
    <section className="notice repost-tip" data-advice-id="retweet-wisely" role="status">
      <h2>{t('repostTitle')}</h2>
      <p>{t('repostBody')}</p>
      <Why adviceId="retweet-wisely" />
      <button type="button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </section>
  );
}
