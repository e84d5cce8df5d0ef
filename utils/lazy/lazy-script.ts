import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

// Heavy in-page parts (age for the sealer; the analyzer, catalog, presets and UI of the scope
// assistant) would blow the content script's size budget, and each is needed only at one moment.
// They are built as web-accessible unlisted scripts that register one global, and the content
// script imports them then: a dynamic import from a content script evaluates in its isolated world,
// so the global is the content script's own and the page cannot see or replace it.

/**
 * A loader for `file`, an unlisted script that sets the global `read()` returns. Loads once; a
 * failed load is retried on the next call.
 */
export function lazyScript<T>(file: ScriptPublicPath, read: () => T | undefined): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= (async () => {
      if (!read()) await import(/* @vite-ignore */ browser.runtime.getURL(file));
      const loaded = read();
      if (!loaded) throw new Error(`The script ${file} loaded but did not register itself.`);
      return loaded;
    })().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
