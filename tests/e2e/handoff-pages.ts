import jsQR from 'jsqr';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { encryptPackage } from '../../utils/handoff/age';
import { generateRecipientKeyPair } from '../../utils/handoff/age-keys';
import { buildHandoffDocument, serializeHandoffDocument } from '../../utils/handoff/package';
import { exampleInput } from '../unit/handoff/fixtures';
import { openExtensionPage, type LaunchedBrowser } from './harness';
import { waitForExtensionTab } from './harness/extension-pages';

// Small steps on the extension's handoff and recipient pages, shared by the handoff e2e specs.

/** Text content of the first element matching `selector`, once there is one. */
export async function textOf(page: Page, selector: string): Promise<string> {
  const element = await page.waitForSelector(selector);
  return element!.evaluate((el) => el.textContent?.trim() ?? '');
}

export function readField(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el as HTMLInputElement | HTMLTextAreaElement).value);
}

/**
 * Replaces a field's value as a paste would: one `input` event (typing a 1.5 kB package key by
 * key would only make the test slow).
 */
export async function fillField(page: Page, selector: string, value: string): Promise<void> {
  await page.waitForSelector(selector);
  await page.$eval(
    selector,
    (el, text) => {
      const field = el as HTMLInputElement | HTMLTextAreaElement;
      field.focus();
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

/**
 * `plaintext` as an armored age package to the X25519 `recipient`, made outside the extension (as
 * the age CLI or another copy of the extension would): no scrypt to wait for.
 */
export async function sealedTo(plaintext: string, recipient: string): Promise<string> {
  return (await encryptPackage(plaintext, { recipients: [recipient] })).armored;
}

/** A recipient's "Open a package" page with the example credential (EXAMPLE_SECRET) opened into its token kit. */
export async function openExampleTokenKit(launched: LaunchedBrowser): Promise<Page> {
  const keys = await generateRecipientKeyPair();
  const page = await openExtensionPage(launched.browser, launched.extensionId!, 'open-package.html');
  await fillField(page, '#package-text', await sealedTo(serializeHandoffDocument(buildHandoffDocument(exampleInput())), keys.recipient));
  await fillField(page, '#identity-text', keys.identityFile);
  const outcome = await openPackage(page);
  if (!('opened' in outcome)) throw new Error(`The example package did not open: ${outcome.message}`);
  return page;
}

/** The status beside "Copy secret": once the secret is copied, its `data-clipboard` says pending, waiting-for-focus or cleared. */
export const SECRET_CLIPBOARD_STATUS = '[aria-label="Copy secret"] + [role="status"]';

/** The `data-clipboard` of the status beside "Copy secret" (null before a copy). */
export function secretClipboardState(page: Page): Promise<string | null> {
  return page.$eval(SECRET_CLIPBOARD_STATUS, (status) => status.getAttribute('data-clipboard'));
}

/** Presses Open on "Open a package" and waits for the token kit or an error. */
export async function openPackage(page: Page): Promise<{ opened: true } | { error: string; message: string }> {
  await page.locator('form ::-p-aria(Open)').click();
  const outcome = await page.waitForSelector('[data-token-kit], [data-error-kind]', { timeout: 30_000 });
  const result = await outcome!.evaluate((el) =>
    el.hasAttribute('data-token-kit') ? null : { error: el.getAttribute('data-error-kind') ?? '', message: el.textContent ?? '' },
  );
  return result ?? { opened: true };
}

/**
 * Opens the toolbar popup's page, clicks the link or button named `name`, and returns the tab it
 * opens at `file`.
 */
export async function openFromPopup(launched: LaunchedBrowser, name: string, file: string): Promise<Page> {
  const { browser, extensionId } = launched;
  const popup = await openExtensionPage(browser, extensionId!, 'popup.html');
  const opened = waitForExtensionTab(browser, extensionId!, file);
  await popup.locator(`::-p-aria(${name})`).click();
  const page = await opened;
  await page.waitForSelector('main[data-state]:not([data-state="loading"])');
  if (!popup.isClosed()) await popup.close();
  return page;
}

/**
 * Reads the QR code `element` shows as a phone would: a screenshot of it (the pixels the browser
 * rendered), decoded with jsQR. The PNG is turned into pixels in a blank tab of its own, away from
 * the extension page's CSP.
 */
export async function decodeQrCode(browser: Browser, element: ElementHandle): Promise<string | null> {
  const png = await element.screenshot({ encoding: 'base64' });
  const scratch = await browser.newPage();
  try {
    const image = await scratch.evaluate(async (base64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
      return { width, height, pixels: Array.from(data) };
    }, png);
    return jsQR(Uint8ClampedArray.from(image.pixels), image.width, image.height)?.data ?? null;
  } finally {
    await scratch.close();
  }
}

/** On the handoff page: "Make encrypted package" with the generated passphrase; waits for the package (scrypt takes seconds). */
export async function makePassphrasePackage(handoff: Page): Promise<{ armored: string; passphrase: string }> {
  await handoff.locator('::-p-aria(Make encrypted package)').click();
  await handoff.waitForSelector('#armored-package', { timeout: 30_000 });
  return { armored: await readField(handoff, '#armored-package'), passphrase: await textOf(handoff, '[data-passphrase]') };
}

/** On the handoff page, after a first package: "Make another package" to the recipient's public key; returns it armored. */
export async function makeKeyPackage(handoff: Page, recipient: string): Promise<string> {
  await handoff.locator('::-p-aria(Make another package)').click();
  await handoff.locator('::-p-text(The recipient’s public key)').click();
  await fillField(handoff, '#recipient-key', recipient);
  await handoff.locator('::-p-aria(Make encrypted package)').click();
  await handoff.waitForSelector('::-p-text(Encrypted to the public key)', { timeout: 30_000 });
  return readField(handoff, '#armored-package');
}

/** "Mark delivered" with the channel offered, then "Delivered: delete the secret". */
export async function pressMarkDelivered(handoff: Page): Promise<void> {
  await handoff.locator('::-p-aria([name="Mark delivered"][role="button"])').click();
  await handoff.locator('button::-p-text(Delivered: delete the secret)').click();
}
