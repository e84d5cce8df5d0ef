import type { Browser } from 'puppeteer-core';

export type BrowserKind = 'chromium' | 'firefox';

/** Records the engine of a browser that launchBrowser() started. */
export declare function rememberKind(browser: Browser, kind: BrowserKind): void;

/** The engine of a browser started by launchBrowser(). */
export declare function browserKind(browser: Browser): BrowserKind;
