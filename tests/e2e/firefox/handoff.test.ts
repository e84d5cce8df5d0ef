import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { age, ageKeygen, ageOnTerminal } from '../../unit/handoff/age-cli';
import { findSecretIn } from '../../unit/vault/find-secret';
import { fillField, openExampleTokenKit, openFromPopup, readField, textOf } from '../handoff-pages';
import {
  REPLICA_PATHS,
  accessibilityViolations,
  closeDialog,
  consoleUrl,
  download,
  generateAndCapture,
  openConsole,
  openExtensionPage,
  readExtensionStorage,
  replicaRecords,
  useBrowser,
  vaultItemIds,
  type ReplicaRecord,
} from '../harness';

// The administrator's handoff in Firefox: replica Generate → capture → the Console lists the new
// OCID, which the vault picks up → handoff page (from the popup, at moz-extension://) → a package by
// passphrase and one to an age-keygen key, armored and as the downloaded .age file → Debian's age CLI
// opens all four. The handoff page and the recipient's token kit pass axe in light and dark, as in
// Chromium. Only handoff.html may open a vault item: the background checks the sender's
// moz-extension:// URL. The tests run in order and share one capture.

const browser = useBrowser({ browser: 'firefox' });
const HOST = 'console.us-langley-1.oraclegovcloud.com';
const DRAFT = {
  name: 'orders-oic-rest',
  description: 'Orders integration calls OIC REST',
  pairs: [{ audience: 'https://oicdev-idq7w2.integration.ocp.oraclecloud.com:443', scope: '/ic/api/' }],
};
// scrypt (work factor 18) runs ~6 s in Firefox on an idle machine: leave room for a busy one.
const PACKAGE_TIMEOUT = 60_000;

let folder = '';
let handoff: Page;
let record: ReplicaRecord;
let itemId = '';

/** The vault item's OCID, once the background attached it. */
async function attachedOcid(): Promise<string | undefined> {
  const { local } = await readExtensionStorage(browser());
  return (local[`vault.item.${itemId}`] as { ocid?: string } | undefined)?.ocid;
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ocg-firefox-handoff-'));
  const page = await openConsole(browser().browser, consoleUrl(HOST, REPLICA_PATHS.myCredentials), { replicaQuery: { ocgDelay: 50 } });
  const secret = await generateAndCapture(page, DRAFT);
  const found = (await replicaRecords(page)).find((created) => created.name === DRAFT.name);
  if (!found || found.secret !== secret) throw new Error('The replica did not record the credential whose secret the dialog showed.');
  record = found;
  [itemId = ''] = vaultItemIds(await readExtensionStorage(browser()));
  // Closing the dialog lists the credential; the content script reports its OCID to the vault.
  await closeDialog(page);
  const deadline = Date.now() + 15_000;
  while ((await attachedOcid()) !== record.ocid && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  await page.close();
  handoff = await openFromPopup(browser(), 'Open handoff', 'handoff.html');
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const packageJson = (text: string) => JSON.parse(text) as { secret: string; credential: { ocid: string } };

/** Presses "Make encrypted package"; returns the armored text shown and the .age file the Download button saves. */
async function makePackage(): Promise<{ armored: string; file: Buffer }> {
  await handoff.locator('::-p-aria(Make encrypted package)').click();
  await handoff.waitForSelector('#armored-package', { timeout: PACKAGE_TIMEOUT });
  const armored = await readField(handoff, '#armored-package');
  const saved = await download(handoff, () => handoff.locator(`::-p-aria(Download ${DRAFT.name}.age)`).click());
  expect(saved.name).toBe(`${DRAFT.name}.age`);
  return { armored, file: saved.contents };
}

/** Writes the armored text and the downloaded file; `open` decrypts each; both hold the replica's secret and OCID. */
function expectBothOpen(made: { armored: string; file: Buffer }, prefix: string, open: (file: string) => string): void {
  for (const [name, contents] of [[`${prefix}-armored.age`, made.armored], [`${prefix}-binary.age`, made.file]] as const) {
    writeFileSync(join(folder, name), contents);
    const opened = packageJson(open(join(folder, name)));
    expect(opened.secret).toBe(record.secret);
    expect(opened.credential.ocid).toBe(record.ocid);
  }
}

describe('handoff in Firefox', () => {
  it('opens at moz-extension:// from the popup, with the OCID the vault picked up from the Console, the secret masked and stored only sealed', async () => {
    expect(await handoff.evaluate(() => location.href)).toBe(`moz-extension://${browser().extensionId}/handoff.html?item=${itemId}`);
    expect(await textOf(handoff, 'h1')).toBe(`Hand over “${DRAFT.name}”`);
    expect(await textOf(handoff, '[data-ocid]')).toBe(record.ocid);
    expect(await textOf(handoff, 'main')).not.toContain(record.secret);
    // What Firefox stored holds the secret only sealed: not as text, UTF-8/16, base64, hex or URL-encoded.
    expect(findSecretIn(await readExtensionStorage(browser()), record.secret)).toEqual([]);
  });

  it('makes a passphrase package (scrypt in a worker) that age -d opens on a terminal, armored and downloaded; the page passes axe', async () => {
    const passphrase = await textOf(handoff, '[data-passphrase]');
    expect(passphrase.split(' ')).toHaveLength(6);
    const made = await makePackage();
    expect(made.armored).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----/);
    expect(await accessibilityViolations(handoff)).toEqual([]);
    expectBothOpen(made, 'passphrase', (file) => {
      ageOnTerminal(['-d', '-o', `${file}.json`, file], [passphrase]);
      return readFileSync(`${file}.json`, 'utf8');
    });
  }, 120_000);

  it('makes a package to an age-keygen public key that age -d -i opens, armored and downloaded', async () => {
    const identity = join(folder, 'identity.txt');
    ageKeygen(['-o', identity]);
    const recipient = ageKeygen(['-y', identity]).trim();
    await handoff.locator('::-p-aria(Make another package)').click();
    await handoff.locator('::-p-text(The recipient’s public key)').click();
    await fillField(handoff, '#recipient-key', recipient);
    const made = await makePackage();
    expect(await textOf(handoff, 'main')).toContain(`Encrypted to the public key ${recipient}`);
    expectBothOpen(made, 'key', (file) => age(['-d', '-i', identity, file]));
  }, 120_000);
});

describe('the recipient’s page in Firefox', () => {
  it('shows an opened package’s token kit that passes axe in light and dark', async () => {
    const page = await openExampleTokenKit(browser());
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('vault/open-item in Firefox', () => {
  // Evaluated in an extension page, where Firefox's promise-returning `browser` exists.
  const ask = (page: Page) =>
    page.evaluate(
      (id) =>
        (globalThis as unknown as { browser: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> } } }).browser.runtime.sendMessage({
          type: 'vault/open-item',
          itemId: id,
        }),
      itemId,
    );

  it('is refused to every extension page but handoff.html, also after a page moves its URL there with history.replaceState', async () => {
    for (const file of ['popup.html', 'options.html', 'open-package.html', 'request-credential.html']) {
      const page = await openExtensionPage(browser().browser, browser().extensionId!, file);
      expect(await ask(page), file).toEqual({ ok: false, error: `Refused "vault/open-item" from ${file}: only handoff.html may ask for it.` });
      if (file === 'popup.html') {
        await page.evaluate((id) => history.replaceState(null, '', `/handoff.html?item=${id}`), itemId);
        expect(await page.evaluate(() => location.pathname)).toBe('/handoff.html');
        // Firefox, like Chromium, names the sender by the URL the page was loaded from.
        expect(await ask(page)).toEqual({ ok: false, error: 'Refused "vault/open-item" from popup.html: only handoff.html may ask for it.' });
      }
      await page.close();
    }
    expect(await ask(handoff)).toMatchObject({ ok: true, value: { secret: record.secret, item: { id: itemId, ocid: record.ocid } } });
  });
});
