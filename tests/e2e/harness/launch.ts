import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type LaunchOptions, type LaunchedBrowser } from './launch-browser.mjs';

/**
 * One browser for a whole spec file: launched before its tests, closed after. With the extension
 * unless `options` say otherwise; `useBrowser({ browser: 'firefox' })` for a Firefox spec.
 * (Launching itself is launch-browser.mjs, shared with the bench and the demo.)
 */
export function useBrowser(options: LaunchOptions = {}): () => LaunchedBrowser {
  let launched: LaunchedBrowser | undefined;
  beforeAll(async () => {
    launched = await launchBrowser(options);
  });
  afterAll(async () => {
    await launched?.close();
  });
  return () => {
    if (!launched) throw new Error('useBrowser(): the browser is not launched yet (call it at the top of the spec file)');
    return launched;
  };
}
