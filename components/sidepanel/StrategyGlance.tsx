import { browser } from 'wxt/browser';
import { sidepanelCatalog } from '../../lib/i18n/sidepanel';
import type { Strategy } from '../../lib/strategy/schema';
import { useT } from '../I18n';

const accountKeys = {
  personal: 'accountPersonal',
  company: 'accountCompany',
  employee: 'accountEmployee',
} as const;
const languageKeys = { nb: 'langNb', nn: 'langNn', en: 'langEn' } as const;

/** The strategy at a glance, with the way to the editor. */
export function StrategyGlance({ strategy }: { strategy: Strategy }) {
  const t = useT(sidepanelCatalog);
  const empty = strategy.topics.length === 0 && strategy.audience.trim() === '';
  return (
    <section className="card glance" aria-labelledby="glance-title">
      <h2 id="glance-title">{t('glanceTitle')}</h2>
      {empty && <p>{t('strategyEmpty')}</p>}
      <ul className="plain">
        <li>{t(accountKeys[strategy.accountType])}</li>
        <li>
          {strategy.topics.length > 0
            ? t('glanceTopics', { topics: strategy.topics.map((topic) => topic.name).join(', ') })
            : t('glanceNoTopics')}
        </li>
        {strategy.hashtags.preferred.length > 0 && (
          <li>
            {t('glanceHashtags', {
              tags: strategy.hashtags.preferred
                .map((tag) => (tag.startsWith('#') ? tag : `#${tag}`))
                .join(' '),
            })}
          </li>
        )}
        <li>{t('glanceHashtagMax', { max: strategy.hashtags.max })}</li>
        <li>{t('glanceCadence', { n: strategy.postsPerWeek })}</li>
        <li>
          {t('glanceLanguages', {
            languages: strategy.languages.allowed.map((code) => t(languageKeys[code])).join(', '),
          })}
        </li>
      </ul>
      <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
        {t('editStrategy')}
      </button>
    </section>
  );
}
