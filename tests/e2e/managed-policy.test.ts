import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyWithFixedId,
  importOutcome,
  importPolicyText,
  launchBrowser,
  managedPolicyDir,
  managedPolicyFile,
  openOptions,
  readManagedStorage,
  waitForPolicyRow,
  whyNoManagedPolicy,
  writeLocalStorage,
  type FixedIdExtension,
  type LaunchedBrowser,
  type ManagedPolicyFile,
} from './harness';

// Chromium's real enterprise policy mechanism: a policy file in /etc/chromium/policies/managed/
// for the extension's id (fixed by a manifest key added to a copy of the build), delivered by
// Chromium to storage.managed. Writing there needs root: CI runs as root; elsewhere these tests are
// reported as skipped with the reason (the one conditional skip the project allows).
// Chromium loads the file at start and notices a change within about 5 s (its settle interval),
// so the waits below are generous.

const POLICY_DIR = managedPolicyDir();
const unavailable = await whyNoManagedPolicy(POLICY_DIR);
const skipReason = `cannot write a managed policy file in ${POLICY_DIR}: ${unavailable}`;
const POLICY_LOAD_MS = 30_000;

const VALID = {
  schemaVersion: 1,
  enforcement: 'block',
  deniedScopes: ['urn:opc:idm:__myscopes__'],
  audit: { retentionDays: 365 },
};
/** Each field well-typed for Chrome's schema check, so that the values reach the extension: zod rejects them. */
const INVALID = { enforcement: 'Block', vault: { itemTtlHours: 0 } };

let extension: FixedIdExtension | undefined;
let policyFile: ManagedPolicyFile | undefined;
let launched: LaunchedBrowser | undefined;

beforeAll(async () => {
  if (unavailable) return;
  extension = await copyWithFixedId();
  policyFile = await managedPolicyFile(POLICY_DIR, extension.extensionId);
  await policyFile.write(VALID);
  launched = await launchBrowser({ extensionDir: extension.dir });
  if (launched.extensionId !== extension.extensionId) {
    throw new Error(`The manifest key should give id ${extension.extensionId}; Chromium loaded ${launched.extensionId}.`);
  }
});

afterAll(async () => {
  await launched?.close();
  await policyFile?.remove();
  await extension?.remove();
});

describe('managed policy through Chromium', () => {
  it('applies a valid managed policy: source "managed", the organization mark, local fields where it is silent', async ({ skip }) => {
    skip(unavailable !== undefined, skipReason);
    const page = await openOptions(launched!.browser, launched!.extensionId!);
    expect(await waitForPolicyRow(page, 'enforcement', { source: 'managed' }, { timeout: POLICY_LOAD_MS })).toEqual({ source: 'managed', value: '"block"' });
    expect(await readManagedStorage(page)).toEqual(VALID);
    // A local policy as well: the managed fields win over it, its other fields still apply.
    await importPolicyText(page, JSON.stringify({ enforcement: 'warn', maxPairsPerCredential: 4 }));
    await importOutcome(page, 'imported');
    expect(await waitForPolicyRow(page, 'deniedScopes', {})).toEqual({ source: 'managed', value: '["urn:opc:idm:__myscopes__"]' });
    expect(await waitForPolicyRow(page, 'audit.retentionDays', {})).toEqual({ source: 'managed', value: '365' });
    expect(await waitForPolicyRow(page, 'maxPairsPerCredential', { source: 'local' })).toEqual({ source: 'local', value: '4' });
    expect(await waitForPolicyRow(page, 'enforcement', {})).toEqual({ source: 'managed', value: '"block"' });
    expect(await page.$eval('main', (main) => main.dataset.managed)).toBe('true');
    expect(await page.$eval('.managed-mark', (mark) => mark.textContent)).toBe('Managed by your organization');
    expect(await page.$eval('#audit', (section) => section.textContent)).toContain('cannot be cleared here');
    await page.close();
  });

  it('fails closed, live, when the managed policy turns invalid, and names the wrong fields', async ({ skip }) => {
    skip(unavailable !== undefined, skipReason);
    const page = await openOptions(launched!.browser, launched!.extensionId!);
    await writeLocalStorage(page, { 'policy.local': { maxPairsPerCredential: 4 } });
    await waitForPolicyRow(page, 'enforcement', { source: 'managed' }, { timeout: POLICY_LOAD_MS });
    await waitForPolicyRow(page, 'maxPairsPerCredential', { source: 'local' });

    await policyFile!.write(INVALID);
    expect(await waitForPolicyRow(page, 'enforcement', { source: 'fail-closed' }, { timeout: POLICY_LOAD_MS })).toEqual({
      source: 'fail-closed',
      value: '"block"',
    });
    expect(await page.$eval('main', (main) => main.dataset.failClosed)).toBe('true');
    expect(await page.$eval('.managed-mark', (mark) => mark.textContent)).toBe('Managed by your organization');
    const problems = await page.$$eval('.fail-closed li[data-path]', (items) => items.map((li) => [(li as HTMLElement).dataset.path, li.textContent]));
    expect(problems.map(([path]) => path).sort()).toEqual(['enforcement', 'vault.itemTtlHours']);
    expect(problems.find(([path]) => path === 'vault.itemTtlHours')?.[1]).toMatch(/>=1/);
    expect(await waitForPolicyRow(page, 'deniedScopes', {})).toEqual({
      source: 'fail-closed',
      value: '["urn:opc:resource:consumer::all","urn:opc:idm:__myscopes__"]',
    });
    // The local policy cannot fill the gaps of a broken organization policy.
    expect(await waitForPolicyRow(page, 'maxPairsPerCredential', {})).toEqual({ source: 'default', value: '10' });
    await page.close();
  });
});
