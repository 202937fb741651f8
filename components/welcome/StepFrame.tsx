import { createContext, type FormEvent, type ReactNode, type RefObject, useContext, useState } from 'react';
import { welcomeCatalog } from '../../lib/i18n/welcome';
import { useT } from '../I18n';
import type { WelcomeStep } from './steps';

/** What the stepper tells the step it shows. */
export type StepPlace = {
  /** "Step n of total". */
  position: string;
  headingRef: RefObject<HTMLHeadingElement>;
  next: () => void;
  /** Undefined on the first step. */
  back: (() => void) | undefined;
};

export const StepPlaceContext = createContext<StepPlace>({
  position: '',
  headingRef: { current: null },
  next: () => {},
  back: undefined,
});

type Props = {
  id: WelcomeStep;
  /** What Next does before going on (saving the step); resolves false to stay. */
  onNext?: () => Promise<boolean> | boolean;
  /** Skip goes on without saving; the last step has none. */
  skippable?: boolean;
  nextLabel?: string;
  children: ReactNode;
};

/**
 * One step: a form (Enter in a one-line field is Next), its heading (focused when the step opens,
 * so a screen reader announces it and Tab starts from there), and Back, Skip and Next.
 */
export function StepFrame({ id, onNext, skippable = true, nextLabel, children }: Props) {
  const t = useT(welcomeCatalog);
  const place = useContext(StepPlaceContext);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      if (!onNext || (await onNext())) place.next();
    } finally {
      setBusy(false);
    }
  }
  return (
    <form
      className="card welcome-step"
      data-step={id}
      aria-labelledby={`step-${id}-title`}
      onSubmit={(event) => void submit(event)}
    >
      <p className="small muted step-position">{place.position}</p>
      <h2 id={`step-${id}-title`} ref={place.headingRef} tabIndex={-1}>
        {t(`step-${id}`)}
      </h2>
      {children}
      <div className="step-actions">
        {place.back && (
          <button type="button" onClick={place.back}>
            {t('back')}
          </button>
        )}
        <span className="spacer" />
        {skippable && (
          <button type="button" onClick={place.next}>
            {t('skip')}
          </button>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {nextLabel ?? t('next')}
        </button>
      </div>
    </form>
  );
}
