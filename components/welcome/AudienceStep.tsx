import { useId, useState } from 'react';
import { welcomeCatalog } from '../../lib/i18n/welcome';
import { useT } from '../I18n';
import { StepFrame } from './StepFrame';
import type { StepProps } from './steps';

/** Whom the user wants to reach and what for (seed 003: be interesting and useful to them, regularly). */
export function AudienceStep({ strategy, commit }: StepProps) {
  const t = useT(welcomeCatalog);
  const id = useId();
  const [audience, setAudience] = useState(strategy.audience);
  const [goals, setGoals] = useState(strategy.goals);
  const field = (name: 'audience' | 'goals', value: string, set: (value: string) => void) => (
    <div className="field" data-field={name}>
      <label htmlFor={`${id}-${name}`}>{t(name)}</label>
      <p className="help small muted" id={`${id}-${name}-help`}>
        {t(name === 'audience' ? 'audienceHelp' : 'goalsHelp')}
      </p>
      <textarea
        id={`${id}-${name}`}
        rows={2}
        value={value}
        aria-describedby={`${id}-${name}-help`}
        onChange={(event) => set(event.target.value)}
      />
    </div>
  );
  return (
    <StepFrame id="audience" onNext={() => commit((current) => ({ ...current, audience, goals }))}>
      <p>{t('audienceIntro')}</p>
      {field('audience', audience, setAudience)}
      {field('goals', goals, setGoals)}
    </StepFrame>
  );
}
