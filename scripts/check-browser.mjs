// First step of `npm test`: the e2e tests drive a real Chromium, so say plainly how to get one
// instead of letting forty tests fail with a launch error.
import { env, exit, stderr, stdout } from 'node:process';
import { CHROMIUM_LOCATIONS, findChromium } from './find-chromium.mjs';

const path = findChromium();
if (path === undefined) {
  const unusable = ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH']
    .filter((name) => env[name])
    .map((name) => `  ${name}=${env[name]} is not an executable file.\n`)
    .join('');
  stderr.write(
    'No Chromium found for the end-to-end tests.\n' +
      unusable +
      `  Looked in PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, ${CHROMIUM_LOCATIONS.join(', ')}.\n` +
      '  Install it with `sudo apt-get install chromium` (Debian/Ubuntu),\n' +
      '  or set CHROME_PATH to a Chromium or Chrome executable.\n',
  );
  exit(1);
}
stdout.write(`Chromium for the end-to-end tests: ${path}\n`);
