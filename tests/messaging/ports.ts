import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LivePort } from '../../lib/messaging/live';
import type { Sender } from '../../lib/messaging/senders';

/**
 * runtime.connect, tabs.connect and runtime.onConnect for unit tests: fakeBrowser leaves them
 * unimplemented. Everything runs in one realm here, so the background's and the content script's
 * onConnect listeners share one event; each tells its ports apart by name, as in the browser.
 * Messages arrive asynchronously, as they do between real contexts.
 */

type Listener<A extends unknown[]> = (...args: A) => void;

function event<A extends unknown[]>() {
  const listeners = new Set<Listener<A>>();
  return {
    addListener: (listener: Listener<A>) => void listeners.add(listener),
    removeListener: (listener: Listener<A>) => void listeners.delete(listener),
    hasListener: (listener: Listener<A>) => listeners.has(listener),
    hasListeners: () => listeners.size > 0,
    trigger: (...args: A) => {
      for (const listener of [...listeners]) listener(...args);
    },
  };
}

export type FakePort = LivePort & {
  /** Whether either end disconnected. */
  readonly closed: boolean;
};

/** Two connected port ends: what one posts, the other hears. */
export function portPair(name: string, senderOfB: Sender, senderOfA?: Sender): [FakePort, FakePort] {
  let closed = false;
  const make = (sender: Sender | undefined) => {
    const onMessage = event<[unknown]>();
    const onDisconnect = event<[]>();
    return { name, sender, onMessage, onDisconnect };
  };
  const a = make(senderOfA);
  const b = make(senderOfB);
  const end = (self: typeof a, other: typeof a): FakePort => ({
    name,
    ...(self.sender ? { sender: self.sender } : {}),
    onMessage: self.onMessage,
    onDisconnect: self.onDisconnect,
    get closed() {
      return closed;
    },
    postMessage(message: unknown) {
      if (closed) throw new Error('Attempting to use a disconnected port object');
      const copy = JSON.parse(JSON.stringify(message)) as unknown;
      setTimeout(() => {
        if (!closed) other.onMessage.trigger(copy);
      });
    },
    disconnect() {
      if (closed) return;
      closed = true;
      setTimeout(() => other.onDisconnect.trigger());
    },
  });
  return [end(a, b), end(b, a)];
}

/**
 * Installs working ports on fakeBrowser (call after fakeBrowser.reset()). runtime.connect comes
 * from `contentSender` (Kvitter's content script on an x.com tab); tabs.connect from the side panel.
 * Returns the ports opened so far (the connecting ends) and their receiving ends, for assertions.
 */
export function installFakePorts(contentSender: () => Sender): {
  opened: FakePort[];
  accepted: FakePort[];
} {
  const onConnect = event<[FakePort]>();
  const opened: FakePort[] = [];
  const accepted: FakePort[] = [];
  const connect = (name: string, sender: Sender): FakePort => {
    const [mine, theirs] = portPair(name, sender);
    opened.push(mine);
    accepted.push(theirs);
    if (onConnect.hasListeners()) setTimeout(() => onConnect.trigger(theirs));
    // Nobody listening: the browser closes the port at once ("Receiving end does not exist").
    else theirs.disconnect();
    return mine;
  };
  const browser = fakeBrowser as unknown as {
    runtime: Record<string, unknown>;
    tabs: Record<string, unknown>;
  };
  browser.runtime.onConnect = onConnect;
  browser.runtime.connect = (info?: { name?: string }) => connect(info?.name ?? '', contentSender());
  browser.tabs.connect = (_tabId: number, info?: { name?: string }) =>
    connect(info?.name ?? '', {
      id: fakeBrowser.runtime.id,
      url: fakeBrowser.runtime.getURL('/sidepanel.html'),
    });
  return { opened, accepted };
}
