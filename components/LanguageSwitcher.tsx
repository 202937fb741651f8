import { useId, useState } from 'react';
import { componentsCatalog } from '../lib/i18n/components';
import type { Strategy, UiLanguagePreference } from '../lib/strategy/schema';
import { useClient } from './client';
import { useLanguage, useT } from './I18n';

const choices: {
  value: UiLanguagePreference;
  key: 'languageAuto' | 'languageNb' | 'languageNn' | 'languageEn';
}[] = [
  { value: 'auto', key: 'languageAuto' },
  { value: 'nb', key: 'languageNb' },
  { value: 'nn', key: 'languageNn' },
  { value: 'en', key: 'languageEn' },
];

/** Picks the UI language and saves it in the strategy, so every page follows the same choice. */
export function LanguageSwitcher({ strategy }: { strategy: Strategy | undefined }) {
  const t = useT(componentsCatalog);
  const language = useLanguage();
  const client = useClient();
  const id = useId();
  const [failed, setFailed] = useState(false);

  async function choose(value: UiLanguagePreference) {
    if (!strategy) return;
    const answer = await client
      .send({ type: 'save-strategy', strategy: { ...strategy, uiLanguage: value }, language })
      .catch(() => ({ ok: false as const, errors: [] }));
    setFailed(!answer.ok);
  }

  return (
    <div className="language-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t('languageLabel')}
      </label>
      <select
        id={id}
        value={strategy?.uiLanguage ?? 'auto'}
        disabled={!strategy}
        onChange={(event) => choose(event.target.value as UiLanguagePreference)}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {t(choice.key)}
          </option>
        ))}
      </select>
      {failed && (
        <p role="alert" className="field-error">
          {t('languageSaveFailed')}
        </p>
      )}
    </div>
  );
}
