import { optionsCatalog } from '../../lib/i18n/options';
import { useT } from '../I18n';
import { TextField } from './fields';
import type { SectionProps } from './types';

/** Words and phrases to avoid (rule banned-phrase), each with an optional replacement. */
export function AvoidPhrasesEditor({ draft, update }: SectionProps) {
  const t = useT(optionsCatalog);
  return (
    <section className="card" aria-labelledby="section-avoid">
      <h2 id="section-avoid">{t('sectionAvoid')}</h2>
      <p className="help small muted">{t('avoidHelp')}</p>
      {draft.avoidPhrases.length === 0 && <p className="muted">{t('noAvoid')}</p>}
      <ol className="rows">
        {draft.avoidPhrases.map((entry, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: phrases have no id; the schema's paths use the index too.
          <li key={index} className="row avoid-row">
            <TextField
              label={t('avoidPhrase')}
              path={`avoidPhrases.${index}.phrase`}
              value={entry.phrase}
              onChange={(value) => update(['avoidPhrases', index, 'phrase'], value)}
            />
            <TextField
              label={t('avoidReplacement')}
              path={`avoidPhrases.${index}.replacement`}
              value={entry.replacement ?? ''}
              // An empty replacement means none, which the schema keeps as absent.
              onChange={(value) =>
                update(['avoidPhrases', index, 'replacement'], value === '' ? undefined : value)
              }
            />
            <button
              type="button"
              className="remove"
              onClick={() =>
                update(
                  ['avoidPhrases'],
                  draft.avoidPhrases.filter((_, other) => other !== index),
                )
              }
            >
              {t('removeAvoid', { phrase: entry.phrase })}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => update(['avoidPhrases'], [...draft.avoidPhrases, { phrase: '' }])}>
        {t('addAvoid')}
      </button>
    </section>
  );
}
