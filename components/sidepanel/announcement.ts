import { format, type UiLanguage } from '../../lib/i18n';
import { sidepanelCatalog } from '../../lib/i18n/sidepanel';
import type { Hint } from '../../lib/rules/types';

/**
 * What the polite live region says when the visible hints change: the counts per severity and
 * the messages of hints that were not there before, so a screen reader hears what is new
 * without the whole list being read on every keystroke.
 */
export function announcement(
  previous: readonly string[],
  hints: readonly Hint[],
  language: UiLanguage,
): string {
  if (hints.length === 0) return format(sidepanelCatalog, language, 'announceNone');
  const count = (severity: Hint['severity']) => hints.filter((hint) => hint.severity === severity).length;
  const counts = format(sidepanelCatalog, language, 'announceCounts', {
    errors: count('error'),
    warnings: count('warning'),
    suggestions: count('suggestion'),
  });
  const fresh = hints
    .map((hint) => hint.message[language])
    .filter((message) => !previous.includes(message))
    .map((message) => format(sidepanelCatalog, language, 'announceNew', { message }));
  return [counts, ...fresh].join(' ');
}
