import { serviceFrame } from '../../tests/e2e/harness/page-frames.mjs';
/* global requestAnimationFrame -- in functions evaluated in the page */

// The demo's steps on the extension's own pages: the popup, the handoff page (an encrypted package
// made with a passphrase, the reading sheet, the print sheet) and the recipient's "Open a package".
// Each gets the walk's state (`demo`) and returns what to photograph: `{ page, region? }` (photograph.mjs).

const VIEWPORT = { width: 1280, height: 800 };
const LAYER = '#__root_layer_host';

function extensionUrl(demo, file) {
  return `chrome-extension://${demo.extensionId}/${file}`;
}

/**
 * Closes the secret dialog: the Console then lists the credential and the extension picks up its
 * OCID. That happens on an animation frame, which a background tab never gets, so the Console tab
 * stays in front until the row is listed and two frames have passed. Then the popup, with the OCID.
 */
async function showPopup(demo) {
  const frame = await serviceFrame(demo.page);
  await frame.locator(`${LAYER} [role="dialog"] button::-p-text(Close)`).click();
  await frame.waitForSelector(`${LAYER} [role="dialog"]`, { hidden: true });
  await frame.waitForSelector(`[role="table"] a::-p-text(${demo.credentialName})`);
  await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const popup = await demo.browser.newPage();
  await popup.setViewport({ width: 420, height: 560 });
  await popup.goto(extensionUrl(demo, 'popup.html'), { waitUntil: 'load' });
  await popup.waitForSelector(`::-p-text(${demo.credentialName})`);
  await popup.waitForSelector('::-p-text(ocid1.credential.)', { timeout: 10_000 });
  demo.popup = popup;
  return { page: popup };
}

/** "Open handoff" in the popup opens the handoff page in a tab; there, an encrypted package with a generated passphrase. */
async function makePackage(demo) {
  const opened = demo.browser.waitForTarget((target) => target.url().startsWith(extensionUrl(demo, 'handoff.html')), { timeout: 10_000 });
  await demo.popup.locator('::-p-aria(Open handoff)').click();
  const handoff = await (await opened).page();
  if (!handoff) throw new Error('The popup opened the handoff page, but it is not a page.');
  await handoff.setViewport(VIEWPORT);
  await handoff.waitForSelector('main[data-state]:not([data-state="loading"])');
  await handoff.waitForSelector('[data-ocid]', { timeout: 10_000 });
  await handoff.locator('::-p-aria(Make encrypted package)').click();
  await handoff.waitForSelector('#armored-package', { timeout: 60_000 });
  demo.handoff = handoff;
  demo.armored = await handoff.$eval('#armored-package', (field) => field.value);
  demo.passphrase = await handoff.$eval('[data-passphrase]', (el) => el.textContent.trim());
  return { page: handoff, region: 'section[aria-labelledby="package-title"]' };
}

/** The reading sheet of the package's passphrase (the secret itself stays masked). */
async function readAloud(demo) {
  const page = demo.handoff;
  await page.locator('::-p-text(The package’s passphrase)').click();
  await page.locator('::-p-aria(Show the reading sheet)').click();
  await page.waitForSelector('table.reading');
  return { page, region: 'section[aria-labelledby="read-aloud-title"]' };
}

/** The page as the printer gets it: only the sheet, with the package as a QR code and no secret. The page stays in print media. */
async function printSheet(demo) {
  const page = demo.handoff;
  await page.locator('::-p-aria(Show the print preview)').click();
  await page.emulateMediaType('print');
  await page.waitForSelector('.print-sheet svg.qr');
  return { page, region: '.print-sheet' };
}

/** The recipient's "Open a package": the armored text pasted, the passphrase typed, Open; the token kit with the secret masked. */
async function openPackage(demo) {
  const page = await demo.browser.newPage();
  await page.setViewport(VIEWPORT);
  await page.goto(extensionUrl(demo, 'open-package.html'), { waitUntil: 'load' });
  // Pasted, as a recipient would: typing 1.5 kB key by key only makes the demo slow.
  await page.$eval(
    '#package-text',
    (field, text) => {
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    demo.armored,
  );
  await page.locator('#passphrase').fill(demo.passphrase);
  await page.locator('form ::-p-aria(Open)').click();
  await page.waitForSelector('[data-token-kit]', { timeout: 60_000 });
  return { page, region: '[data-token-kit]' };
}

export const EXTENSION_STEPS = Object.freeze([
  {
    name: 'popup',
    caption: 'The extension popup lists the captured credential, awaiting handoff',
    run: showPopup,
  },
  {
    name: 'handoff-package',
    caption: 'The handoff page: an encrypted package made with a generated passphrase, to send by email or as a file',
    docs: true,
    run: makePackage,
  },
  {
    name: 'reading-sheet',
    caption: 'Read aloud: the passphrase spelled four characters at a time, with a reading checksum',
    run: readAloud,
  },
  {
    name: 'print-sheet',
    caption: 'The print sheet: the credential, instructions and the package as a QR code; no secret, no passphrase',
    docs: true,
    run: printSheet,
  },
  {
    name: 'open-package',
    caption: "The recipient's \"Open a package\": the token kit, the secret masked",
    docs: true,
    run: openPackage,
  },
]);
