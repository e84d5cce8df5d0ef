import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_BLOCKED, CLOSE_WARNING } from '../../utils/vault/before-close';
import {
  REPLICA_PATHS,
  clickGenerate,
  closeDialog,
  consoleUrl,
  extensionStorage,
  fillPanel,
  openConsole,
  openCredentialsList,
  openGeneratePanel,
  replicaEvents,
  serviceFrame,
  setLocalPolicy,
  useBrowser,
  waitForOcg,
} from './harness';

// The vault's policy in the Console: automatic capture, and closing the secret dialog before capture
// (warn by default, block when the policy says so). The policy is written where the options page's
// import puts it (storage.local 'policy.local'); the content script follows it without a reload.

const launched = useBrowser();
const PAIRS = [{ audience: 'https://oicdev-idq7w2.integration.ocp.oraclecloud.com:443', scope: '/ic/api/' }];

async function showSecret(name: string, policy: object | undefined, rule: string): Promise<Page> {
  await setLocalPolicy(launched().worker!, policy);
  const page = await openConsole(launched().browser, consoleUrl('cloud.oracle.eu', REPLICA_PATHS.myCredentials, { region: 'eu-frankfurt-2' }), {
    replicaQuery: { ocgDelay: 50 },
  });
  await openCredentialsList(page);
  await openGeneratePanel(page);
  await fillPanel(page, { name, pairs: PAIRS });
  await clickGenerate(page);
  await waitForOcg(page, 'ocg-capture', { beforeClose: rule });
  return page;
}

const dialogOpen = async (page: Page) => (await serviceFrame(page)).evaluate(() => document.querySelector('#__root_layer_host [role="dialog"]') !== null);
const dialogCloses = async (page: Page) => (await replicaEvents(page)).filter((event) => event.type === 'dialog-close').length;
const storedNames = async () =>
  Object.entries((await extensionStorage(launched().worker!)).local)
    .filter(([key]) => key.startsWith('vault.item.'))
    .map(([, item]) => (item as { context: { credentialName: string } }).context.credentialName);

async function press(page: Page, what: 'Close' | '✕' | 'Escape'): Promise<void> {
  const frame = await serviceFrame(page);
  if (what === 'Escape') {
    await (await frame.waitForSelector('#__root_layer_host [role="dialog"] h2'))!.click();
    await page.keyboard.press('Escape');
  } else {
    await (await frame.waitForSelector(`#__root_layer_host [role="dialog"] button::-p-text(${what})`))!.click();
  }
}

describe('vault policy in the Console', () => {
  afterEach(async () => setLocalPolicy(launched().worker!, undefined));

  it('captures as soon as the dialog shows when vault.autoCapture is on', async () => {
    const page = await showSecret('auto-captured', { vault: { autoCapture: true } }, 'warn');
    expect(await waitForOcg(page, 'ocg-capture', { state: 'captured' }, { timeout: 10_000 })).toMatchObject({
      message: 'Sealed into the handoff vault. Open the extension to hand it over.',
    });
    expect(await storedNames()).toContain('auto-captured');
    // Captured: closing is no longer held back.
    await closeDialog(page);
    await page.close();
  });

  it('blocks Close, Escape and the ✕ until the secret is captured when vault.captureBeforeClose is block', async () => {
    const page = await showSecret('must-capture', { vault: { captureBeforeClose: 'block' } }, 'block');
    for (const attempt of ['Close', 'Escape', '✕'] as const) {
      await press(page, attempt);
      expect(await waitForOcg(page, 'ocg-capture', { state: 'idle', message: CLOSE_BLOCKED })).toBeTruthy();
      expect(await dialogOpen(page)).toBe(true);
    }
    expect(await dialogCloses(page)).toBe(0);
    // The way out has the focus: Enter on it captures.
    const focused = await (await serviceFrame(page)).evaluate(() => document.querySelector('ocg-capture')!.shadowRoot!.activeElement?.textContent);
    expect(focused).toBe('Capture into handoff vault');
    await page.keyboard.press('Enter');
    await waitForOcg(page, 'ocg-capture', { state: 'captured' }, { timeout: 10_000 });
    await press(page, '✕');
    await (await serviceFrame(page)).waitForFunction(() => !document.querySelector('#__root_layer_host [role="dialog"]'), { polling: 50 });
    expect(await dialogCloses(page)).toBe(1);
    expect(await storedNames()).toContain('must-capture');
    await page.close();
  });

  it('by default warns on the first close before capture and lets the second through', async () => {
    const page = await showSecret('discarded', undefined, 'warn');
    await press(page, 'Close');
    await waitForOcg(page, 'ocg-capture', { state: 'idle', message: CLOSE_WARNING });
    expect(await dialogOpen(page)).toBe(true);
    await closeDialog(page);
    expect(await dialogCloses(page)).toBe(1);
    expect(await storedNames()).not.toContain('discarded');
    await page.close();
  });
});
