// First step of `npm test`: the e2e tests drive a real Chromium and a real Firefox, so say plainly
// how to get them instead of letting dozens of tests fail with a launch error.
import { exit, stderr, stdout } from 'node:process';
import { findChromium, missingChromiumMessage } from './find-chromium.mjs';
import { findFirefox, missingFirefoxMessage } from './find-firefox.mjs';

const chromium = findChromium();
const firefox = findFirefox();
if (chromium === undefined) stderr.write(missingChromiumMessage());
if (firefox === undefined) stderr.write(missingFirefoxMessage());
if (chromium === undefined || firefox === undefined) exit(1);
stdout.write(`Chromium for the end-to-end tests: ${chromium}\nFirefox for the end-to-end tests: ${firefox}\n`);
