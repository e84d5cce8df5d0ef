// Chromium with the Chromium build (or another unpacked extension) installed, for launch-browser.mjs.
// Plain JS, shared with the bench and the demo. Chromium would otherwise try and fail to phone
// home; as root it refuses to start with a sandbox.
import { getuid } from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../../../scripts/find-chromium.mjs';

const QUIET_FLAGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Chromium with its profile in `userDataDir`, quiet flags plus `args`. */
export async function startChromium(userDataDir, { args = [], headless = true } = {}) {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: run `node scripts/check-browser.mjs` for how to install one or set CHROME_PATH.');
  }
  const runsAsRoot = getuid?.() === 0;
  return puppeteer.launch({
    executablePath,
    headless,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    args: [...QUIET_FLAGS, ...(runsAsRoot ? ['--no-sandbox'] : []), ...args],
  });
}

/** Installs the unpacked extension in `directory`; returns its id and its started service worker. */
export async function installInChromium(browser, directory) {
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
async function extensionApisReady(worker) {
  const deadline = Date.now() + 10_000;
  while (!(await worker.evaluate(() => typeof globalThis.chrome?.storage === 'object'))) {
    if (Date.now() > deadline) throw new Error("The extension's service worker has no chrome.storage after 10 s.");
    await sleep(50);
  }
}
