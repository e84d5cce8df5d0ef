import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  REPLICA_PATHS,
  clickGenerate,
  consoleUrl,
  fieldLabelled,
  fieldsLabelled,
  fillPanel,
  inAssistant,
  openConsole,
  replicaEvents,
  replicaRecords,
  serviceFrame,
  setLocalPolicy,
  shownFindings,
  useBrowser,
  waitForAssistant,
  waitForNotice,
  waitForOcg,
  type ReplicaQuery,
  openPanelWithAssistant,
} from './harness';

// The organisation's policy enforced in the Console (replica), with a local policy written into
// storage as the options page imports it: "block" stops Generate by click, Enter and submit while a
// denied scope is in the form; a fix or an exemption lets it through; changes apply live; each
// Generate that goes ahead is sent to the background for the audit log.

const browser = useBrowser();

const HOST = 'console.us-langley-1.oraclegovcloud.com';
const OIC = 'https://myoic-abcdefgh1234-ia.integration.ocp.oraclegovcloud.com:443';
const ALL = 'urn:opc:resource:consumer::all';
const BLOCK_ALL = { enforcement: 'block', deniedScopes: [ALL] };
const DRAFT = { name: 'orders-sync', description: 'Orders into OIC, owned by the ERP team', pairs: [{ audience: OIC, scope: ALL }] };

afterEach(async () => {
  await setLocalPolicy(browser().worker!, undefined);
});

const openPanel = (query: ReplicaQuery = {}) => openPanelWithAssistant(browser().browser, HOST, query);

/** What the replica saw of Generate: accepted presses and refusals. */
async function generateEvents(page: Page): Promise<string[]> {
  return (await replicaEvents(page)).map((event) => event.type).filter((type) => type === 'generate' || type === 'generate-rejected');
}

/** Gives a Generate that got through time to show, then checks that none did. */
async function expectNothingGenerated(page: Page): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await generateEvents(page)).toEqual([]);
  expect(await replicaRecords(page)).toEqual([]);
}

/** Collects, in the extension's service worker, the audit events content scripts send. */
async function watchAuditMessages(): Promise<() => Promise<unknown[]>> {
  const worker = browser().worker!;
  await worker.evaluate(() => {
    const seen: unknown[] = [];
    Object.assign(globalThis, { __auditSeen: seen });
    (globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string; event?: unknown }) => void): void } } } }).chrome.runtime.onMessage.addListener(
      (message) => {
        if (message?.type === 'audit/credential-generated') seen.push(message.event);
      },
    );
  });
  return () => worker.evaluate(() => (globalThis as unknown as { __auditSeen: unknown[] }).__auditSeen);
}

describe('enforcement "block"', () => {
  it('stops Generate by click, Enter and submit while a denied scope is in the form; a fix lets it through', async () => {
    await setLocalPolicy(browser().worker!, BLOCK_ALL);
    // Legacy: the panel is a native form, so Enter and submit are real ways to Generate.
    const page = await openPanel({ ocgGen: 'legacy', ocgFrame: 'top' });
    await waitForAssistant(page, { enforcement: 'block' });
    // A preset with a denied scope is not offered under "block".
    const frame = await serviceFrame(page);
    expect(await frame.$('ocg-scope-assistant >>> button[data-preset-id="oic-integrations"]')).toBeNull();
    expect(await frame.$('ocg-scope-assistant >>> button[data-preset-id="oic-rest-api"]')).not.toBeNull();

    await fillPanel(page, DRAFT);
    await waitForAssistant(page, { blocked: 'true', maxSeverity: 'error' });
    expect((await shownFindings(page)).map((finding) => finding.id)).toContain('OCG-POLICY-002');

    await (await frame.waitForSelector('#__root_layer_host button::-p-text(Generate)'))?.click();
    await expectNothingGenerated(page);
    const message = await inAssistant(page, '.blocked.stopped');
    expect(await message.evaluate((el) => [el.getAttribute('role'), el.textContent])).toEqual([
      'alert',
      expect.stringContaining(`OCG-POLICY-002: Scope "${ALL}" is denied by your organisation`),
    ]);

    await (await fieldLabelled(page, 'Name')).focus();
    await page.keyboard.press('Enter');
    await expectNothingGenerated(page);

    await frame.evaluate(() => document.querySelector<HTMLFormElement>('#__root_layer_host form')!.requestSubmit());
    await expectNothingGenerated(page);

    // Other buttons and typing still work while blocked.
    await (await frame.waitForSelector('#__root_layer_host button::-p-text(Another)'))?.click();
    await fieldLabelled(page, 'Audience', 1);
    await (await frame.$$('#__root_layer_host [role="dialog"] button::-p-text(Remove)')).at(-1)?.click();
    await expect.poll(async () => (await fieldsLabelled(page, 'Audience')).length).toBe(1);

    await (await inAssistant(page, '[data-finding-id="OCG-SCOPE-006"] button.ocg-finding-fix')).click();
    await waitForNotice(page, 'Applied');
    await waitForAssistant(page, { blocked: 'false' });
    await (await fieldLabelled(page, 'Name')).focus();
    await page.keyboard.press('Enter');
    await frame.waitForFunction(() => (window as { __replica?: { created: unknown[] } }).__replica?.created.length === 1, { polling: 50 });
    const [record] = await replicaRecords(page);
    expect(record).toMatchObject({ name: DRAFT.name, pairs: [{ audience: OIC, scope: '/ic/api/' }] });
    await page.close();
  });

  it('applies a policy change live, takes a user exemption where allowed, and sends the audit event', async () => {
    const audits = await watchAuditMessages();
    const worker = browser().worker!;
    await setLocalPolicy(worker, { enforcement: 'warn', deniedScopes: [ALL] });
    const page = await openPanel();
    await fillPanel(page, DRAFT);
    await waitForAssistant(page, { enforcement: 'warn', blocked: 'false', maxSeverity: 'error' });

    await setLocalPolicy(worker, { ...BLOCK_ALL, userMayExempt: ['OCG-POLICY-002'] });
    await waitForAssistant(page, { enforcement: 'block', blocked: 'true' });
    const frame = await serviceFrame(page);
    await (await frame.waitForSelector('#__root_layer_host button::-p-text(Generate)'))?.click();
    await expectNothingGenerated(page);

    await (await inAssistant(page, '[data-finding-id="OCG-POLICY-002"] button[data-action="exempt"]')).click();
    await (await inAssistant(page, '[data-finding-id="OCG-POLICY-002"] button[data-action="record-exemption"]')).click();
    expect(await (await inAssistant(page, '[data-finding-id="OCG-POLICY-002"] .field-error')).evaluate((el) => el.textContent)).toMatch(/audit log/);
    await page.keyboard.type('Approved by the ERP owner for the Q3 migration');
    await (await inAssistant(page, '[data-finding-id="OCG-POLICY-002"] button[data-action="record-exemption"]')).click();
    await waitForAssistant(page, { blocked: 'false' });
    expect((await shownFindings(page)).find((finding) => finding.id === 'OCG-POLICY-002')).toMatchObject({ exempt: true });

    await clickGenerate(page);
    const [record] = await replicaRecords(page);
    expect(record?.pairs).toEqual(DRAFT.pairs);
    const events = await audits();
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'credential-generated',
        credentialName: DRAFT.name,
        realm: 'oc2',
        region: 'us-langley-1',
        targetUser: 'Ada Lovelace',
        pairs: DRAFT.pairs,
        findings: expect.arrayContaining([{ id: 'OCG-POLICY-002', severity: 'error', title: `Scope "${ALL}" is denied by your organisation` }]),
        exemptions: [
          { findingId: 'OCG-POLICY-002', pattern: 'OCG-POLICY-002', justification: 'Approved by the ERP owner for the Q3 migration', by: 'user' },
        ],
      }),
    ]);
    expect(JSON.stringify(events)).not.toContain(record?.secret);
    await page.close();
  });

  it('lets Generate through under "warn", showing the policy finding', async () => {
    await setLocalPolicy(browser().worker!, { enforcement: 'warn', deniedScopes: [ALL] });
    const page = await openPanel({ ocgScopeMode: 'fqs' });
    await fillPanel(page, DRAFT);
    await waitForAssistant(page, { enforcement: 'warn', blocked: 'false', maxSeverity: 'error' });
    expect((await shownFindings(page)).map((finding) => finding.id)).toContain('OCG-POLICY-002');
    await clickGenerate(page);
    expect((await replicaRecords(page))[0]?.pairs).toEqual(DRAFT.pairs);
    await page.close();
  });
});

describe('realm availability from the policy', () => {
  it("follows the policy's override for this realm, live", async () => {
    const page = await openConsole(browser().browser, consoleUrl(HOST, REPLICA_PATHS.myCredentials), { replicaQuery: { ocgDelay: 50 } });
    await waitForOcg(page, 'ocg-realm-banner', { realm: 'oc2', availability: 'available' });
    await setLocalPolicy(browser().worker!, { realmAvailability: { oc2: { available: false, note: 'Not approved for this tenancy yet.' } } });
    await waitForOcg(page, 'ocg-realm-banner', { realm: 'oc2', availability: 'unavailable' });
    const frame = await serviceFrame(page);
    expect(await frame.$eval('ocg-realm-banner >>> .policy', (el) => el.textContent)).toContain('Not approved for this tenancy yet.');
    await setLocalPolicy(browser().worker!, undefined);
    await waitForOcg(page, 'ocg-realm-banner', { realm: 'oc2', availability: 'available' });
    await page.close();
  });
});
