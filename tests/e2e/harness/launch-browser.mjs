// One browser with the built extension installed (or not, for the replica alone), a fresh profile,
// and no network of its own: for the e2e tests (useBrowser in launch.ts), `npm run bench` and
// `npm run demo`. Chromium by default; Firefox (firefox-esr over WebDriver BiDi, the firefox-mv2
// build) with `browser: 'firefox'`. Plain JS so that Node scripts can use it without a TypeScript
// loader; typed by launch-browser.d.mts.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rememberKind } from './browser-kind.mjs';
import { installInChromium, startChromium } from './launch-chromium.mjs';
import { installInFirefox, startFirefox } from './launch-firefox.mjs';
import { EXTENSION_DIR, FIREFOX_EXTENSION_DIR } from './paths.mjs';

/** A browser with a fresh profile and (unless `extension: false`) the build installed; see launch-browser.d.mts for the options. */
export async function launchBrowser({ browser: kind = 'chromium', extension = true, headless = true, firefoxPolicies, args = [], extensionDir } = {}) {
  if (firefoxPolicies !== undefined && kind !== 'firefox') throw new Error('firefoxPolicies is for Firefox only (browser: "firefox").');
  const buildDir = kind === 'firefox' ? FIREFOX_EXTENSION_DIR : (extensionDir ?? EXTENSION_DIR);
  if (extension && !existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${buildDir}: run \`npm run build\` first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), `ocg-e2e-${kind}-`));
  let browser;
  try {
    browser =
      kind === 'firefox'
        ? await startFirefox(userDataDir, { extension, policies: firefoxPolicies, headless })
        : await startChromium(userDataDir, { args, headless });
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
