import { randomUUID } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findFirefox } from '../../../scripts/find-firefox.mjs';
import { FIREFOX_EXTENSION_DIR } from './paths';

// Firefox (firefox-esr) driven over WebDriver BiDi, with the firefox-mv2 build installed as a
// temporary add-on (unsigned builds install only temporarily, which needs no signing prefs).
// What Firefox needs that Chromium does not:
// - `extensions.webextensions.uuids` fixes the add-on's moz-extension UUID before it is installed,
//   so tests know the URL of its pages (Firefox picks a random one otherwise).
// - `--remote-allow-system-access` lets the driver navigate a tab to moz-extension:// (refused
//   otherwise: "Navigation ... is not allowed in this context"). Only this test browser gets it.
// - HOME is a folder of the test profile, so that nothing of the user's ~/.mozilla (managed-storage
//   manifests, native hosts) reaches the test.
// - Downloads: WebDriver BiDi reports none to puppeteer, so files go, without asking, to a
//   `downloads` folder of the test profile that download() (downloads.ts) watches.
// Network: Firefox's own background services fail on the closed network, like Chromium's would.

/** Where Firefox reads policies.json when it is not a test (checked so a test is not silently overridden). */
function systemPolicyFiles(executablePath: string): string[] {
  return [join(dirname(realpathSync(executablePath)), 'distribution', 'policies.json'), '/etc/firefox/policies/policies.json'];
}

/** The add-on id Firefox installs the build under (manifest browser_specific_settings.gecko.id). */
export async function firefoxAddonId(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${FIREFOX_EXTENSION_DIR}/manifest.json has no browser_specific_settings.gecko.id: Firefox cannot keep its storage.`);
  return id;
}

/**
 * Firefox reads an alternative policies.json (pref browser.policies.alternatePath) only "in
 * automation": the pref below plus MOZ_DISABLE_NONLOCAL_CONNECTIONS=1, as Mozilla's own test
 * harnesses run it. Used only for a browser that a test starts with a policy.
 */
async function policyLaunch(userDataDir: string, executablePath: string, policies: string) {
  const overriding = systemPolicyFiles(executablePath).filter((file) => existsSync(file));
  if (overriding.length > 0) throw new Error(`A system policies.json takes precedence over the test's: ${overriding.join(', ')}`);
  const file = join(userDataDir, 'policies.json');
  await writeFile(file, policies);
  return {
    prefs: {
      'browser.policies.alternatePath': file,
      'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true,
    },
    env: { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
  };
}

const extensionUuids = new WeakMap<Browser, { id: string; uuid: string }>();
const downloadFolders = new WeakMap<Browser, string>();

/** The folder a Firefox started by startFirefox() saves downloads to. */
export function firefoxDownloadFolder(browser: Browser): string {
  const folder = downloadFolders.get(browser);
  if (!folder) throw new Error('This Firefox was not started by startFirefox(): its download folder is unknown.');
  return folder;
}

/** Save every download to `folder` at once: no dialog, no "downloads" panel, no temporary folder. */
const downloadPrefs = (folder: string) => ({
  'browser.download.folderList': 2,
  'browser.download.dir': folder,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.start_downloads_in_tmp_dir': false,
  'browser.download.panel.shown': true,
  'browser.download.alwaysOpenPanel': false,
});

export async function startFirefox(userDataDir: string, { extension, policies }: { extension: boolean; policies?: string }): Promise<Browser> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: run `node scripts/check-browser.mjs` for how to install one or set FIREFOX_PATH.');
  const home = join(userDataDir, 'home');
  const profile = join(userDataDir, 'profile');
  const downloads = join(userDataDir, 'downloads');
  await mkdir(home);
  await mkdir(profile);
  await mkdir(downloads);
  const addon = extension ? { id: await firefoxAddonId(), uuid: randomUUID() } : undefined;
  const policy = policies === undefined ? undefined : await policyLaunch(userDataDir, executablePath, policies);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, HOME: home, ...policy?.env },
    extraPrefsFirefox: {
      ...downloadPrefs(downloads),
      ...(addon ? { 'extensions.webextensions.uuids': JSON.stringify({ [addon.id]: addon.uuid }) } : {}),
      ...policy?.prefs,
    },
  });
  if (addon) extensionUuids.set(browser, addon);
  downloadFolders.set(browser, downloads);
  return browser;
}

/** Installs the build as a temporary add-on; returns its moz-extension UUID as `extensionId`. */
export async function installInFirefox(browser: Browser): Promise<{ extensionId: string }> {
  const addon = extensionUuids.get(browser);
  if (!addon) throw new Error('startFirefox() was called without the extension.');
  const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (installed !== addon.id) throw new Error(`Firefox installed the build as ${installed}, not ${addon.id}: the UUID pref would not apply.`);
  return { extensionId: addon.uuid };
}
