import { useId, useState } from 'react';
import { welcomeCatalog } from '../../lib/i18n/welcome';
import { type AccountType, accountTypes } from '../../lib/strategy/schema';
import { Choices, ChoiceText } from '../Choices';
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
      <Choices
        field="accountType"
        name="accountType"
        legend={t('speakerLegend')}
        values={accountTypes}
        checked={accountType}
        onChange={setAccountType}
        label={(type) => <ChoiceText title={t(`speaker-${type}`)} help={t(`speaker-${type}-help`)} block />}
      />
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
