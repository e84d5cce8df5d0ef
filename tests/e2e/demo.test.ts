import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness';

// `npm run demo` walks its whole step list on the build and the replica (without rebuilding here:
// `npm test` has just built), and leaves one numbered screenshot per step.

const out = await mkdtemp(join(tmpdir(), 'ocg-demo-'));
afterAll(() => rm(out, { recursive: true, force: true }));

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('npm run demo', () => {
  it('walks every step and prints the path of each numbered screenshot', async () => {
    const { stdout } = await promisify(execFile)('node', ['scripts/demo.mjs', '--no-build', '--headless', '--out', out], { cwd: REPO_ROOT });
    const printed = stdout.trim().split('\n').map((line) => line.split('  ')[0] ?? '');
    const saved = (await readdir(out)).sort();
    expect(printed.map((path) => basename(path))).toEqual(saved);
    expect(saved.map((file) => file.slice(0, 3))).toEqual(saved.map((_, index) => `${String(index + 1).padStart(2, '0')}-`));
    expect(saved).toEqual(
      expect.arrayContaining(['01-oc1-credentials-list.png', expect.stringMatching(/-secret-dialog\.png$/), expect.stringMatching(/-captured\.png$/)]),
    );
    expect(saved.at(-1)).toMatch(/-popup\.png$/);
    for (const path of printed) {
      const png = await readFile(path);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE), path).toBe(true);
      expect(png.readUInt32BE(16), `${path} width`).toBeGreaterThanOrEqual(400);
    }
  });
});
