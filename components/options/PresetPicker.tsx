import { useId, useState } from 'react';
import { optionsCatalog } from '../../lib/i18n/options';
import { ruleRegistry } from '../../lib/rules/index';
import { type Preset, presets } from '../../lib/strategy';
import { useLanguage, useT } from '../I18n';

/** Presets, each previewed before it goes into the form (nothing is saved until the user saves). */
export function PresetPicker({ onApply }: { onApply: (preset: Preset) => void }) {
  const t = useT(optionsCatalog);
  const language = useLanguage();
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  const preset = presets.find((candidate) => candidate.id === chosen);
  return (
    <section className="card presets" aria-labelledby="section-presets">
      <h2 id="section-presets">{t('presetsTitle')}</h2>
      <p className="help small muted">{t('presetsHelp')}</p>
      <label htmlFor={selectId}>{t('presetChoose')}</label>{' '}
      <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        <option value="">{t('presetNone')}</option>
        {presets.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name[language]}
          </option>
        ))}
      </select>
      {preset && (
        <div className="preset-preview" data-preset={preset.id}>
          <p>{preset.description[language]}</p>
          <PresetSummary preset={preset} />
          <div className="button-row">
            <button
              type="button"
              className="primary"
              onClick={() => {
                onApply(preset);
                setChosen('');
              }}
            >
              {t('presetApply')}
            </button>
            <button type="button" onClick={() => setChosen('')}>
              {t('presetCancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function PresetSummary({ preset }: { preset: Preset }) {
  const t = useT(optionsCatalog);
  const { strategy } = preset;
  const language = useLanguage();
  const off = Object.entries(strategy.rules)
    .filter(([, setting]) => !setting.enabled)
    .map(([id]) => ruleRegistry.get(id)?.name[language] ?? id);
  return (
    <>
      <p className="small">{t('presetPreview')}</p>
      <ul className="small preset-summary">
        <li>{t(`account-${strategy.accountType}`)}</li>
        {strategy.audience && <li>{t('presetAudience', { audience: strategy.audience })}</li>}
        {strategy.topics.length > 0 && (
          <li>{t('presetTopics', { topics: strategy.topics.map((topic) => topic.name).join(', ') })}</li>
        )}
        <li>{t('presetLength', { soft: strategy.length.softTarget, limit: strategy.length.hardLimit })}</li>
        <li>{t('presetCadence', { n: strategy.postsPerWeek })}</li>
        <li>{t('presetHashtags', { max: strategy.hashtags.max })}</li>
        <li>
          {t('presetLanguages', {
            languages: strategy.languages.allowed.map((code) => t(`lang-${code}`)).join(', '),
          })}
          {strategy.languages.nynorskTarget !== undefined &&
            ` (${t('presetNynorsk', { n: strategy.languages.nynorskTarget })})`}
        </li>
        {strategy.signatures.required && <li>{t('presetSignature')}</li>}
        {strategy.avoidPhrases.length > 0 && (
          <li>
            {t('presetAvoid', { phrases: strategy.avoidPhrases.map((entry) => entry.phrase).join(', ') })}
          </li>
        )}
        {off.length > 0 && <li>{t('presetRulesOff', { rules: off.join(', ') })}</li>}
      </ul>
    </>
  );
}
