import { useId } from 'react';
import { componentsCatalog } from '../../lib/i18n/components';
import { optionsCatalog } from '../../lib/i18n/options';
import type { UiLanguagePreference } from '../../lib/strategy/schema';
import { useT } from '../I18n';
import type { SectionProps } from './types';

const choices = [
  ['auto', 'languageAuto'],
  ['nb', 'languageNb'],
  ['nn', 'languageNn'],
  ['en', 'languageEn'],
] as const;

/** The language Kvitter speaks; the page switches at once, the choice is kept when saved. */
export function UiLanguageField({ draft, update }: SectionProps) {
  const t = useT(optionsCatalog);
  const names = useT(componentsCatalog);
  const id = useId();
  return (
    <section className="card" aria-labelledby="section-ui">
      <h2 id="section-ui">{t('sectionUi')}</h2>
      <div className="field" data-field="uiLanguage">
        <label htmlFor={id}>{t('uiLanguage')}</label>
        <select
          id={id}
          value={draft.uiLanguage}
          onChange={(event) => update(['uiLanguage'], event.target.value as UiLanguagePreference)}
        >
          {choices.map(([value, key]) => (
            <option key={value} value={value}>
              {names(key)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
