import { useId, useState } from 'react';
import { welcomeCatalog } from '../../lib/i18n/welcome';
import { type AccountType, accountTypes } from '../../lib/strategy/schema';
import { useT } from '../I18n';
import { formatList, parseList } from '../options/draft';
import { StepFrame } from './StepFrame';
import type { StepProps } from './steps';

/**
 * Who speaks (seed 004: who in the business speaks, and for whom; Gartner's direct and indirect
 * strategies in seed 003): the account type, and the names the business goes by.
 */
export function SpeakerStep({ strategy, commit }: StepProps) {
  const t = useT(welcomeCatalog);
  const brandId = useId();
  const [accountType, setAccountType] = useState<AccountType>(strategy.accountType);
  const [brands, setBrands] = useState(formatList(strategy.brandNames));
  const speaksForOthers = accountType !== 'personal';
  return (
    <StepFrame
      id="speaker"
      onNext={() =>
        commit((current) => ({
          ...current,
          accountType,
          // Hidden for a personal account, and kept as it was.
          brandNames: speaksForOthers ? parseList(brands) : current.brandNames,
        }))
      }
    >
      <p>{t('speakerIntro')}</p>
      <fieldset className="choices" data-field="accountType">
        <legend>{t('speakerLegend')}</legend>
        {accountTypes.map((type) => (
          <label key={type} className="choice">
            <input
              type="radio"
              name="accountType"
              value={type}
              checked={accountType === type}
              onChange={() => setAccountType(type)}
            />
            <span>
              <strong>{t(`speaker-${type}`)}</strong>
              <span className="small muted block">{t(`speaker-${type}-help`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {speaksForOthers && (
        <div className="field" data-field="brandNames">
          <label htmlFor={brandId}>{t('brandNames')}</label>
          <p className="help small muted" id={`${brandId}-help`}>
            {t('brandNamesHelp')}
          </p>
          <input
            id={brandId}
            type="text"
            value={brands}
            aria-describedby={`${brandId}-help`}
            onChange={(event) => setBrands(event.target.value)}
          />
        </div>
      )}
    </StepFrame>
  );
}
