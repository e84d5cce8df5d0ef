// Where the e2e tests and `npm test` find a Chromium to drive: an explicit path from the
// environment first, then the usual Debian/Ubuntu locations. Plain JS so that scripts/check-browser.mjs
// can run before anything is compiled; typed for the TypeScript tests by find-chromium.d.mts.
import { accessSync, constants } from 'node:fs';
import { env } from 'node:process';

/** Fixed locations tried after PUPPETEER_EXECUTABLE_PATH and CHROME_PATH, in order. */
export const CHROMIUM_LOCATIONS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The first executable among the environment's choice and CHROMIUM_LOCATIONS, or undefined. */
export function findChromium(environment = env) {
  const candidates = [environment.PUPPETEER_EXECUTABLE_PATH, environment.CHROME_PATH, ...CHROMIUM_LOCATIONS];
  return candidates.find((path) => path !== undefined && path !== '' && isExecutable(path));
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
