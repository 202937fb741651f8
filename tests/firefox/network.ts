import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixtureResponse, xUrl } from '../e2e/fixture-server';
import { type Bidi, bidiString } from './bidi';

/**
 * Everything the browser asks of the network during a run, from two recorders:
 * - WebDriver BiDi's network events, for every browsing context it knows (tabs, with their
 *   content scripts and extension pages). An intercept holds each of those requests: x.com URLs
 *   are answered from the fixtures, anything else is refused.
 * - A proxy that every connection is sent to (prefs.ts). BiDi does not see the extension's
 *   background page nor Firefox's own requests; whatever reaches the proxy is recorded and
 *   refused, so nothing leaves the machine and nothing goes unseen.
 */

export type RecordedRequest = {
  url: string;
  method: string;
  /** BiDi browsing context of the tab that made it. */
  context: string | null;
  /** 'fixture' when answered from the fixtures, 'refused' when failed by the intercept. */
  outcome: 'fixture' | 'refused' | 'not intercepted';
};

export type NetworkLog = {
  /** Requests BiDi reported, in order. */
  requests: RecordedRequest[];
  /** What reached the proxy: `CONNECT host:port` or `METHOD url`. */
  proxied: string[];
};

export type RecordingProxy = { port: number; proxied: string[]; close: () => Promise<void> };

/** Starts the proxy on a free local port: it records every request and answers 403. */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const proxied: string[] = [];
  const server = createServer((request, response) => {
    proxied.push(`${request.method} ${request.url}`);
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    proxied.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    proxied,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type BeforeRequestSent = {
  context: string | null;
  isBlocked: boolean;
  intercepts?: string[];
  request: { request: string; url: string; method: string };
};

/**
 * Records every request BiDi reports and holds it with a session-wide intercept (every context,
 * present and future): x.com, twitter.com and mobile.x.com are answered from the fixtures under
 * X's CSP, everything else is refused.
 */
export async function interceptRequests(bidi: Bidi, requests: RecordedRequest[]): Promise<void> {
  const { result } = await bidi.send('network.addIntercept', { phases: ['beforeRequestSent'] });
  const intercept = (result as { intercept: string }).intercept;
  bidi.on('network.beforeRequestSent', (event: BeforeRequestSent) => {
    const { url, method, request } = event.request;
    const ours = event.isBlocked && (event.intercepts ?? []).includes(intercept);
    const entry: RecordedRequest = { url, method, context: event.context, outcome: 'not intercepted' };
    requests.push(entry);
    if (!ours) return;
    if (xUrl.test(url)) {
      entry.outcome = 'fixture';
      const { status, headers, body } = fixtureResponse(url);
      void bidi
        .send('network.provideResponse', {
          request,
          statusCode: status,
          reasonPhrase: status === 200 ? 'OK' : 'Not Found',
          headers: Object.entries(headers).map(([name, value]) => ({ name, value: bidiString(value) })),
          body: { type: 'base64', value: body.toString('base64') },
        })
        .catch(() => {
          // The tab went away before the answer: nothing is waiting for it any more.
        });
    } else {
      entry.outcome = 'refused';
      void bidi.send('network.failRequest', { request }).catch(() => {});
    }
  });
}
