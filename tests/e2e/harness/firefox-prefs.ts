import type { Browser } from 'puppeteer-core';
import { waitForDocument } from './extension-pages';

// Firefox prefs changed while it runs, for what WebDriver BiDi cannot emulate (prefers-color-scheme:
// puppeteer's emulateMediaFeatures is CDP only). about:config is a privileged page with `Services`,
// which the driver may script because the harness starts Firefox with --remote-allow-system-access.
// Like a moz-extension:// page it loads without telling the driver: we wait for the document ourselves.

export interface FirefoxPrefs {
  setInt(name: string, value: number): Promise<void>;
  /** Closes the about:config tab; prefs keep the values set. */
  close(): Promise<void>;
}

interface PrefsWindow {
  Services: { prefs: { setIntPref(name: string, value: number): void } };
}

/** A tab at about:config to set prefs from (it opens in front: bring the tested page back to front). */
export async function openFirefoxPrefs(browser: Browser): Promise<FirefoxPrefs> {
  const tab = await browser.newPage();
  // goto() would wait for a navigation event that never comes; it settles when the tab closes.
  tab.goto('about:config').catch(() => undefined);
  await waitForDocument(tab, 'about:config');
  return {
    setInt: async (name, value) => {
      await tab.evaluate((pref, to) => (window as unknown as PrefsWindow).Services.prefs.setIntPref(pref, to), name, value);
    },
    close: () => tab.close(),
  };
}
