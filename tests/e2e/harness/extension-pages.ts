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

async function waitForDocument(page: Page, url: string, timeout = 10_000): Promise<void> {
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
