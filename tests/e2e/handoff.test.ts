import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qrSymbol } from '../../utils/handoff/qr';
import { LOCAL_POLICY_KEY } from '../../utils/policy/storage-keys';
import { age, ageOnTerminal } from '../unit/handoff/age-cli';
import { findSecretIn } from '../unit/vault/find-secret';
import {
  REPLICA_PATHS,
  accessibilityViolations,
  collectConsole,
  consoleUrl,
  download,
  extensionStorage,
  generateAndCapture,
  openConsole,
  openExtensionPage,
  readPdf,
  replicaRecords,
  useBrowser,
  vaultItemIds,
  type ReplicaRecord,
} from './harness';
import { decodeQrCode, fillField, makeKeyPackage, makePassphrasePackage, openFromPopup, openPackage, pressMarkDelivered, textOf } from './handoff-pages';

// The administrator's handoff of a captured secret, end to end in Chromium: replica Generate →
// capture → handoff page (popup link) → packages by passphrase and by recipient key → Debian's age
// CLI and the recipient's "Open a package" page open them → print sheet as PDF → Mark delivered.
// The tests run in order and share one capture, as a user's session would.

// Evaluated inside the extension's service worker, where `chrome` exists.
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> } };
};

const browser = useBrowser();
const HOST = 'console.us-langley-1.oraclegovcloud.com';
const DRAFT = {
  name: 'orders-oic-rest',
  description: 'Orders integration calls OIC REST',
  pairs: [{ audience: 'https://oicdev-idq7w2.integration.ocp.oraclecloud.com:443', scope: '/ic/api/' }],
};
const TOKEN_ENDPOINT = 'https://auth.us-langley-1.oraclegovcloud.com/oauth2/token';

interface MadeByPage {
  armored: string;
  file: Buffer;
  passphrase?: string;
}

let folder = '';
let consolePage: Page;
let handoff: Page;
let record: ReplicaRecord;
let byPassphrase: MadeByPage;
let byKey: MadeByPage & { identityFile: string };

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ocg-handoff-'));
  consolePage = await openConsole(browser().browser, consoleUrl(HOST, REPLICA_PATHS.myCredentials), { replicaQuery: { ocgDelay: 50 } });
  // The secret dialog stays open: the Console has not listed the new OCID yet, so the page must ask for it.
  const secret = await generateAndCapture(consolePage, DRAFT);
  const found = (await replicaRecords(consolePage)).find((created) => created.name === DRAFT.name);
  if (!found || found.secret !== secret) throw new Error('The replica did not record the credential whose secret the dialog showed.');
  record = found;
  handoff = await openFromPopup(browser(), 'Open handoff', 'handoff.html');
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const packageJson = (text: string) => JSON.parse(text) as { secret: string; credential: { ocid: string; tokenEndpoint: string } };

describe('the handoff page', () => {
  it('shows the facts with the secret masked, and takes the OCID the Console did not show, checked against the realm', async () => {
    expect(await textOf(handoff, 'h1')).toBe(`Hand over “${DRAFT.name}”`);
    expect(await textOf(handoff, 'main')).toContain(TOKEN_ENDPOINT);
    expect(await textOf(handoff, 'main')).not.toContain(record.secret);
    await handoff.locator('::-p-aria(Show secret)').click();
    expect(await textOf(handoff, '[data-secret-shown="true"]')).toBe(record.secret);
    await handoff.locator('::-p-aria(Hide secret)').click();
    expect(await textOf(handoff, 'main')).not.toContain(record.secret);

    // An OCID of another realm is refused with a reason; the right one is attached.
    await fillField(handoff, '#ocid-entry', record.ocid.replace('.oc2..', '.oc1..'));
    await handoff.locator('::-p-aria(Attach OCID)').click();
    expect(await textOf(handoff, '#ocid-entry-error')).toContain('belongs to realm oc1');
    await fillField(handoff, '#ocid-entry', record.ocid);
    await handoff.locator('::-p-aria(Attach OCID)').click();
    expect(await textOf(handoff, '[data-ocid]')).toBe(record.ocid);
  });

  it('encrypts with a generated passphrase in a worker, with a Cancel that stops it, and the page stays responsive', async () => {
    const passphrase = await textOf(handoff, '[data-passphrase]');
    expect(passphrase.split(' ')).toHaveLength(6);
    await handoff.locator('::-p-aria(Make encrypted package)').click();
    await handoff.waitForSelector('progress');
    // scrypt runs for seconds: the page still answers at once.
    const started = Date.now();
    await handoff.evaluate(() => document.title);
    expect(Date.now() - started).toBeLessThan(500);
    await handoff.locator('::-p-aria(Cancel)').click();
    await handoff.waitForSelector('progress', { hidden: true });
    expect(await handoff.$('#armored-package')).toBeNull();
    await handoff.locator('::-p-aria(Make encrypted package)').wait();
  });

  it('makes a passphrase package that Debian’s age CLI opens, and an email that never holds the passphrase', async () => {
    const { armored, passphrase } = await makePassphrasePackage(handoff);
    const saved = await download(handoff, () => handoff.locator(`::-p-aria(Download ${DRAFT.name}.age)`).click());
    expect(saved.name).toBe(`${DRAFT.name}.age`);
    byPassphrase = { armored, passphrase, file: saved.contents };

    for (const [name, contents] of [['binary.age', byPassphrase.file], ['armored.age', armored]] as const) {
      writeFileSync(join(folder, name), contents);
      ageOnTerminal(['-d', '-o', join(folder, `${name}.json`), join(folder, name)], [passphrase]);
      const opened = packageJson(readFileSync(join(folder, `${name}.json`), 'utf8'));
      expect(opened.secret).toBe(record.secret);
      expect(opened.credential.ocid).toBe(record.ocid);
      expect(opened.credential.tokenEndpoint).toBe(TOKEN_ENDPOINT);
    }

    const mailto = await handoff.$eval('a::-p-text(Compose email)', (link) => (link as HTMLAnchorElement).href);
    const body = decodeURIComponent(new URL(mailto).searchParams.get('body') ?? '');
    expect(body.replaceAll('\r\n', '\n')).toContain(armored.trim());
    expect(body).not.toContain(passphrase);
    expect(body).not.toContain(record.secret);
    expect(await textOf(handoff, 'main')).toContain('The email does not contain the passphrase: send it another way.');
    expect(await accessibilityViolations(handoff)).toEqual([]);
  }, 120_000);
});

describe('read aloud and print', () => {
  it('spells the secret in groups of four with a checksum that the recipient’s check box verifies', async () => {
    await handoff.locator('::-p-aria(Show the reading sheet)').click();
    const groups = await handoff.$$eval('table.reading tbody tr', (rows) => rows.map((row) => row.querySelectorAll('td')[1]!.textContent));
    expect(groups.join('')).toBe(record.secret);
    expect(groups.slice(0, -1).every((group) => group?.length === 4)).toBe(true);
    await handoff.waitForFunction(() => /^[0-9A-Z]+-[0-9A-Z]{2}$/.test(document.querySelector('[data-reading-checksum]')?.textContent ?? ''));
    const checksum = await textOf(handoff, '[data-reading-checksum]');
    expect(await accessibilityViolations(handoff)).toEqual([]);
    await handoff.locator('::-p-aria(Hide the reading sheet)').click();

    const page = await openExtensionPage(browser().browser, browser().extensionId!, 'open-package.html');
    const wrong = record.secret.slice(0, 8) + (record.secret[8] === 'x' ? 'y' : 'x') + record.secret.slice(9);
    await fillField(page, '#written-text', wrong);
    await fillField(page, '#reading-checksum', checksum.toLowerCase());
    await page.locator('::-p-aria(Check)').click();
    await page.waitForSelector('[data-check]');
    expect(await page.$eval('[data-check]', (el) => [el.getAttribute('data-check'), el.getAttribute('data-group')])).toEqual(['wrong-group', '3']);
    await fillField(page, '#written-text', record.secret);
    await page.locator('::-p-aria(Check)').click();
    await page.waitForSelector('[data-check="ok"]');
    await page.close();
  });

  it('prints a sheet (A4 and Letter) with the OCID and the package’s QR code, never the secret or the passphrase', async () => {
    // The secret revealed on screen must still stay off the paper.
    await handoff.locator('::-p-aria(Show secret)').click();
    const expected = qrSymbol(byPassphrase.armored)!;
    const qrMoveTos = expected.path.split('M').length - 1;
    // Not drawn when the package arrived (its QR code is costly to lay out and paint), yet the
    // browser's own print (Ctrl+P; here printToPDF) gets it: its beforeprint puts the sheet on the page.
    expect(await handoff.$('.print-sheet')).toBeNull();
    const unopened = readPdf(await handoff.pdf({ preferCSSPageSize: true }));
    expect(unopened.text.replace(/\s+/g, '')).toContain(record.ocid);
    expect(unopened.moveTos).toBeGreaterThanOrEqual(qrMoveTos);
    await handoff.waitForSelector('.print-sheet', { hidden: true });
    // The preview opens from the keyboard.
    const toggle = await handoff.waitForSelector('::-p-aria(Show the print preview)');
    await toggle!.focus();
    await handoff.keyboard.press('Enter');
    await handoff.waitForSelector('.print-sheet svg.qr');
    expect(await toggle!.evaluate((button) => [button.textContent, button.getAttribute('aria-expanded')])).toEqual(['Hide the print preview', 'true']);
    try {
      for (const format of ['A4', 'letter'] as const) {
        await handoff.emulateMediaType('screen');
        await handoff.select('#paper', format);
        await handoff.emulateMediaType('print');
        const sheet = await handoff.$eval('.print-sheet', (el) => (el as HTMLElement).offsetHeight);
        expect(sheet).toBeGreaterThan(0);
        expect(await handoff.$eval('#print-title', (el) => (el as HTMLElement).offsetHeight)).toBe(0);
        // The QR code is of the package just made; its passphrase, on screen, is not printed.
        expect(await handoff.$eval('svg.qr path', (el) => el.getAttribute('d'))).toBe(expected.path);
        // And it reads back, from its pixels, as exactly the armored package.
        expect(await decodeQrCode(browser().browser, (await handoff.$('.print-sheet svg.qr'))!)).toBe(byPassphrase.armored);

        const pdf = readPdf(await handoff.pdf({ preferCSSPageSize: true }));
        const text = pdf.text.replace(/\s+/g, '');
        expect(pdf.pages).toBe(1);
        // In points: A4 is 595 × 842, US Letter 612 × 792 (Chromium rounds A4's millimetres a little).
        const [width = 0, height = 0] = pdf.pageSize ?? [];
        const [paperWidth, paperHeight] = format === 'A4' ? [595, 842] : [612, 792];
        expect(Math.abs(width - paperWidth) + Math.abs(height - paperHeight)).toBeLessThan(3);
        expect(text).toContain(record.ocid);
        expect(text).toContain('Thepassphraseisnotonthissheet');
        expect(text).not.toContain(record.secret);
        expect(text).not.toContain(byPassphrase.passphrase!.replace(/\s+/g, ''));
        // One move-to per run of dark modules: the QR code is drawn on the page.
        expect(pdf.moveTos).toBeGreaterThanOrEqual(qrMoveTos);
      }
    } finally {
      await handoff.emulateMediaType('screen');
    }
    await handoff.locator('::-p-aria(Hide secret)').click();
  });

  it('prints the secret itself only when the policy allows it, with a warning on the sheet', async () => {
    const worker = browser().worker!;
    await worker.evaluate(
      (key) => chrome.storage.local.set({ [key]: { schemaVersion: 1, vault: { allowPlaintextPrint: true } } }),
      LOCAL_POLICY_KEY,
    );
    await handoff.locator('::-p-text(Print the secret itself)').click();
    const pdf = readPdf(await handoff.pdf({ format: 'A4' }));
    expect(pdf.text.replace(/\s+/g, '')).toContain(record.secret);
    expect(pdf.text).toContain('This sheet shows the secret in plain text.');
    await worker.evaluate((key) => chrome.storage.local.remove(key), LOCAL_POLICY_KEY);
    await handoff.waitForSelector('::-p-text(Print the secret itself)', { hidden: true });
    expect(readPdf(await handoff.pdf({ format: 'A4' })).text.replace(/\s+/g, '')).not.toContain(record.secret);
  });
});

describe('a package to the recipient’s key', () => {
  it('makes a package to the public key from “Request a credential”, which age -d -i opens with the saved identity file', async () => {
    const request = await openExtensionPage(browser().browser, browser().extensionId!, 'request-credential.html');
    await request.locator('::-p-aria(Generate a key pair)').click();
    const recipient = await textOf(request, '[data-public-key]');
    const identity = await download(request, () => request.locator('button::-p-text(Download oci-credential-identity)').click());
    expect(identity.name).toMatch(/^oci-credential-identity-\d{4}-\d{2}-\d{2}\.txt$/);
    const identityFile = identity.contents.toString('utf8');
    expect(identityFile).toContain(`# public key: ${recipient}`);
    // Kept for this session only when asked: "Open a package" offers it later.
    await request.locator('::-p-text(Also keep it in this browser session)').click();
    await request.waitForFunction(() => document.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked === true);
    await request.close();

    const armored = await makeKeyPackage(handoff, recipient);
    expect(await textOf(handoff, 'main')).toContain(`Encrypted to the public key ${recipient}`);
    expect(await handoff.$('[data-passphrase]')).toBeNull();
    const saved = await download(handoff, () => handoff.locator(`::-p-aria(Download ${DRAFT.name}.age)`).click());
    byKey = { armored, identityFile, file: saved.contents };

    writeFileSync(join(folder, 'identity.txt'), identityFile);
    writeFileSync(join(folder, 'key.age'), byKey.file);
    const opened = packageJson(age(['-d', '-i', join(folder, 'identity.txt'), join(folder, 'key.age')]));
    expect(opened.secret).toBe(record.secret);
    expect(opened.credential.ocid).toBe(record.ocid);
  });

  it('refuses a recipient key that is not an age public key, with the reason', async () => {
    await handoff.locator('::-p-aria(Make another package)').click();
    await handoff.locator('::-p-text(The recipient’s public key)').click();
    await fillField(handoff, '#recipient-key', 'age1notakey');
    await handoff.locator('::-p-aria(Make encrypted package)').click();
    expect(await textOf(handoff, 'form [role="alert"]')).toContain('not an age public key');
  });
});

describe('the recipient’s “Open a package” page', () => {
  it('opens the passphrase package into the token kit, after naming a wrong passphrase', async () => {
    const page = await openExtensionPage(browser().browser, browser().extensionId!, 'open-package.html');
    await fillField(page, '#package-text', byPassphrase.armored);
    await fillField(page, '#passphrase', 'wrong horse battery staple');
    expect(await openPackage(page)).toEqual({ error: 'wrong-passphrase', message: expect.stringContaining('does not open this package') });

    await fillField(page, '#passphrase', byPassphrase.passphrase!);
    expect(await openPackage(page)).toEqual({ opened: true });
    expect(await textOf(page, '[data-client-id]')).toBe(record.ocid);
    expect(await textOf(page, '[data-token-endpoint]')).toBe(TOKEN_ENDPOINT);
    expect(await textOf(page, '[data-scope]')).toBe(DRAFT.pairs[0]!.audience + DRAFT.pairs[0]!.scope);
    expect(await textOf(page, '[data-curl-command]')).toContain(`--user "${record.ocid}:$OCI_CLIENT_SECRET"`);
    expect(await textOf(page, 'main')).not.toContain(record.secret);
    await page.locator('::-p-aria(Show secret)').click();
    expect(await textOf(page, '[data-secret-shown="true"]')).toBe(record.secret);
    await page.close();
  }, 120_000);

  it('names a tampered package, and opens the key package from its .age file with the kept identity or the identity file', async () => {
    const page = await openExtensionPage(browser().browser, browser().extensionId!, 'open-package.html');
    // One base64 character changed in the middle of the payload.
    const lines = byKey.armored.split('\n');
    const line = lines[10]!;
    lines[10] = line.slice(0, 5) + (line[5] === 'A' ? 'B' : 'A') + line.slice(6);
    await fillField(page, '#package-text', lines.join('\n'));
    await page.waitForSelector('::-p-text(The identity kept in this browser session)');
    expect(await openPackage(page)).toEqual({ error: 'tampered', message: expect.stringContaining('altered or damaged') });

    await fillField(page, '#package-text', '');
    writeFileSync(join(folder, 'upload.age'), byKey.file);
    const fileInput = await page.waitForSelector('input#package-file');
    await fileInput!.uploadFile(join(folder, 'upload.age'));
    await page.waitForSelector('::-p-text(File: upload.age)');
    expect(await openPackage(page)).toEqual({ opened: true });
    expect(await textOf(page, '[data-client-id]')).toBe(record.ocid);

    await page.locator('::-p-aria(Close the credential)').click();
    await page.locator('::-p-text(Another identity file)').click();
    const identityInput = await page.waitForSelector('input#identity-file');
    await identityInput!.uploadFile(join(folder, 'identity.txt'));
    await page.waitForSelector('::-p-text(Using identity.txt)');
    expect(await openPackage(page)).toEqual({ opened: true });
    expect(await textOf(page, '[data-client-id]')).toBe(record.ocid);
    await page.close();
  });
});

describe('mark delivered', () => {
  it('purges the item from the vault, says so, and leaves no plaintext secret in storage or logs', async () => {
    await handoff.locator('::-p-text(Secure email)').click();
    await pressMarkDelivered(handoff);
    await handoff.waitForSelector('main[data-state="delivered"]');
    expect(await textOf(handoff, '[role="status"]')).toContain('Delivered (Secure email). The secret was deleted from the vault');
    expect(await textOf(handoff, 'main')).not.toContain(record.secret);

    const storage = await extensionStorage(browser().worker!);
    expect(vaultItemIds(storage)).toEqual([]);
    expect(findSecretIn(storage, record.secret)).toEqual([]);
    const logs = [...collectConsole(handoff), ...collectConsole(consolePage), ...collectConsole(browser().worker!)];
    expect(findSecretIn(logs, record.secret)).toEqual([]);
  });
});
