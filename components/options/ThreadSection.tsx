import { threadCatalog } from '../../lib/i18n/thread';
import { threadNumberings } from '../../lib/strategy/schema';
import { useT } from '../I18n';
import type { SectionProps } from './types';

/** How Kvitter splits a long draft into a thread: the numbering, and whether to offer it over the target. */
export function ThreadSection({ draft, update }: SectionProps) {
  const t = useT(threadCatalog);
  return (
    <section className="card" aria-labelledby="section-thread">
      <h2 id="section-thread">{t('sectionTitle')}</h2>
      <p className="small muted">{t('sectionHelp')}</p>
      <fieldset className="choices" data-field="thread.numbering">
        <legend>{t('numbering')}</legend>
        {threadNumberings.map((numbering) => (
          <label key={numbering} className="choice">
            <input
              type="radio"
              name="thread-numbering"
              value={numbering}
              checked={draft.thread.numbering === numbering}
              onChange={() => update(['thread', 'numbering'], numbering)}
            />
            <span>
              <strong>{t(`numbering-${numbering}`)}</strong>
              <span className="small muted"> {t(`numbering-${numbering}-help`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="choice" data-field="thread.offerOverTarget">
        <input
          type="checkbox"
          checked={draft.thread.offerOverTarget}
          onChange={(event) => update(['thread', 'offerOverTarget'], event.target.checked)}
        />
        <span>{t('offerOverTarget')}</span>
      </label>
    </section>
  );
}
