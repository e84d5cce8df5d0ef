import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { browserKind } from './browser-kind';
import { firefoxDownloadFolder } from './launch-firefox';

// Files the extension's pages save (a link with `download`). Headless Chromium writes them to a
// folder of the test's and reports the download's start and end over the browser's CDP session.
// Firefox reports nothing over WebDriver BiDi: it saves into its profile's download folder
// (launch-firefox.ts), which is watched instead.

/**
 * Runs `start` (a click on a download button) and returns the saved file's name and contents.
 * Each download gets a fresh folder (Chromium) or its file is removed once read (Firefox), so that
 * a second file of the same name is not renamed.
 */
export async function download(page: Page, start: () => Promise<void>, { timeout = 10_000 } = {}): Promise<{ name: string; contents: Buffer }> {
  if (browserKind(page.browser()) === 'firefox') return downloadInFirefox(page, start, timeout);
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

/**
 * Firefox first writes an empty file of the final name and the bytes to `<name>.part`, then moves
 * the .part over it: a new file with bytes and no .part beside it is finished.
 */
async function downloadInFirefox(page: Page, start: () => Promise<void>, timeout: number): Promise<{ name: string; contents: Buffer }> {
  const folder = firefoxDownloadFolder(page.browser());
  const before = new Set(await readdir(folder));
  await start();
  const deadline = Date.now() + timeout;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = (await readdir(folder)).filter((entry) => !before.has(entry));
    const [name, ...more] = seen.filter((entry) => !entry.endsWith('.part'));
    if (more.length > 0) throw new Error(`More than one download started: ${seen.join(', ')}.`);
    if (name && !seen.some((entry) => entry.endsWith('.part')) && (await stat(join(folder, name))).size > 0) {
      const contents = await readFile(join(folder, name));
      await rm(join(folder, name));
      return { name, contents };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No finished download in ${timeout} ms (new in ${folder}: ${seen.join(', ') || 'nothing'}).`);
}
