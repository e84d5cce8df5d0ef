import type { Browser, WebWorker } from 'puppeteer-core';
import type { BrowserKind } from './browser-kind.mjs';

export interface LaunchedBrowser {
  kind: BrowserKind;
  browser: Browser;
  /**
   * The host of the extension's page URLs, present when the extension was installed: Chromium's
   * extension id (32 letters a–p) or Firefox's moz-extension UUID (chosen by the harness).
   */
  extensionId?: string;
  /** Chromium only: the extension's service worker (background). */
  worker?: WebWorker;
  /** The fresh profile directory; removed by close(). */
  userDataDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** 'chromium' (default) or 'firefox'. */
  browser?: BrowserKind;
  /** Install the build (default true); false for the replica alone. */
  extension?: boolean;
  /** Default true; false opens a window (the demo, when there is a display). */
  headless?: boolean;
  /**
   * Firefox only: the text of a policies.json that Firefox starts under, as an administrator would
   * deploy it (`3rdparty.Extensions.<gecko id>` is what the extension reads as storage.managed).
   */
  firefoxPolicies?: string;
  /** Chromium only: the unpacked extension to install instead of the build (e.g. a copy with a fixed id). */
  extensionDir?: string;
  /** Chromium only: more flags, e.g. `--disable-features=HttpsUpgrades` to load a page over plain http. */
  args?: string[];
}

/** A browser with a fresh profile and (unless `extension: false`) the build installed (Chromium: its worker started). */
export declare function launchBrowser(options?: LaunchOptions): Promise<LaunchedBrowser>;
