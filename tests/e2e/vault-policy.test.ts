import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_BLOCKED, CLOSE_WARNING, SECRET_LOST } from '../../utils/vault/before-close';
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
  storedAuditRecords,
  replicaEvents,
  type ReplicaQuery,
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

async function showSecret(name: string, policy: object | undefined, rule: string, replicaQuery: ReplicaQuery = {}): Promise<Page> {
  await setLocalPolicy(launched().worker!, policy);
  const page = await openConsole(launched().browser, consoleUrl('cloud.oracle.eu', REPLICA_PATHS.myCredentials, { region: 'eu-frankfurt-2' }), {
    replicaQuery: { ocgDelay: 50, ...replicaQuery },
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

/** The replica with its ✕ named only by title "Close dialog", and a backdrop that closes the dialog. */
const ICON_AND_BACKDROP: ReplicaQuery = { ocgCloseIcon: 'title', ocgBackdrop: 'close' };

async function press(page: Page, what: 'Close' | '✕' | 'Escape' | 'icon' | 'backdrop'): Promise<void> {
  const frame = await serviceFrame(page);
  if (what === 'Escape') {
    await (await frame.waitForSelector('#__root_layer_host [role="dialog"] h2'))!.click();
    await page.keyboard.press('Escape');
  } else if (what === 'icon') {
    await (await frame.waitForSelector('#__root_layer_host [role="dialog"] button[title="Close dialog"]'))!.click();
  } else if (what === 'backdrop') {
    // Its corner: the middle of the backdrop is under the dialog.
    await (await frame.waitForSelector('#__root_layer_host > :not([role="dialog"])'))!.click({ offset: { x: 5, y: 5 } });
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

  it('blocks the ✕ icon named only by its title and a click on the backdrop until the secret is captured', async () => {
    const page = await showSecret('icon-blocked', { vault: { captureBeforeClose: 'block' } }, 'block', ICON_AND_BACKDROP);
    for (const attempt of ['icon', 'backdrop', 'icon'] as const) {
      await press(page, attempt);
      expect(await waitForOcg(page, 'ocg-capture', { state: 'idle', message: CLOSE_BLOCKED })).toBeTruthy();
      expect(await dialogOpen(page)).toBe(true);
    }
    expect(await dialogCloses(page)).toBe(0);
    await page.keyboard.press('Enter');
    await waitForOcg(page, 'ocg-capture', { state: 'captured' }, { timeout: 10_000 });
    await press(page, 'backdrop');
    await (await serviceFrame(page)).waitForFunction(() => !document.querySelector('#__root_layer_host [role="dialog"]'), { polling: 50 });
    expect(await dialogCloses(page)).toBe(1);
    expect(await storedNames()).toContain('icon-blocked');
    await page.close();
  });

  it.each(['icon', 'backdrop'] as const)('warns on the first close by the %s before capture and lets the second through, saying nothing more', async (way) => {
    const page = await showSecret(`warned-${way}`, undefined, 'warn', ICON_AND_BACKDROP);
    await press(page, way);
    await waitForOcg(page, 'ocg-capture', { state: 'idle', message: CLOSE_WARNING });
    expect(await dialogOpen(page)).toBe(true);
    await press(page, way);
    await (await serviceFrame(page)).waitForFunction(() => !document.querySelector('#__root_layer_host [role="dialog"]'), { polling: 50 });
    expect(await dialogCloses(page)).toBe(1);
    // The user chose to discard it after the warning: no "lost" notice.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await (await serviceFrame(page)).$('ocg-capture')).toBeNull();
    await page.close();
  });

  it.each([
    ['block', { vault: { captureBeforeClose: 'block' } }, true],
    ['warn', undefined, false],
  ] as const)('under %s, says the secret is lost when the dialog goes away some other way (audited under block only)', async (rule, policy, audited) => {
    const name = `vanished-${rule}`;
    const page = await showSecret(name, policy, rule);
    // A way of closing that the extension cannot hold back: the page's own script removes the dialog.
    await (await serviceFrame(page)).evaluate(() => document.querySelector('#__root_layer_host [role="dialog"]')!.remove());
    expect(await waitForOcg(page, 'ocg-capture', { state: 'lost' })).toMatchObject({ message: SECRET_LOST });
    const frame = await serviceFrame(page);
    expect(await frame.$eval('ocg-capture', (host) => ({ inDialog: host.closest('[role="dialog"]') !== null, text: host.shadowRoot!.querySelector('[role="alert"]')?.textContent }))).toEqual({
      inDialog: false,
      text: `${name}: ${SECRET_LOST}Dismiss`,
    });
    const records = () => storedAuditRecords(launched().worker!);
    if (audited) {
      await expect.poll(async () => (await records()).filter((record) => record.kind === 'closed-before-capture'), { timeout: 5_000 }).toEqual([
        expect.objectContaining({ credentialName: name, realm: 'oc19' }),
      ]);
    } else {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await records()).filter((record) => record.kind === 'closed-before-capture' && record.credentialName === name)).toEqual([]);
    }
    // Dismissed from the keyboard.
    await frame.$eval('ocg-capture', (host) => (host.shadowRoot!.querySelector('button') as HTMLButtonElement).focus());
    await page.keyboard.press('Enter');
    await frame.waitForFunction(() => !document.querySelector('ocg-capture'), { polling: 50 });
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
