// Launches Chromium with the built extension for the e2e tests, `npm run bench` and `npm run demo`.
// Plain JS so that Node scripts can use it without a TypeScript loader; typed by chromium.d.mts.
// No network of its own (Chromium would otherwise try and fail to phone home), a fresh profile,
// and no sandbox when running as root (Chromium refuses to start otherwise).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getuid } from 'node:process';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../../../scripts/find-chromium.mjs';
import { EXTENSION_DIR } from './paths.mjs';

const QUIET_FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Chromium with a fresh profile and (unless `extension: false`) the build installed; `headless: false` shows a window. */
export async function launchBrowser({ extension = true, headless = true, args = [] } = {}) {
  if (extension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No extension build at ${EXTENSION_DIR}: run \`npm run build\` (or \`npx wxt build\`) first.`);
  }
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: run `node scripts/check-browser.mjs` for how to install one or set CHROME_PATH.');
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'ocg-chromium-'));
  const runsAsRoot = getuid?.() === 0;
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless,
      pipe: true,
      enableExtensions: true,
      userDataDir,
      args: [...QUIET_FLAGS, ...(runsAsRoot ? ['--no-sandbox'] : []), ...args],
    });
    const launched = extension ? await installExtension(browser) : {};
    const opened = browser;
    return {
      browser: opened,
      ...launched,
      userDataDir,
      close: async () => {
        await opened.close().catch(() => undefined);
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

async function installExtension(browser) {
  const extensionId = await browser.installExtension(EXTENSION_DIR);
  const target = await browser.waitForTarget(
    (candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith(`chrome-extension://${extensionId}/`),
    { timeout: 10_000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error(`The extension ${extensionId} has a service worker target but no worker.`);
  return { extensionId, worker };
}
