import { useContext } from 'react';
import { optionsCatalog } from '../../lib/i18n/options';
import { writtenStandards } from '../../lib/strategy/schema';
import { useT } from '../I18n';
import { AccountSection } from './AccountSection';
import { AvoidPhrasesEditor } from './AvoidPhrasesEditor';
import { errorsAt } from './draft';
import { ErrorsContext, ListField, NumberField, TextAreaField } from './fields';
import { RulesTable } from './RulesTable';
import { ThreadSection } from './ThreadSection';
import { TopicsEditor } from './TopicsEditor';
import type { SectionProps } from './types';

/** Every field of the strategy schema, section by section. */
export function StrategyForm({ draft, update }: SectionProps) {
  const t = useT(optionsCatalog);
  const languageErrors = errorsAt(useContext(ErrorsContext), 'languages.allowed');
  return (
    <div className="strategy-form">
      <AccountSection draft={draft} update={update} />

      <section className="card" aria-labelledby="section-audience">
        <h2 id="section-audience">{t('sectionAudience')}</h2>
        <TextAreaField
          label={t('audience')}
          help={t('audienceHelp')}
          path="audience"
          value={draft.audience}
          onChange={(value) => update(['audience'], value)}
        />
        <TextAreaField
          label={t('goals')}
          path="goals"
          value={draft.goals}
          onChange={(value) => update(['goals'], value)}
        />
      </section>

      <TopicsEditor draft={draft} update={update} />

      <section className="card" aria-labelledby="section-hashtags">
        <h2 id="section-hashtags">{t('sectionHashtags')}</h2>
        <ListField
          label={t('preferredHashtags')}
          help={t('preferredHashtagsHelp')}
          path="hashtags.preferred"
          value={draft.hashtags.preferred}
          onChange={(value) => update(['hashtags', 'preferred'], value)}
        />
        <NumberField
          label={t('maxHashtags')}
          path="hashtags.max"
          value={draft.hashtags.max}
          onChange={(value) => update(['hashtags', 'max'], value)}
        />
      </section>

      <section className="card" aria-labelledby="section-length">
        <h2 id="section-length">{t('sectionLength')}</h2>
        <div className="columns">
          <NumberField
            label={t('softTarget')}
            help={t('softTargetHelp')}
            path="length.softTarget"
            value={draft.length.softTarget}
            onChange={(value) => update(['length', 'softTarget'], value)}
          />
          <NumberField
            label={t('hardLimit')}
            help={t('hardLimitHelp')}
            path="length.hardLimit"
            value={draft.length.hardLimit}
            onChange={(value) => update(['length', 'hardLimit'], value)}
          />
        </div>
        <NumberField
          label={t('postsPerWeek')}
          path="postsPerWeek"
          value={draft.postsPerWeek}
          onChange={(value) => update(['postsPerWeek'], value)}
        />
      </section>

      <ThreadSection draft={draft} update={update} />

      <section className="card" aria-labelledby="section-signatures">
        <h2 id="section-signatures">{t('sectionSignatures')}</h2>
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.signatures.required}
            onChange={(event) => update(['signatures', 'required'], event.target.checked)}
          />
          <span>{t('signaturesRequired')}</span>
        </label>
        <ListField
          label={t('signaturesList')}
          help={t('signaturesListHelp')}
          path="signatures.list"
          value={draft.signatures.list}
          onChange={(value) => update(['signatures', 'list'], value)}
        />
      </section>

      <AvoidPhrasesEditor draft={draft} update={update} />

      <section className="card" aria-labelledby="section-languages">
        <h2 id="section-languages">{t('sectionLanguages')}</h2>
        <fieldset className="choices inline" data-field="languages.allowed">
          <legend>{t('allowedLanguages')}</legend>
          {writtenStandards.map((code) => (
            <label key={code} className="choice">
              <input
                type="checkbox"
                checked={draft.languages.allowed.includes(code)}
                aria-invalid={languageErrors.length > 0}
                onChange={(event) =>
                  update(
                    ['languages', 'allowed'],
                    event.target.checked
                      ? writtenStandards.filter((c) => c === code || draft.languages.allowed.includes(c))
                      : draft.languages.allowed.filter((c) => c !== code),
                  )
                }
              />
              <span>{t(`lang-${code}`)}</span>
            </label>
          ))}
          {languageErrors.length > 0 && (
            <div className="field-error" data-error-for="languages.allowed" role="alert">
              {languageErrors.map((error) => (
                <p key={error.message}>{error.message}</p>
              ))}
            </div>
          )}
        </fieldset>
        <NumberField
          label={t('nynorskTarget')}
          help={t('nynorskTargetHelp')}
          path="languages.nynorskTarget"
          value={draft.languages.nynorskTarget}
          onChange={(value) => update(['languages', 'nynorskTarget'], value)}
        />
      </section>

      <RulesTable draft={draft} update={update} />
    </div>
  );
}
