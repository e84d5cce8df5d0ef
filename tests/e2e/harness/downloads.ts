import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';

// Downloads land in a fresh folder (headless Chromium otherwise refuses them), so a test can read
// what a page exported exactly as a user would get it.

export interface DownloadFolder {
  dir: string;
  /** The text of the first finished download whose name ends with `suffix`, waiting for it. */
  read(suffix: string, options?: { timeout?: number }): Promise<{ name: string; text: string }>;
  remove(): Promise<void>;
}

export async function captureDownloads(browser: Browser): Promise<DownloadFolder> {
  const dir = await mkdtemp(join(tmpdir(), 'ocg-downloads-'));
  const session = await browser.target().createCDPSession();
  // The behaviour lasts as long as the session that set it: keep it until remove().
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
  return {
    dir,
    async read(suffix, { timeout = 10_000 } = {}) {
      const deadline = Date.now() + timeout;
      for (;;) {
        // Chromium writes `<name>.crdownload` and renames it when the download is complete.
        const name = (await readdir(dir)).find((file) => file.endsWith(suffix));
        if (name) return { name, text: await readFile(join(dir, name), 'utf8') };
        if (Date.now() > deadline) throw new Error(`No download ending with "${suffix}" in ${dir} within ${timeout} ms: ${(await readdir(dir)).join(', ') || 'none'}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async remove() {
      await session.detach().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
