import { uiLanguagePreferences } from '../../lib/core/languages';
import { componentsCatalog } from '../../lib/i18n/components';
import { welcomeCatalog } from '../../lib/i18n/welcome';
import { useT } from '../I18n';
import { StepFrame } from './StepFrame';
import type { StepProps } from './steps';

const names = { auto: 'languageAuto', nb: 'languageNb', nn: 'languageNn', en: 'languageEn' } as const;

/** Kvitter's language: saved as soon as it is chosen, so this page speaks it from the next word. */
export function LanguageStep({ strategy, commit }: StepProps) {
  const t = useT(welcomeCatalog);
  const label = useT(componentsCatalog);
  return (
    <StepFrame id="language">
      <p>{t('languageIntro')}</p>
      <fieldset className="choices" data-field="uiLanguage">
        <legend>{t('languageLegend')}</legend>
        {uiLanguagePreferences.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="uiLanguage"
              value={value}
              checked={strategy.uiLanguage === value}
              onChange={() => void commit((current) => ({ ...current, uiLanguage: value }))}
            />
            <span lang={value === 'auto' ? undefined : value}>{label(names[value])}</span>
          </label>
        ))}
      </fieldset>
    </StepFrame>
  );
}
