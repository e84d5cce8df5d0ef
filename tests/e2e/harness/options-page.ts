import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { browserKind } from './browser-kind';
import { openExtensionPage } from './extension-pages';

// The options page (components/options), driven like a user: its hooks are listed in docs/testing.md.

export interface PolicyRowSeen {
  value: string;
  source: string;
}

/** Opens options.html and waits until it shows the policy in force. */
export async function openOptions(browser: Browser, extensionId: string): Promise<Page> {
  const page = await openExtensionPage(browser, extensionId, 'options.html');
  await page.waitForSelector('tr[data-field="enforcement"]');
  return page;
}

/** Waits until the row of `field` (e.g. "vault.itemTtlHours") has the wanted source (and value), and returns it. */
export async function waitForPolicyRow(
  page: Page,
  field: string,
  wanted: Partial<PolicyRowSeen>,
  { timeout = 5_000 }: { timeout?: number } = {},
): Promise<PolicyRowSeen> {
  const handle = await page.waitForFunction(
    (name, expected) => {
      const row = document.querySelector<HTMLElement>(`tr[data-field="${name}"]`);
      if (!row) return null;
      const seen = { value: row.querySelector('.value')?.textContent ?? '', source: row.querySelector('.source')?.textContent ?? '' };
      if (row.dataset.source !== seen.source) return null;
      return (expected.value === undefined || expected.value === seen.value) && (expected.source === undefined || expected.source === seen.source)
        ? seen
        : null;
    },
    { timeout, polling: 100 },
    field,
    wanted,
  );
  return (await handle.jsonValue()) as PolicyRowSeen;
}

/** Pastes `text` into the policy box and presses "Validate and import". */
export async function importPolicyText(page: Page, text: string): Promise<void> {
  const box = await page.waitForSelector('textarea#policy-text');
  await box!.click({ count: 3 });
  await page.keyboard.press('Delete');
  // As a paste: the text inserted at once. puppeteer's sendCharacter does that in Chromium; over
  // WebDriver BiDi (Firefox) it takes one character and runs execCommand('insertText'): the same, whole.
  if (browserKind(page.browser()) === 'firefox') await page.evaluate((value) => document.execCommand('insertText', false, value), text);
  else await page.keyboard.sendCharacter(text);
  await page.click('form.import button[type="submit"]');
}

/** Chooses `path` in "Import a policy file". */
export async function importPolicyFile(page: Page, path: string): Promise<void> {
  const input = (await page.waitForSelector('form.import input[type="file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}

/** Waits for an import to end as `outcome` and returns what it shows: each problem's path and text when rejected. */
export async function importOutcome(page: Page, outcome: 'imported' | 'rejected'): Promise<{ text: string; problems: { path: string; text: string }[] }> {
  const box = await page.waitForSelector(`[data-import="${outcome}"]`);
  return box!.evaluate((element) => ({
    text: element.textContent ?? '',
    problems: Array.from(element.querySelectorAll<HTMLElement>('li[data-path]'), (li) => ({ path: li.dataset.path ?? '', text: li.textContent ?? '' })),
  }));
}
