import { browser } from 'wxt/browser';
import { createMessageRouter, type MessageRouter } from './router';

/**
 * Creates the background's router and makes it the runtime.onMessage listener. Call once, at the top
 * level of the background (MV3 only delivers events to listeners registered synchronously at start),
 * then let each feature register its handlers, e.g. installVault({ router }).
 */
export function startMessageRouter(): MessageRouter {
  const router = createMessageRouter({ id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });
  // Returning the promise makes the polyfill send its value as the reply.
  browser.runtime.onMessage.addListener((message: unknown, sender) => router.dispatch(message, sender));
  return router;
}
