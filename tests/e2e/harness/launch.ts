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

export interface LaunchOptions {
  /** Install the extension (default true); false for tests of the replica alone. */
  extension?: boolean;
  /** The unpacked extension to install; default the build, .output/chrome-mv3 (e.g. a copy with a fixed id). */
  extensionDir?: string;
}

export async function launchBrowser({ extension = true, extensionDir = EXTENSION_DIR }: LaunchOptions = {}): Promise<LaunchedBrowser> {
  if (extension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir}: run \`npm run build\` (or \`npx wxt build\`) first.`);
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
    const launched = extension ? await installExtension(browser, extensionDir) : {};
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

async function installExtension(browser: Browser, extensionDir: string): Promise<{ extensionId: string; worker: WebWorker }> {
  const extensionId = await browser.installExtension(extensionDir);
  const target = await browser.waitForTarget(
    (candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith(`chrome-extension://${extensionId}/`),
    { timeout: 10_000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error(`The extension ${extensionId} has a service worker target but no worker.`);
  await extensionApisBound(worker);
  return { extensionId, worker };
}

/**
 * The worker's target can appear a moment before Chromium binds the extension APIs in it (seen
 * under load: `chrome` undefined on the first evaluate): wait until they are there.
 */
async function extensionApisBound(worker: WebWorker, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  const bound = () => worker.evaluate(() => typeof (globalThis as { chrome?: { storage?: unknown } }).chrome?.storage === 'object');
  while (!(await bound())) {
    if (Date.now() > deadline) throw new Error(`The extension's service worker has no extension APIs after ${timeout} ms.`);
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
