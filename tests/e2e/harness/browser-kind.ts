import type { Browser } from 'puppeteer-core';

// Which engine a launched Browser is, so that the shared helpers (extension pages, extension
// storage) can take the same arguments in Chromium and Firefox specs.

export type BrowserKind = 'chromium' | 'firefox';

const kinds = new WeakMap<Browser, BrowserKind>();

export function rememberKind(browser: Browser, kind: BrowserKind): void {
  kinds.set(browser, kind);
}

/** The engine of a browser started by launchBrowser(). */
export function browserKind(browser: Browser): BrowserKind {
  const kind = kinds.get(browser);
  if (!kind) throw new Error('This browser was not started by launchBrowser(): its engine is unknown.');
  return kind;
}
