import { optionsCatalog } from '../../lib/i18n/options';
import { accountTypes } from '../../lib/strategy/schema';
import { Choices, ChoiceText } from '../Choices';
import { useT } from '../I18n';
import { ListField } from './fields';
import type { SectionProps } from './types';

/** Who speaks (Gartner's strategies as the seed posts describe them) and the brand names. */
export function AccountSection({ draft, update }: SectionProps) {
  const t = useT(optionsCatalog);
  return (
    <section className="card" aria-labelledby="section-account">
      <h2 id="section-account">{t('sectionAccount')}</h2>
      <Choices
        field="accountType"
        name="accountType"
        legend={t('accountType')}
        values={accountTypes}
        checked={draft.accountType}
        onChange={(type) => update(['accountType'], type)}
        label={(type) => <ChoiceText title={t(`account-${type}`)} help={t(`account-${type}-help`)} />}
      >
        <p className="small muted">{t('internalNote')}</p>
      </Choices>
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
