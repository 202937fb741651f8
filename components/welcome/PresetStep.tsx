import { useState } from 'react';
import { welcomeCatalog } from '../../lib/i18n/welcome';
import { type Preset, presets } from '../../lib/strategy/presets';
import { useLanguage, useT } from '../I18n';
import { StepFrame } from './StepFrame';
import type { StepProps } from './steps';

/**
 * A ready-made start (lib/strategy/presets.ts), after Gartner's strategies in seed 003: the ones
 * that fit the account type chosen before come first. The user's language and names stay.
 */
export function PresetStep({ strategy, commit }: StepProps) {
  const t = useT(welcomeCatalog);
  const language = useLanguage();
  const [chosen, setChosen] = useState('');
  const fits = (preset: Preset) => preset.strategy.accountType === strategy.accountType;
  const ordered = [...presets.filter(fits), ...presets.filter((preset) => !fits(preset))];
  const apply = () => {
    const preset = presets.find((candidate) => candidate.id === chosen);
    if (!preset) return true;
    return commit((current) => ({
      ...preset.strategy,
      uiLanguage: current.uiLanguage,
      brandNames: current.brandNames,
    }));
  };
  return (
    <StepFrame id="preset" onNext={apply}>
      <p>{t('presetIntro')}</p>
      <fieldset className="choices presets" data-field="preset">
        <legend>{t('presetLegend')}</legend>
        <label className="choice">
          <input type="radio" name="preset" value="" checked={chosen === ''} onChange={() => setChosen('')} />
          <span>
            <strong>{t('presetKeep')}</strong>
          </span>
        </label>
        {ordered.map((preset) => (
          <label key={preset.id} className="choice" data-preset={preset.id}>
            <input
              type="radio"
              name="preset"
              value={preset.id}
              checked={chosen === preset.id}
              onChange={() => setChosen(preset.id)}
            />
            <span>
              <strong>{preset.name[language]}</strong>{' '}
              <span className="tag">{t(`gartner-${preset.strategy.accountType}`)}</span>
              {fits(preset) && <span className="tag fits">{t('presetFits')}</span>}
              <span className="small muted block">{preset.description[language]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="small muted">{t('presetReplaces')}</p>
    </StepFrame>
  );
}
