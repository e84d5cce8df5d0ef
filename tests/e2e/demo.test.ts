import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { expectSecretHidden } from '../../scripts/demo/secret-guard.mjs';
import { DEMO_STEPS } from '../../scripts/demo/steps.mjs';
import { REPO_ROOT, useBrowser } from './harness';

// `npm run demo` walks its whole step list on the build and the replica (without rebuilding here:
// `npm test` has just built), and leaves one numbered screenshot per step; with --docs-dir, the
// documentation's images too, small enough for the repository and each one used by docs/handoff.md.

const out = await mkdtemp(join(tmpdir(), 'ocg-demo-'));
const docsOut = await mkdtemp(join(tmpdir(), 'ocg-demo-docs-'));
afterAll(() => Promise.all([out, docsOut].map((folder) => rm(folder, { recursive: true, force: true }))));

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const widthOf = (png: Buffer) => png.readUInt32BE(16);

async function readPng(path: string): Promise<Buffer> {
  const png = await readFile(path);
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), path).toBe(true);
  return png;
}

describe('npm run demo', () => {
  it('walks every step, prints each screenshot, and writes the documentation images', async () => {
    const { stdout } = await promisify(execFile)('node', ['scripts/demo.mjs', '--no-build', '--headless', '--out', out, '--docs-dir', docsOut], {
      cwd: REPO_ROOT,
    });
    const printed = stdout.trim().split('\n').map((line) => line.split('  ')[0] ?? '');
    const numbered = printed.filter((path) => path.startsWith(out));
    const forDocs = printed.filter((path) => path.startsWith(docsOut));
    expect(numbered.length + forDocs.length).toBe(printed.length);

    const saved = (await readdir(out)).sort();
    expect(numbered.map((path) => basename(path))).toEqual(saved);
    expect(saved).toEqual(DEMO_STEPS.map((step, index) => `${String(index + 1).padStart(2, '0')}-${step.name}.png`));
    expect(saved.map((file) => file.slice(3))).toEqual(
      expect.arrayContaining(['scope-assistant.png', 'secret-dialog.png', 'captured.png', 'popup.png', 'handoff-package.png', 'reading-sheet.png', 'print-sheet.png', 'open-package.png']),
    );
    for (const path of numbered) expect(widthOf(await readPng(path)), `${path} width`).toBeGreaterThanOrEqual(400);

    const docsImages = (await readdir(docsOut)).sort();
    expect(forDocs.map((path) => basename(path)).sort()).toEqual(docsImages);
    expect(docsImages).toEqual(DEMO_STEPS.filter((step) => step.docs).map((step) => `demo-${step.name}.png`).sort());
    const handoffDoc = await readFile(join(REPO_ROOT, 'docs/handoff.md'), 'utf8');
    for (const image of docsImages) {
      const png = await readPng(join(docsOut, image));
      expect(widthOf(png), `${image} width`).toBeLessThanOrEqual(1000);
      expect(png.length, `${image} bytes`).toBeLessThan(200_000);
      expect(handoffDoc, `docs/handoff.md shows ${image}`).toContain(`(images/${image})`);
      expect(existsSync(join(REPO_ROOT, 'docs/images', image)), `docs/images/${image} is committed`).toBe(true);
    }
  }, 240_000);
});

describe("the demo's secret guard", () => {
  const browser = useBrowser({ extension: false });
  const SECRET = 'q7:Zr]Xw2PbK_9m4Lh8c';

  it.each([
    ['in text', `<p>secret: ${SECRET}</p>`],
    ['in a text field', `<input value="${SECRET}">`],
    ['in a shadow root', `<div id="host"></div><script>document.getElementById('host').attachShadow({ mode: 'open' }).textContent = '${SECRET}';</script>`],
    ['in a same-origin frame', `<iframe srcdoc="<textarea>${SECRET}</textarea>"></iframe>`],
  ])('refuses a page that shows the secret %s', async (_where, html) => {
    const page = await browser().browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await expect(expectSecretHidden(page, SECRET)).rejects.toThrow('The secret would be in the screenshot');
    await page.close();
  });

  it('accepts masked fields and hidden text', async () => {
    const page = await browser().browser.newPage();
    await page.setContent(
      `<input type="password" value="${SECRET}"><input style="-webkit-text-security: disc" value="${SECRET}"><p hidden>${SECRET}</p><p>other text</p>`,
    );
    await expect(expectSecretHidden(page, SECRET)).resolves.toBeUndefined();
    await page.close();
  });
});
