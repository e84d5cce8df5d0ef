import type { Browser, CDPSession, Protocol } from 'puppeteer-core';

// Every network request the extension makes, in Chromium, seen through the DevTools protocol: one
// session of our own attached to every target (service worker, pages, their frames and workers),
// each paused at start until its Network events flow, so even a request made while a page loads is
// seen. What counts as a request of the extension:
// - in a context of the extension (a document or worker whose URL is chrome-extension://<id>/…: the
//   service worker, the popup, options, handoff and recipient pages, the package worker): every
//   request or WebSocket;
// - in a web page (the Console): a request whose initiator stack names a chrome-extension:// script
//   (our content script, or a script it loaded into its isolated world), and any request to another
//   origin than the document's (the replica serves only its own origin, so nothing else may ask);
// except for URLs that never reach the network: chrome-extension:// (the extension's own files: lazy
// modules, the worker, pages), data: and blob:.

export interface ExtensionRequest {
  /** Where it came from: 'service_worker', 'page', 'worker', 'iframe', … (the DevTools target type). */
  target: string;
  /** The document or worker that made it. */
  document: string;
  url: string;
  /** Why it counts: 'extension context', 'initiated by the extension' or 'another origin'. */
  why: string;
}

export interface RequestWatch {
  /** The requests seen since the watch started, or since clear(). */
  seen(): ExtensionRequest[];
  /** Every target watched since the watch started, as `type url` at attach time (to show what it covered). */
  watched(): string[];
  clear(): void;
  stop(): Promise<void>;
}

const LOCAL = /^(chrome-extension|data|blob):/;
const WEB = /^(https?|wss?):/;

/** The URLs of the scripts on an initiator's stack, async parents included. */
function stackUrls(initiator: Protocol.Network.Initiator): string[] {
  const urls = initiator.url ? [initiator.url] : [];
  for (let stack = initiator.stack; stack; stack = stack.parent) urls.push(...stack.callFrames.map((frame) => frame.url));
  return urls;
}

function classify(document: string, url: string, initiator: Protocol.Network.Initiator | undefined, extensionOrigin: string): string | undefined {
  if (LOCAL.test(url)) return undefined;
  if (document.startsWith(`${extensionOrigin}/`)) return 'extension context';
  if (initiator && stackUrls(initiator).some((script) => script.startsWith('chrome-extension://'))) return 'initiated by the extension';
  if (WEB.test(url) && WEB.test(document) && new URL(url).origin !== new URL(document).origin) return 'another origin';
  return undefined;
}

/** Starts watching every target of `browser` for requests of the extension `extensionId` (see above). */
export async function watchExtensionRequests(browser: Browser, extensionId: string): Promise<RequestWatch> {
  const extensionOrigin = `chrome-extension://${extensionId}`;
  let seen: ExtensionRequest[] = [];
  const watched: string[] = [];
  const root = await browser.target().createCDPSession();

  const follow = async (session: CDPSession, type: string, targetUrl: string) => {
    watched.push(`${type} ${targetUrl}`);
    const record = (url: string, documentUrl: string | undefined, initiator?: Protocol.Network.Initiator) => {
      const document = documentUrl || targetUrl;
      const why = classify(document, url, initiator, extensionOrigin);
      if (why) seen.push({ target: type, document, url, why });
    };
    session.on('Network.requestWillBeSent', (event) => record(event.request.url, event.documentURL, event.initiator));
    session.on('Network.webSocketCreated', (event) => record(event.url, undefined, event.initiator));
    attachChildren(session);
    // A target that closes meanwhile (a tab, a finished worker) only ends its own watch.
    await Promise.all([
      session.send('Network.enable'),
      session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }),
    ]).catch(() => undefined);
    await session.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
  };

  function attachChildren(parent: CDPSession) {
    parent.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
      const child = parent.connection()?.session(sessionId);
      if (child) void follow(child, targetInfo.type, targetInfo.url);
    });
  }

  attachChildren(root);
  await root.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  return {
    seen: () => [...seen],
    watched: () => [...watched],
    clear: () => {
      seen = [];
    },
    // Detaching the root session detaches the sessions it auto-attached.
    stop: () => root.detach().catch(() => undefined),
  };
}
