// Where the e2e tests and `npm test` find a Chromium to drive: an explicit path from the
// environment first, then the usual Debian/Ubuntu locations. Plain JS so that scripts/check-browser.mjs
// can run before anything is compiled; typed for the TypeScript tests by find-chromium.d.mts.
import { accessSync, constants } from 'node:fs';
import { env } from 'node:process';

/** Fixed locations tried after PUPPETEER_EXECUTABLE_PATH and CHROME_PATH, in order. */
export const CHROMIUM_LOCATIONS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const CHOSEN_BY = ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'];

/** The first executable among the environment's choice and the fixed locations, or undefined. */
export function findChromium(environment = env, locations = CHROMIUM_LOCATIONS) {
  const candidates = [...CHOSEN_BY.map((name) => environment[name]), ...locations];
  return candidates.find((path) => path !== undefined && path !== '' && isExecutable(path));
}

/** What `npm test` says when findChromium found nothing: where it looked and how to get one. */
export function missingChromiumMessage(environment = env, locations = CHROMIUM_LOCATIONS) {
  const unusable = CHOSEN_BY.filter((name) => environment[name])
    .map((name) => `  ${name}=${environment[name]} is not an executable file.\n`)
    .join('');
  return (
    'No Chromium found for the end-to-end tests.\n' +
    unusable +
    `  Looked in ${[...CHOSEN_BY, ...locations].join(', ')}.\n` +
    '  Install it with `sudo apt-get install chromium` (Debian/Ubuntu),\n' +
    '  or set CHROME_PATH to a Chromium or Chrome executable.\n'
  );
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
