import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { findChromium } from '../../../scripts/find-chromium.mjs';
import { rememberKind, type BrowserKind } from './browser-kind';
import { installInFirefox, startFirefox } from './launch-firefox';
import { EXTENSION_DIR, FIREFOX_EXTENSION_DIR } from './paths';

// One headless browser per test file, with the built extension installed (or not, for tests of
// the replica alone), a fresh profile, and no network of its own. Chromium by default; Firefox
// (firefox-esr over WebDriver BiDi, the firefox-mv2 build) with `browser: 'firefox'`.

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

const QUIET_FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser({ browser: kind = 'chromium', extension = true, firefoxPolicies, args = [], extensionDir }: LaunchOptions = {}): Promise<LaunchedBrowser> {
  if (firefoxPolicies !== undefined && kind !== 'firefox') throw new Error('firefoxPolicies is for Firefox only (browser: "firefox").');
  const buildDir = kind === 'firefox' ? FIREFOX_EXTENSION_DIR : (extensionDir ?? EXTENSION_DIR);
  if (extension && !existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${buildDir}: run \`npm run build\` first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), `ocg-e2e-${kind}-`));
  let browser: Browser | undefined;
  try {
    browser = kind === 'firefox' ? await startFirefox(userDataDir, { extension, policies: firefoxPolicies }) : await startChromium(userDataDir, args);
    rememberKind(browser, kind);
    const launched = extension ? await (kind === 'firefox' ? installInFirefox(browser) : installInChromium(browser, buildDir)) : {};
    const opened = browser;
    return {
      kind,
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

// Chromium would otherwise try and fail to phone home; as root it refuses to start with a sandbox.
async function startChromium(userDataDir: string, args: readonly string[]): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: run `node scripts/check-browser.mjs` for how to install one or set CHROME_PATH.');
  }
  const runsAsRoot = process.getuid?.() === 0;
  return puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    args: [...QUIET_FLAGS, ...(runsAsRoot ? ['--no-sandbox'] : []), ...args],
  });
}

async function installInChromium(browser: Browser, directory: string): Promise<{ extensionId: string; worker: WebWorker }> {
  const extensionId = await browser.installExtension(directory);
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

/**
 * One browser for a whole spec file: launched before its tests, closed after. With the extension
 * unless `options` say otherwise; `useBrowser({ browser: 'firefox' })` for a Firefox spec.
 */
export function useBrowser(options: LaunchOptions = {}): () => LaunchedBrowser {
  let launched: LaunchedBrowser | undefined;
  beforeAll(async () => {
    launched = await launchBrowser(options);
  });
  afterAll(async () => {
    await launched?.close();
  });
  return () => {
    if (!launched) throw new Error('useBrowser(): the browser is not launched yet (call it at the top of the spec file)');
    return launched;
  };
}
