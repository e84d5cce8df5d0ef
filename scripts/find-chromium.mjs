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
  return firstExecutable([...CHOSEN_BY.map((name) => environment[name]), ...locations]);
}

/** What `npm test` says when findChromium found nothing: where it looked and how to get one. */
export function missingChromiumMessage(environment = env, locations = CHROMIUM_LOCATIONS) {
  return (
    'No Chromium found for the end-to-end tests.\n' +
    unusableChoices(environment, CHOSEN_BY) +
    `  Looked in ${[...CHOSEN_BY, ...locations].join(', ')}.\n` +
    '  Install it with `sudo apt-get install chromium` (Debian/Ubuntu),\n' +
    '  or set CHROME_PATH to a Chromium or Chrome executable.\n'
  );
}

/** The first candidate that is an executable file (unset and empty ones skipped); shared with find-firefox.mjs. */
export function firstExecutable(candidates) {
  return candidates.find((path) => path !== undefined && path !== '' && isExecutable(path));
}

/** One line for each of these environment variables that is set, saying it is not used. */
export function unusableChoices(environment, names) {
  return names
    .filter((name) => environment[name])
    .map((name) => `  ${name}=${environment[name]} is not an executable file.\n`)
    .join('');
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
