import { optionsCatalog } from '../../lib/i18n/options';
import { accountTypes } from '../../lib/strategy/schema';
import { useT } from '../I18n';
import { ListField } from './fields';
import type { SectionProps } from './types';

/** Who speaks (Gartner's strategies as the seed posts describe them) and the brand names. */
export function AccountSection({ draft, update }: SectionProps) {
  const t = useT(optionsCatalog);
  return (
    <section className="card" aria-labelledby="section-account">
      <h2 id="section-account">{t('sectionAccount')}</h2>
      <fieldset className="choices" data-field="accountType">
        <legend>{t('accountType')}</legend>
        {accountTypes.map((type) => (
          <label key={type} className="choice">
            <input
              type="radio"
              name="accountType"
              value={type}
              checked={draft.accountType === type}
              onChange={() => update(['accountType'], type)}
            />
            <span>
              <strong>{t(`account-${type}`)}</strong>
              <span className="small muted"> {t(`account-${type}-help`)}</span>
            </span>
          </label>
        ))}
        <p className="small muted">{t('internalNote')}</p>
      </fieldset>
      <ListField
        label={t('brandNames')}
        help={t('brandNamesHelp')}
        path="brandNames"
        value={draft.brandNames}
        onChange={(value) => update(['brandNames'], value)}
      />
    </section>
  );
}
