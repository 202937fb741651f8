import { type ReactNode, useEffect, useRef, useState } from 'react';
import { resolveUiLanguage } from '../../lib/i18n';
import { welcomeCatalog } from '../../lib/i18n/welcome';
import type { Strategy } from '../../lib/strategy/schema';
import { useClient } from '../client';
import { LanguageProvider, useT } from '../I18n';
import { PageHeader } from '../PageHeader';
import { useStrategy } from '../useBackground';
import { AudienceStep } from './AudienceStep';
import { LanguageStep } from './LanguageStep';
import { PresetStep } from './PresetStep';
import { ReadyStep } from './ReadyStep';
import { SpeakerStep } from './SpeakerStep';
import { StepPlaceContext } from './StepFrame';
import { type Commit, type StepProps, stepFromHash, type WelcomeStep, welcomeSteps } from './steps';
import { TopicsStep } from './TopicsStep';

const stepViews: Record<WelcomeStep, (props: StepProps) => ReactNode> = {
  language: LanguageStep,
  speaker: SpeakerStep,
  preset: PresetStep,
  audience: AudienceStep,
  topics: TopicsStep,
  ready: ReadyStep,
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The welcome page (issue 16): opens by itself on install, and again from the popup and the
 * options page. A few short steps set the strategy up; each is saved (through the background)
 * when the user presses Next, every one can be skipped, and closing the page changes nothing.
 */
export function WelcomePage() {
  const snapshot = useStrategy();
  const client = useClient();
  // What this page just saved, until storage tells every page (this one too) about it: a step
  // opened right after a save must start from the saved strategy, not the one before.
  const [saved, setSaved] = useState<{ strategy: Strategy; over: typeof snapshot } | null>(null);
  const strategy = saved && saved.over === snapshot ? saved.strategy : snapshot?.strategy;
  const language = resolveUiLanguage(strategy?.uiLanguage ?? 'auto');
  const [error, setError] = useState<string | null>(null);

  const commit: Commit = async (change) => {
    if (!strategy) return false;
    const next = change(strategy);
    if (same(next, strategy)) return true;
    // A strategy the background refused (from a newer Kvitter) is kept for the user to repair.
    if (snapshot?.refused) return true;
    const answer = await client
      .send({ type: 'save-strategy', strategy: next, language })
      .catch((failure: unknown) => ({
        ok: false as const,
        errors: [{ path: '', message: failure instanceof Error ? failure.message : String(failure) }],
      }));
    if (!answer.ok) {
      setError(answer.errors.map((e) => e.message).join(' '));
      return false;
    }
    setError(null);
    setSaved({ strategy: next, over: snapshot });
    return true;
  };

  return (
    <LanguageProvider language={language}>
      <main data-page="welcome" lang={language} className="welcome">
        <PageHeader />
        {strategy ? (
          <Steps strategy={strategy} commit={commit} error={error} clearError={() => setError(null)} />
        ) : (
          <Loading />
        )}
      </main>
    </LanguageProvider>
  );
}

function Loading() {
  const t = useT(welcomeCatalog);
  return <p className="muted">{t('loading')}</p>;
}

type StepsProps = { strategy: Strategy; commit: Commit; error: string | null; clearError: () => void };

function Steps({ strategy, commit, error, clearError }: StepsProps) {
  const t = useT(welcomeCatalog);
  const [index, setIndex] = useState(() => stepFromHash(location.hash));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = welcomeSteps[index] ?? 'language';

  useEffect(() => {
    document.title = `${t('pageTitle')} – Kvitter`;
  }, [t]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    // Not on the first render: the page opens at its start; a step opened later gets the focus.
    if (moved.current) headingRef.current?.focus();
  }, [index]);

  const go = (to: number) => {
    const next = Math.max(0, Math.min(welcomeSteps.length - 1, to));
    moved.current = true;
    clearError();
    setIndex(next);
    history.replaceState(null, '', `#${welcomeSteps[next]}`);
  };

  const View = stepViews[step];
  return (
    <>
      <div className="intro">
        <h2>{t('pageTitle')}</h2>
        <p>{t('intro')}</p>
        <p className="small muted">{t('savedNote')}</p>
      </div>
      <nav aria-label={t('stepsLabel')} className="stepper">
        <ol>
          {welcomeSteps.map((id, i) => (
            <li key={id} className={i < index ? 'past' : undefined}>
              <button type="button" aria-current={i === index ? 'step' : undefined} onClick={() => go(i)}>
                <span className="step-number" aria-hidden="true">
                  {i + 1}
                </span>{' '}
                {t(`step-${id}`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {error && (
        <p role="alert" className="notice error">
          {t('saveFailed', { detail: error })}
        </p>
      )}
      <StepPlaceContext.Provider
        value={{
          position: t('stepOf', { n: index + 1, total: welcomeSteps.length }),
          headingRef,
          next: () => go(index + 1),
          back: index > 0 ? () => go(index - 1) : undefined,
        }}
      >
        <View key={step} strategy={strategy} commit={commit} />
      </StepPlaceContext.Provider>
    </>
  );
}
