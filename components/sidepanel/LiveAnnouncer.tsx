import { useEffect, useRef, useState } from 'react';
import type { Hint } from '../../lib/rules/types';
import { useLanguage } from '../I18n';
import { announcement } from './announcement';

/** A polite live region that tells screen-reader users when the hints change. */
export function LiveAnnouncer({ hints }: { hints: Hint[] }) {
  const language = useLanguage();
  const [text, setText] = useState('');
  const previous = useRef<string[] | null>(null);
  const signature = hints.map((hint) => `${hint.severity}:${hint.message[language]}`).join('\n');

  // biome-ignore lint/correctness/useExhaustiveDependencies: `signature` stands for `hints`, which is a new array on every render.
  useEffect(() => {
    // The first render is not a change: the user has not heard anything yet to compare with.
    if (previous.current !== null) setText(announcement(previous.current, hints, language));
    previous.current = hints.map((hint) => hint.message[language]);
  }, [signature, language]);

  return (
    <div className="visually-hidden" aria-live="polite" data-testid="live-region">
      {text}
    </div>
  );
}
