import { browser } from 'wxt/browser';
import type { Sealer } from './sealer-api';

// age is ~130 kB: far over the content script's budget, and only needed at the moment of capture.
// The content script imports it then, from the extension's own web-accessible sealer.js. A dynamic
// import from a content script evaluates in the content script's isolated world.

let loading: Promise<Sealer> | undefined;

export function loadSealer(): Promise<Sealer> {
  loading ??= (async () => {
    if (!globalThis.__ocgSealer) await import(/* @vite-ignore */ browser.runtime.getURL('/sealer.js'));
    const sealer = globalThis.__ocgSealer;
    if (!sealer) throw new Error('The sealer script loaded but did not register itself.');
    return sealer;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
