import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium, missingChromiumMessage } from '../../../scripts/find-chromium.mjs';

// `npm test` must fail at once, and helpfully, on a machine without Chromium. These tests give the
// lookup fake locations so that the "nothing found" branch runs on a machine that has one.

const dir = mkdtempSync(join(tmpdir(), 'ocg-chromium-'));
const executable = join(dir, 'chromium');
writeFileSync(executable, '#!/bin/sh\n');
chmodSync(executable, 0o755);
const notExecutable = join(dir, 'readme.txt');
writeFileSync(notExecutable, 'not a browser');
const missing = join(dir, 'nothing-here');

describe('findChromium', () => {
  it.each<[string, Record<string, string>, string[], string | undefined]>([
    ['PUPPETEER_EXECUTABLE_PATH first', { PUPPETEER_EXECUTABLE_PATH: executable, CHROME_PATH: missing }, [], executable],
    ['CHROME_PATH when the first is unset', { CHROME_PATH: executable }, [], executable],
    ['an unusable choice falls through to the locations', { CHROME_PATH: notExecutable }, [missing, executable], executable],
    ['an empty variable is ignored', { PUPPETEER_EXECUTABLE_PATH: '' }, [executable], executable],
    ['nothing anywhere', { CHROME_PATH: missing }, [missing, notExecutable], undefined],
  ])('%s', (_name, environment, locations, expected) => {
    expect(findChromium(environment, locations)).toBe(expected);
  });
});

describe('missingChromiumMessage', () => {
  it('names the unusable choice, every place looked in, and how to install', () => {
    const message = missingChromiumMessage({ CHROME_PATH: notExecutable }, [missing]);
    expect(message).toContain('No Chromium found for the end-to-end tests.');
    expect(message).toContain(`CHROME_PATH=${notExecutable} is not an executable file.`);
    expect(message).toContain(`Looked in PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, ${missing}.`);
    expect(message).toContain('sudo apt-get install chromium');
  });

  it('does not blame variables that are not set', () => {
    expect(missingChromiumMessage({}, [])).not.toContain('is not an executable file');
  });
});
