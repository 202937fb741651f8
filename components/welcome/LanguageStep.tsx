import { uiLanguagePreferences } from '../../lib/core/languages';
import { componentsCatalog } from '../../lib/i18n/components';
import { welcomeCatalog } from '../../lib/i18n/welcome';
import { Choices } from '../Choices';
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
      <Choices
        field="uiLanguage"
        name="uiLanguage"
        legend={t('languageLegend')}
        values={uiLanguagePreferences}
        checked={strategy.uiLanguage}
        onChange={(value) => void commit((current) => ({ ...current, uiLanguage: value }))}
        label={(value) => <span lang={value === 'auto' ? undefined : value}>{label(names[value])}</span>}
      />
    </StepFrame>
  );
}
