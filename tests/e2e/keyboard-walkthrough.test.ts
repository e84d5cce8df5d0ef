import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  REPLICA_PATHS,
  accessibilityViolations,
  axeViolations,
  consoleUrl,
  focusedControl,
  inColorSchemes,
  openConsole,
  openExtensionPage,
  storedAuditRecords,
  serviceFrame,
  tabTo,
  useBrowser,
  waitForAssistant,
  waitForNotice,
  waitForOcg,
  type FocusedControl,
} from './harness';
import { readField, textOf } from './handoff-pages';

// The main flows with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows; no mouse, no
// element.click()): from the Console's credentials list, a preset picked and applied in the scope
// assistant, Generate, the secret captured (a key press is a trusted activation), the recipient's
// key pair, the popup, the handoff page's package to that key, and the recipient's page opening it
// (X25519, so that no step waits for scrypt). Every control of ours that takes
// the focus on the way shows a focus indicator. The in-page UI and the popup are also checked by
// axe (colour contrast included) in light and dark; the other pages are in their own specs.

const launched = useBrowser();
const HOST = 'console.us-langley-1.oraclegovcloud.com';
const INSTANCE = 'myoic-abcdefgh1234-ia';

/** Tab to a control of ours and require a visible focus indicator on it. */
async function tabToOurs(page: Page, what: string, wanted: (control: FocusedControl) => boolean, backwards = false): Promise<FocusedControl> {
  const focused = await tabTo(page, wanted, { what, backwards });
  expect(focused.visibleFocus, `${what} has no visible focus (${focused.style})`).toBe(true);
  return focused;
}

const named = (name: string) => (control: FocusedControl) => control.name === name;
const inHost = (host: string, name?: string) => (control: FocusedControl) => control.path.includes(host) && (name === undefined || control.name === name);

describe('keyboard only', () => {
  it('walks preset → Generate → capture → key request → popup → handoff package → Open a package, with visible focus at every step', async () => {
    const { browser, extensionId, worker } = launched();

    // The popup before anything was captured: its empty state, in light and dark.
    const empty = await openExtensionPage(browser, extensionId!, 'popup.html');
    await empty.waitForSelector('main h1');
    expect(await accessibilityViolations(empty)).toEqual([]);
    await empty.close();

    const page = await openConsole(browser, consoleUrl(HOST, REPLICA_PATHS.myCredentials), { replicaQuery: { ocgDelay: 50 } });
    const frame = await serviceFrame(page);
    await tabTo(page, named('OAuth 2.0 client credentials'), { what: 'the credentials link' });
    await page.keyboard.press('Enter');
    await frame.waitForSelector('button::-p-text(Generate OAuth 2.0 client credential)');
    await tabTo(page, named('Generate OAuth 2.0 client credential'), { what: 'the Generate panel button' });
    await page.keyboard.press('Enter');
    await waitForAssistant(page);

    // The scope assistant: search, arrow down to the preset, Enter; type its instance, Enter fills the form.
    await tabToOurs(page, 'the preset search', (control) => control.id === 'preset-search');
    await page.keyboard.type('integration rest');
    let preset = await focusedControl(page);
    for (let press = 0; press < 10 && preset?.data.presetId !== 'oic-rest-api'; press++) {
      await page.keyboard.press('ArrowDown');
      preset = await focusedControl(page);
    }
    expect(preset?.data.presetId).toBe('oic-rest-api');
    expect(preset?.visibleFocus, preset?.style).toBe(true);
    await page.keyboard.press('Enter');
    await frame.waitForFunction((id) => document.querySelector('ocg-scope-assistant')?.shadowRoot?.activeElement?.id === id, {}, 'template-instance');
    expect((await focusedControl(page))?.visibleFocus).toBe(true);
    await page.keyboard.type(INSTANCE);
    await page.keyboard.press('Enter');
    await waitForNotice(page, 'Filled the form');
    expect(await inColorSchemes(page, () => axeViolations(frame, 'ocg-scope-assistant, ocg-realm-banner'))).toEqual([]);

    // Generate (the Console's button), then capture with Enter on our control in the secret dialog.
    await tabTo(page, named('Generate'), { what: 'Generate' });
    await page.keyboard.press('Enter');
    await waitForOcg(page, 'ocg-capture', { state: 'idle' });
    await tabToOurs(page, 'the capture button', inHost('ocg-capture'));
    await page.keyboard.press('Enter');
    await waitForOcg(page, 'ocg-capture', { state: 'captured' }, { timeout: 10_000 });
    expect(await inColorSchemes(page, () => axeViolations(frame, 'ocg-capture, ocg-realm-banner'))).toEqual([]);
    // Escape closes the dialog; the Console lists the new row and the vault picks up its OCID.
    await page.keyboard.press('Escape');
    await expect
      .poll(async () => (await storedAuditRecords(worker!)).map((record) => record.kind), {
        timeout: 10_000,
      })
      .toContain('ocid-attached');
    await page.close();

    // The recipient asks first: a key pair, kept in this browser session (Space ticks the box).
    const request = await openExtensionPage(browser, extensionId!, 'request-credential.html');
    await tabToOurs(request, 'Generate a key pair', named('Generate a key pair'));
    await request.keyboard.press('Enter');
    const recipient = await textOf(request, '[data-public-key]');
    await tabToOurs(request, 'the keep-it checkbox', (control) => control.name.startsWith('Also keep it in this browser session'));
    await request.keyboard.press('Space');
    await request.waitForFunction(() => document.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked === true);
    await request.close();

    // The popup: Tab to "Open handoff", Enter opens the handoff page in a tab.
    const popup = await openExtensionPage(browser, extensionId!, 'popup.html');
    await popup.waitForSelector('li');
    expect(await accessibilityViolations(popup)).toEqual([]);
    const opened = browser.waitForTarget((target) => target.url().startsWith(`chrome-extension://${extensionId}/handoff.html`), { timeout: 10_000 });
    await tabToOurs(popup, 'Open handoff', named('Open handoff'));
    // Enter activates on key down; the popup then closes itself, so the key up may find no page.
    await popup.keyboard.press('Enter').catch((error: unknown) => {
      if (!/Target closed/.test(String(error))) throw error;
    });
    const handoff = (await (await opened).page())!;
    await handoff.waitForSelector('main[data-state="ready"]');
    if (!popup.isClosed()) await popup.close();
    await handoff.bringToFront();

    // The handoff page: an arrow key moves the protection to the recipient's key, then the key and Enter.
    await tabToOurs(handoff, 'the protection choice', named('A passphrase'));
    await handoff.keyboard.press('ArrowDown');
    expect((await focusedControl(handoff))?.name).toBe('The recipient’s public key (age1…)');
    await tabToOurs(handoff, 'the recipient key field', (control) => control.id === 'recipient-key');
    await handoff.keyboard.sendCharacter(recipient);
    await tabToOurs(handoff, 'Make encrypted package', named('Make encrypted package'));
    await handoff.keyboard.press('Enter');
    await handoff.waitForSelector('::-p-text(Encrypted to the public key)', { timeout: 30_000 });
    const armored = await readField(handoff, '#armored-package');

    // "Open a package": the package typed in (one input, as a paste), the kept identity, Space on Open.
    const open = await openExtensionPage(browser, extensionId!, 'open-package.html');
    await tabToOurs(open, 'the package field', (control) => control.id === 'package-text');
    await open.keyboard.sendCharacter(armored);
    await open.waitForSelector('::-p-text(The identity kept in this browser session)');
    await tabToOurs(open, 'Open', named('Open'));
    await open.keyboard.press('Space');
    await open.waitForSelector('[data-token-kit]', { timeout: 30_000 });
    expect(await textOf(open, '[data-client-id]')).toMatch(/^ocid1\.credential\.oc2\./);
    await Promise.all([open.close(), handoff.close()]);
  }, 120_000);
});
