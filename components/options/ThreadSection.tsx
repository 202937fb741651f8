import { threadCatalog } from '../../lib/i18n/thread';
import { threadNumberings } from '../../lib/strategy/schema';
import { Choices, ChoiceText } from '../Choices';
import { useT } from '../I18n';
import type { SectionProps } from './types';

/** How Kvitter splits a long draft into a thread: the numbering, and whether to offer it over the target. */
export function ThreadSection({ draft, update }: SectionProps) {
  const t = useT(threadCatalog);
  return (
    <section className="card" aria-labelledby="section-thread">
      <h2 id="section-thread">{t('sectionTitle')}</h2>
      <p className="small muted">{t('sectionHelp')}</p>
      <Choices
        field="thread.numbering"
        name="thread-numbering"
        legend={t('numbering')}
        values={threadNumberings}
        checked={draft.thread.numbering}
        onChange={(numbering) => update(['thread', 'numbering'], numbering)}
        label={(numbering) => (
          <ChoiceText title={t(`numbering-${numbering}`)} help={t(`numbering-${numbering}-help`)} />
        )}
      />
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
