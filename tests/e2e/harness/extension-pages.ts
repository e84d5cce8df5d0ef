import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { browserKind } from './browser-kind.mjs';
import { collectConsole } from './console-log';
import { EXTENSION_DIR, FIREFOX_EXTENSION_DIR } from './paths.mjs';

/**
 * Opens one of the extension's own pages (e.g. 'popup.html', 'handoff.html?item=…') in a new tab and waits for it to load.
 * `extensionId` is LaunchedBrowser.extensionId (Chromium's id, or Firefox's moz-extension UUID).
 */
export async function openExtensionPage(browser: Browser, extensionId: string, file: string): Promise<Page> {
  const firefox = browserKind(browser) === 'firefox';
  const buildDir = firefox ? FIREFOX_EXTENSION_DIR : EXTENSION_DIR;
  if (!existsSync(join(buildDir, file.replace(/[?#].*$/, '')))) {
    throw new Error(`${file} is not in the build at ${buildDir}: is the entrypoint there, and was the build rerun?`);
  }
  const page = await browser.newPage();
  collectConsole(page);
  if (!firefox) {
    await page.goto(`chrome-extension://${extensionId}/${file}`, { waitUntil: 'load' });
    return page;
  }
  const url = `moz-extension://${extensionId}/${file}`;
  // Firefox loads the page (in its extension process) but tells the driver nothing about that
  // navigation, so goto() would wait for an event that never comes: start it, and wait for the
  // document ourselves. The abandoned goto() settles on its own (timeout, or the page closing).
  page.goto(url).catch(() => undefined);
  await waitForDocument(page, url);
  return page;
}

/**
 * The tab in which the extension itself opens one of its pages (e.g. `tabs.create` from the popup),
 * once loaded: start waiting before the click that opens it. `file` is matched as a URL prefix
 * (`handoff.html` also finds `handoff.html?item=…`).
 */
export async function waitForExtensionTab(browser: Browser, extensionId: string, file: string, { timeout = 10_000 } = {}): Promise<Page> {
  if (browserKind(browser) === 'firefox') return findFirefoxTab(browser, `moz-extension://${extensionId}/${file}`, timeout);
  const target = await browser.waitForTarget((candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/${file}`), { timeout });
  const page = await target.page();
  if (!page) throw new Error(`${file} opened, but not as a page.`);
  collectConsole(page);
  return page;
}

// Firefox tells the driver about the new tab but not where the extension navigated it: ask each tab.
async function findFirefoxTab(browser: Browser, urlPrefix: string, timeout: number): Promise<Page> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const state = await page.evaluate(() => [location.href, document.readyState] as const).catch(() => undefined);
      if (state?.[0].startsWith(urlPrefix) && state[1] === 'complete') {
        collectConsole(page);
        return page;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No tab at ${urlPrefix} within ${timeout} ms.`);
}

/** Waits until the tab shows `url`, loaded: for Firefox documents it loads without navigation events. */
export async function waitForDocument(page: Page, url: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let seen = '';
  while (Date.now() < deadline) {
    // Evaluating while the tab changes documents can fail: that only means "not yet".
    const state = await page.evaluate(() => [location.href, document.readyState] as const).catch(() => undefined);
    if (state?.[0] === url && state[1] === 'complete') return;
    seen = state?.[0] ?? seen;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not load within ${timeout} ms (the tab shows ${seen || 'nothing readable'}).`);
}
