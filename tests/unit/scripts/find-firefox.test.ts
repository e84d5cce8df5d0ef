import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFirefox, missingFirefoxMessage } from '../../../scripts/find-firefox.mjs';

// The Firefox e2e tests need a Firefox: `npm test` must say at once where it looked and how to get
// one. Fake locations make the "nothing found" branch run on a machine that has Firefox.

const dir = mkdtempSync(join(tmpdir(), 'ocg-firefox-'));
const executable = join(dir, 'firefox-esr');
writeFileSync(executable, '#!/bin/sh\n');
chmodSync(executable, 0o755);
const notExecutable = join(dir, 'readme.txt');
writeFileSync(notExecutable, 'not a browser');
const missing = join(dir, 'nothing-here');

describe('findFirefox', () => {
  it.each<[string, Record<string, string>, string[], string | undefined]>([
    ['FIREFOX_PATH first', { FIREFOX_PATH: executable }, [missing], executable],
    ['an unusable choice falls through to the locations', { FIREFOX_PATH: notExecutable }, [missing, executable], executable],
    ['an empty variable is ignored', { FIREFOX_PATH: '' }, [executable], executable],
    ['Chromium variables are not Firefox choices', { CHROME_PATH: executable }, [missing], undefined],
    ['nothing anywhere', { FIREFOX_PATH: missing }, [missing, notExecutable], undefined],
  ])('%s', (_name, environment, locations, expected) => {
    expect(findFirefox(environment, locations)).toBe(expected);
  });
});

describe('missingFirefoxMessage', () => {
  it('names the unusable choice, every place looked in, and how to install', () => {
    const message = missingFirefoxMessage({ FIREFOX_PATH: notExecutable }, [missing]);
    expect(message).toContain('No Firefox found for the Firefox end-to-end tests.');
    expect(message).toContain(`FIREFOX_PATH=${notExecutable} is not an executable file.`);
    expect(message).toContain(`Looked in FIREFOX_PATH, ${missing}.`);
    expect(message).toContain('sudo apt-get install firefox-esr');
  });

  it('does not blame a variable that is not set', () => {
    expect(missingFirefoxMessage({}, [])).not.toContain('is not an executable file');
  });
});
