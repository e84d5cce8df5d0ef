// First step of `npm test`: the e2e tests drive a real Chromium, so say plainly how to get one
// instead of letting forty tests fail with a launch error.
import { exit, stderr, stdout } from 'node:process';
import { findChromium, missingChromiumMessage } from './find-chromium.mjs';

const path = findChromium();
if (path === undefined) {
  stderr.write(missingChromiumMessage());
  exit(1);
}
stdout.write(`Chromium for the end-to-end tests: ${path}\n`);
