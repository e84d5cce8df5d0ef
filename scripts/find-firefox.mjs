// Where the Firefox end-to-end tests (tests/e2e/firefox, driven over WebDriver BiDi) and `npm test`
// find a Firefox: FIREFOX_PATH first, then the usual Debian/Ubuntu locations. Plain JS for the same
// reason as find-chromium.mjs; typed by find-firefox.d.mts.
import { env } from 'node:process';
import { firstExecutable, unusableChoices } from './find-chromium.mjs';

/** Fixed locations tried after FIREFOX_PATH, in order (ESR first: it is what CI installs). */
export const FIREFOX_LOCATIONS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

const CHOSEN_BY = ['FIREFOX_PATH'];

/** The first executable among FIREFOX_PATH and the fixed locations, or undefined. */
export function findFirefox(environment = env, locations = FIREFOX_LOCATIONS) {
  return firstExecutable([...CHOSEN_BY.map((name) => environment[name]), ...locations]);
}

/** What `npm test` says when findFirefox found nothing: where it looked and how to get one. */
export function missingFirefoxMessage(environment = env, locations = FIREFOX_LOCATIONS) {
  return (
    'No Firefox found for the Firefox end-to-end tests.\n' +
    unusableChoices(environment, CHOSEN_BY) +
    `  Looked in ${[...CHOSEN_BY, ...locations].join(', ')}.\n` +
    '  Install it with `sudo apt-get install firefox-esr` (Debian),\n' +
    '  or set FIREFOX_PATH to a Firefox executable (128 or newer).\n'
  );
}
