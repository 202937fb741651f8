import type { TabCommand } from '../messaging/protocol';

/*
 * The same checks as `tabCommandSchema` in lib/messaging/protocol.ts, written out by hand: zod
 * alone would take most of the content script's size budget (40 KB gzipped), and this is the only
 * message the content script receives. tests/x/tab-command.test.ts holds both to the same verdicts.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isOffset = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function isLocalized(value: unknown): boolean {
  return isRecord(value) && ['nb', 'nn', 'en'].every((key) => typeof value[key] === 'string');
}

/** The background's command if `message` is a well-formed one, else null (never acted on). */
export function parseTabCommand(message: unknown): TabCommand | null {
  if (!isRecord(message) || message.type !== 'apply-fix' || typeof message.composerId !== 'string') {
    return null;
  }
  const fix = message.fix;
  if (!isRecord(fix) || typeof fix.text !== 'string' || !isLocalized(fix.label)) return null;
  const range = fix.range;
  if (!isRecord(range) || !isOffset(range.start) || !isOffset(range.end)) return null;
  const label = fix.label as { nb: string; nn: string; en: string };
  return {
    type: 'apply-fix',
    composerId: message.composerId,
    fix: {
      label: { nb: label.nb, nn: label.nn, en: label.en },
      range: { start: range.start, end: range.end },
      text: fix.text,
    },
  };
}
