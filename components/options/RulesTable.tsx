import { type Severity, severities } from '../../lib/core/types';
import { optionsCatalog } from '../../lib/i18n/options';
import { rules } from '../../lib/rules/index';
import { useLanguage, useT } from '../I18n';
import type { SectionProps } from './types';

/** Every rule with on/off and an optional severity override. */
export function RulesTable({ draft, update }: SectionProps) {
  const t = useT(optionsCatalog);
  const language = useLanguage();
  return (
    <section className="card" aria-labelledby="section-rules">
      <h2 id="section-rules">{t('sectionRules')}</h2>
      <p className="help small muted">{t('rulesHelp')}</p>
      <table className="rules">
        <thead>
          <tr>
            <th scope="col">{t('ruleColumn')}</th>
            <th scope="col">{t('ruleOn')}</th>
            <th scope="col">{t('ruleSeverity')}</th>
          </tr>
        </thead>
        <tbody>
          {rules.map(({ id, name: names }) => {
            const setting = draft.rules[id] ?? { enabled: true };
            const name = names[language];
            return (
              <tr key={id} data-rule-id={id}>
                <th scope="row">{name}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${name}: ${t('ruleOn')}`}
                    checked={setting.enabled}
                    onChange={(event) => update(['rules', id, 'enabled'], event.target.checked)}
                  />
                </td>
                <td>
                  <select
                    aria-label={`${name}: ${t('ruleSeverity')}`}
                    value={setting.severity ?? ''}
                    disabled={!setting.enabled}
                    onChange={(event) =>
                      update(['rules', id], {
                        enabled: setting.enabled,
                        ...(event.target.value ? { severity: event.target.value as Severity } : {}),
                      })
                    }
                  >
                    <option value="">{t('severityDefault')}</option>
                    {severities.map((severity) => (
                      <option key={severity} value={severity}>
                        {t(`severity-${severity}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
