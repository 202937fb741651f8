import type { Browser, Page } from 'puppeteer-core';

/**
 * The raw WebDriver BiDi session under puppeteer. Puppeteer's own API covers pages, typing and
 * clicking; the harness also needs session-wide commands it does not expose: an intercept for
 * every browsing context, navigation to moz-extension:// pages, and script in the browser's own
 * (chrome) window. Puppeteer keeps the connection internal, so its shape is declared here.
 */
export type Bidi = {
  send: (method: string, params: object) => Promise<{ result: unknown }>;
  on: (event: string, handler: (params: never) => void) => void;
};

/** The BiDi connection puppeteer opened to `browser` (launched with protocol 'webDriverBiDi'). */
export function bidiOf(browser: Browser): Bidi {
  const connection = (browser as unknown as { connection?: Bidi }).connection;
  if (!connection || typeof connection.send !== 'function') {
    throw new Error('No WebDriver BiDi connection: launch Firefox with protocol "webDriverBiDi"');
  }
  return connection;
}

/** The BiDi browsing context id of a page's top frame. */
export function contextOf(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: string })._id;
  if (!id) throw new Error('This page has no BiDi browsing context id');
  return id;
}

/** BiDi's string value, as headers and bodies are sent. */
export const bidiString = (value: string) => ({ type: 'string', value });

type EvaluateResult =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };

/** Evaluates `expression` in a browsing context (awaiting a promise) and returns its JSON value. */
export async function evaluateJson<T>(bidi: Bidi, context: string, expression: string): Promise<T> {
  const { result } = await bidi.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    target: { context },
    awaitPromise: true,
  });
  const outcome = result as EvaluateResult;
  if (outcome.type === 'exception') throw new Error(`In the browser: ${outcome.exceptionDetails.text}`);
  return JSON.parse(String(outcome.result.value ?? 'null')) as T;
}
