import { type Bidi, evaluateJson } from './bidi';

/**
 * What the browser logs, from two places:
 * - WebDriver BiDi's log.entryAdded for every tab: console calls and uncaught errors of the
 *   fixture pages, of Kvitter's content script in them, and of Kvitter's pages opened in tabs.
 * - Firefox's console service, read from the browser's own window: the uncaught errors of every
 *   process, the background page and the sidebar included, which BiDi does not see.
 */

export type LogEntry = { level: string; text: string; source: string };

type BidiLogEntry = {
  level: string;
  text: string | null;
  stackTrace?: { callFrames?: { url: string }[] };
};

/** Collects every BiDi log entry into `entries` (the session is subscribed to `log` by puppeteer). */
export function recordBidiLog(bidi: Bidi, entries: LogEntry[]): void {
  bidi.on('log.entryAdded', (entry: BidiLogEntry) => {
    entries.push({
      // BiDi says 'warn' where the console service says 'warning'.
      level: entry.level === 'warn' ? 'warning' : entry.level,
      text: entry.text ?? '',
      source: entry.stackTrace?.callFrames?.[0]?.url ?? '',
    });
  });
}

/**
 * Script run in the browser window (chrome scope): keeps every script error and warning the
 * console service gets, from any process, in a list the test reads back.
 */
const listenToConsoleService = `(() => {
  if (window.kvitterConsoleLog) return true;
  const log = [];
  window.kvitterConsoleLog = log;
  Services.console.registerListener({
    observe(message) {
      if (!(message instanceof Ci.nsIScriptError)) return;
      log.push({
        level: message.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag) ? 'warning' : 'error',
        category: message.category,
        text: message.errorMessage,
        source: [message.sourceName, String(message.stack ?? '')].join(' '),
      });
    },
  });
  return true;
})()`;

type ServiceEntry = LogEntry & { category: string };

export type ConsoleWatch = {
  /** Every error a tab logged, Kvitter's errors anywhere and every CSP violation, so far; empty when all is well. */
  errors: () => Promise<string[]>;
  /** Kvitter's warnings so far (shown in the test output, not failed on). */
  warnings: () => Promise<string[]>;
};

/**
 * Starts listening to the console service in the browser window `chromeContext`; Kvitter's
 * entries are those whose source or message names its `moz-extension://<uuid>/` files.
 */
export async function watchConsole(
  bidi: Bidi,
  chromeContext: string,
  bidiEntries: LogEntry[],
  extensionOrigin: string,
): Promise<ConsoleWatch> {
  await evaluateJson(bidi, chromeContext, listenToConsoleService);
  const service = () => evaluateJson<ServiceEntry[]>(bidi, chromeContext, 'window.kvitterConsoleLog');
  const isKvitter = (e: LogEntry) => e.source.includes(extensionOrigin) || e.text.includes(extensionOrigin);
  // The console service also has what the tabs logged: each message once, as lines.
  const unique = (entries: LogEntry[]) => {
    const byMessage = new Map(entries.map((e) => [`${e.level}: ${e.text}`, e.source.trim()]));
    return [...byMessage].map(([message, source]) => `${message} (${source || 'no source'})`);
  };
  return {
    async errors() {
      // A CSP violation counts at any level: the fixture pages break no rule of their own.
      const fromService = (await service()).filter(
        (e) => e.category.startsWith('CSP') || (e.level === 'error' && isKvitter(e)),
      );
      // Every error a tab logs counts: the fixture pages log none of their own.
      const fromTabs = bidiEntries.filter((e) => e.level === 'error');
      return unique([...fromTabs, ...fromService]);
    },
    async warnings() {
      const fromService = (await service()).filter((e) => e.level === 'warning' && isKvitter(e));
      const fromTabs = bidiEntries.filter((e) => e.level === 'warning' && isKvitter(e));
      return unique([...fromTabs, ...fromService]);
    },
  };
}
