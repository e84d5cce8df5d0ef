import type { Browser, WebWorker } from 'puppeteer-core';

export interface LaunchedBrowser {
  browser: Browser;
  /** 32 letters a–p; present when the extension was installed. */
  extensionId?: string;
  /** The extension's service worker (background). */
  worker?: WebWorker;
  /** The fresh profile directory; removed by close(). */
  userDataDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Install .output/chrome-mv3 (default true); false for the replica alone. */
  extension?: boolean;
  /** Default true; false opens a window (the demo, when there is a display). */
  headless?: boolean;
  /** Extra Chromium flags. */
  args?: string[];
}

/** Chromium with a fresh profile and (unless `extension: false`) the build installed and its worker started. */
export declare function launchBrowser(options?: LaunchOptions): Promise<LaunchedBrowser>;
