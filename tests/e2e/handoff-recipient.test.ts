import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { generateRecipientKeyPair } from '../../utils/handoff/age-keys';
import { buildHandoffDocument, serializeHandoffDocument } from '../../utils/handoff/package';
import { EXAMPLE_OCID, EXAMPLE_SECRET, exampleInput } from '../unit/handoff/fixtures';
import { accessibilityViolations, extensionStorage, openExtensionPage, useBrowser } from './harness';
import { fillField, openFromPopup, openPackage, sealedTo, textOf } from './handoff-pages';

// The recipient's pages on their own, with packages made outside the extension (as the age CLI or
// another copy of the extension would): every failure is named, and "Request a credential" keeps
// an identity only when asked. Packages are X25519 so that no test waits for scrypt.

const browser = useBrowser();
const recipientKeys = await generateRecipientKeyPair();
const otherKeys = await generateRecipientKeyPair();
const handoffDocument = buildHandoffDocument(exampleInput());

const handoffText = serializeHandoffDocument(handoffDocument);

async function openPage(): Promise<Page> {
  return openExtensionPage(browser().browser, browser().extensionId!, 'open-package.html');
}

/** Pastes the package and the identity file; when the text is no readable package the page asks for a passphrase. */
async function tryToOpen(page: Page, armored: string) {
  await fillField(page, '#package-text', armored);
  if (await page.$('#identity-text')) await fillField(page, '#identity-text', recipientKeys.identityFile);
  else await fillField(page, '#passphrase', 'correct horse battery staple');
  return openPackage(page);
}

describe('Open a package', () => {
  it.each([
    ['not a package', async () => 'Dear Ada, the credential is attached.', 'not-age', 'This is not an age package'],
    ['cut short', async () => (await sealedTo(handoffText, recipientKeys.recipient)).split('-----END')[0]!, 'truncated', 'cut short'],
    ['for another key', async () => sealedTo(handoffText, otherKeys.recipient), 'wrong-key', 'a different public key'],
    [
      'from a newer version',
      async () => sealedTo(handoffText.replace('"version":1', '"version":2'), recipientKeys.recipient),
      'newer-version',
      'made by a newer version',
    ],
    ['not a handoff package', async () => sealedTo('{"hello":"world"}', recipientKeys.recipient), 'not-a-handoff-package', 'does not hold an OCI Credential Guard'],
  ])('names the failure: a package %s', async (_case, make, kind, words) => {
    const page = await openPage();
    const outcome = await tryToOpen(page, await make());
    expect(outcome).toEqual({ error: kind, message: expect.stringContaining(words) });
    expect(await textOf(page, 'main')).not.toContain(EXAMPLE_SECRET);
    await page.close();
  });

  it('opens a package pasted with the whole email around it, and shows the token kit with the secret masked', async () => {
    const page = await openPage();
    const email = `Hello,\n\nhere is the credential.\n\n${await sealedTo(handoffText, recipientKeys.recipient)}\nRegards`;
    expect(await tryToOpen(page, email)).toEqual({ opened: true });
    expect(await textOf(page, '[data-client-id]')).toBe(EXAMPLE_OCID);
    expect(await page.$$eval('[data-scope]', (scopes) => scopes.map((scope) => scope.textContent))).toEqual(
      handoffDocument.credential.pairs.map((pair) => pair.fullyQualifiedScope),
    );
    expect(await textOf(page, '[data-token-endpoint]')).toBe('https://auth.us-ashburn-1.oraclecloud.com/oauth2/token');
    expect(await textOf(page, 'main')).toContain('Note from the administrator: For the nightly job only.');
    // The example package's advisory expiry (2025-03-05) has passed.
    expect(await textOf(page, '[data-token-kit] .warning')).toContain('that has passed');
    expect(await textOf(page, 'main')).not.toContain(EXAMPLE_SECRET);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('checks a secret written down from a reading and points to the first wrong group', async () => {
    const page = await openPage();
    // Oracle's example secret and its reading checksum (docs/handoff-format.md §5).
    await fillField(page, '#reading-checksum', 'N9Z3J-AJ');
    await fillField(page, '#written-text', 'i7BKNOG:1z1A)bqa');
    await page.locator('::-p-aria([name="Check"][role="button"])').click();
    expect(await page.$eval('[data-check]', (el) => [el.getAttribute('data-check'), el.getAttribute('data-group')])).toEqual([
      'missing-groups',
      '5',
    ]);
    await fillField(page, '#written-text', EXAMPLE_SECRET);
    await page.locator('::-p-aria([name="Check"][role="button"])').click();
    await page.waitForSelector('[data-check="ok"]');
    await page.close();
  });
});

describe('Request a credential', () => {
  it('keeps the identity in the browser session only when asked, and forgets it', async () => {
    const page = await openExtensionPage(browser().browser, browser().extensionId!, 'request-credential.html');
    await page.locator('::-p-aria(Generate a key pair)').click();
    const recipient = await textOf(page, '[data-public-key]');
    expect(recipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    const stored = async () => (await extensionStorage(browser().worker!)).session['recipient.identity'] as { recipient?: string } | undefined;
    expect(await stored()).toBeUndefined();

    await page.locator('::-p-text(Also keep it in this browser session)').click();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked === true);
    expect((await stored())?.recipient).toBe(recipient);
    expect(Object.keys((await extensionStorage(browser().worker!)).local)).not.toContain('recipient.identity');

    await page.reload({ waitUntil: 'load' });
    expect(await textOf(page, 'main')).toContain(`An identity is kept in this browser session: ${recipient}`);
    await page.locator('::-p-aria(Forget it)').click();
    await page.waitForFunction(() => !document.body.textContent?.includes('An identity is kept'));
    expect(await stored()).toBeUndefined();
    await page.close();
  });

  it('is linked from the toolbar popup, and links to Open a package', async () => {
    const page = await openFromPopup(browser(), 'Request a credential', 'request-credential.html');
    await page.locator('nav ::-p-text(Open a package)').click();
    await page.waitForSelector('h1::-p-text(Open a package)');
    expect(page.url()).toMatch(/\/open-package\.html$/);
    await page.close();
  });
});
