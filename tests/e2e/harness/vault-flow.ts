import type { Page } from 'puppeteer-core';
import { waitForOcg } from './frames';
import { serviceFrame } from './page-frames.mjs';

// The handoff vault's part of the Console flow: with the secret dialog open, capture the secret
// with a real (trusted) click on <ocg-capture>, as a user does.

export async function captureSecret(page: Page): Promise<void> {
  await waitForOcg(page, 'ocg-capture', { state: 'idle' });
  const frame = await serviceFrame(page);
  const button = await frame.waitForSelector('ocg-capture >>> button');
  await button!.click();
  await button!.dispose();
  await waitForOcg(page, 'ocg-capture', { state: 'captured' }, { timeout: 10_000 });
}
