import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';

// Files the extension's pages save (a link with `download`): headless Chromium writes them to a
// folder of the test's, and reports the download's start and end over the browser's CDP session.

/**
 * Runs `start` (a click on a download button) and returns the saved file's name and contents.
 * Each download gets a fresh folder, so that a second file of the same name is not renamed.
 */
export async function download(page: Page, start: () => Promise<void>, { timeout = 10_000 } = {}): Promise<{ name: string; contents: Buffer }> {
  const folder = await mkdtemp(join(tmpdir(), 'ocg-download-'));
  // A browser-wide setting that lasts only while this session is attached.
  const session = await page.browser().target().createCDPSession();
  try {
    let name = '';
    const finished = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No finished download in ${timeout} ms.`)), timeout);
      session.on('Browser.downloadWillBegin', (event) => (name = event.suggestedFilename));
      session.on('Browser.downloadProgress', (event) => {
        if (event.state === 'inProgress') return;
        clearTimeout(timer);
        if (event.state === 'completed') resolve();
        else reject(new Error(`The download of ${name} was ${event.state}.`));
      });
    });
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder, eventsEnabled: true });
    await start();
    await finished;
    return { name, contents: await readFile(join(folder, name)) };
  } finally {
    await session.detach();
    await rm(folder, { recursive: true, force: true });
  }
}
