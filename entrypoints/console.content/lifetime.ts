import { browser } from 'wxt/browser';

// How long this content script lives: until the extension is really gone (reloaded, updated,
// disabled or removed), when the browser clears `runtime.id` in every old content script.
// WXT's own context also stops when a "newer copy" of the script announces itself with a document
// event, but a page script can send that event too (its name holds only the extension id and the
// script's name), so it must not switch the extension off; this signal ignores it.

const CHECK_EVERY_MS = 1000;

export function extensionLifetime(): AbortSignal {
  const life = new AbortController();
  const timer = setInterval(() => {
    if (browser.runtime?.id != null) return;
    clearInterval(timer);
    life.abort();
  }, CHECK_EVERY_MS);
  return life.signal;
}
