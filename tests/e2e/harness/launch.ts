import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { findChromium } from '../../../scripts/find-chromium.mjs';
import { EXTENSION_DIR } from './paths';

// One headless Chromium per test file, with the built extension installed (or not, for tests of
// the replica alone): no network of its own (Chromium would otherwise try and fail to phone home),
// a fresh profile, and no sandbox when running as root (Chromium refuses to start otherwise).

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

const QUIET_FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser({ extension = true }: { extension?: boolean } = {}): Promise<LaunchedBrowser> {
  if (extension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No extension build at ${EXTENSION_DIR}: run \`npm run build\` (or \`npx wxt build\`) first.`);
  }
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: run `node scripts/check-browser.mjs` for how to install one or set CHROME_PATH.');
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'ocg-e2e-'));
  const runsAsRoot = process.getuid?.() === 0;
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      enableExtensions: true,
      userDataDir,
      args: [...QUIET_FLAGS, ...(runsAsRoot ? ['--no-sandbox'] : [])],
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

async function installExtension(browser: Browser): Promise<{ extensionId: string; worker: WebWorker }> {
  const extensionId = await browser.installExtension(EXTENSION_DIR);
  const target = await browser.waitForTarget(
    (candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith(`chrome-extension://${extensionId}/`),
    { timeout: 10_000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error(`The extension ${extensionId} has a service worker target but no worker.`);
  await extensionApisReady(worker);
  return { extensionId, worker };
}

/**
 * Right after installation the worker's target can exist before the extension APIs are bound in it
 * (a test's first `chrome.storage` call then fails with "chrome is not defined"): wait for them.
 */
async function extensionApisReady(worker: WebWorker): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await worker.evaluate(() => typeof (globalThis as { chrome?: { storage?: unknown } }).chrome?.storage === 'object'))) {
    if (Date.now() > deadline) throw new Error("The extension's service worker has no chrome.storage after 10 s.");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

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
