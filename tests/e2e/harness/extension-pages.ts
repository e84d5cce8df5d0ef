import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { collectConsole } from './console-log';
import { EXTENSION_DIR } from './paths.mjs';

/** Opens one of the extension's own pages (e.g. 'popup.html') in a new tab and waits for it to load. */
export async function openExtensionPage(browser: Browser, extensionId: string, file: string): Promise<Page> {
  if (!existsSync(join(EXTENSION_DIR, file))) {
    throw new Error(`${file} is not in the build at ${EXTENSION_DIR}: is the entrypoint there, and was the build rerun?`);
  }
  const page = await browser.newPage();
  collectConsole(page);
  await page.goto(`chrome-extension://${extensionId}/${file}`, { waitUntil: 'load' });
  return page;
}
