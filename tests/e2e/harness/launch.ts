import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from './chromium.mjs';

/** One browser with the extension for a whole spec file: launched before its tests, closed after. */
export function useBrowser(): () => LaunchedBrowser {
  let launched: LaunchedBrowser | undefined;
  beforeAll(async () => {
    launched = await launchBrowser();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return () => {
    if (!launched) throw new Error('useBrowser(): the browser is not launched yet (call it at the top of the spec file)');
    return launched;
  };
}
