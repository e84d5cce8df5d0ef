import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { findSecretIn } from '../unit/vault/find-secret';
import {
  REPLICA_PATHS,
  download,
  closeDialog,
  consoleUrl,
  extensionStorage,
  generateAndCapture,
  generateCredential,
  openConsole,
  openExtensionPage,
  openOptions,
  readLocalStorage,
  removeLocalStorage,
  storedAuditRecords,
  type LaunchedBrowser,
  writeLocalStorage,
} from './harness';
import { MAX_AUDIT_RECORDS } from '../../utils/audit/retention';
import { AUDIT_INDEX_KEY, AUDIT_LEGACY_LOG_KEY, auditChunkId } from '../../utils/policy/storage-keys';
import { AUDIT_PAGE_ROWS } from '../../components/options/audit-page';

// The audit trail end to end: a credential generated and captured on the replica Console, then
// deleted from the vault in the popup, becomes audit records (through the vault's audit sink), which
// the options page lists, filters and exports as JSON and CSV; none of them, like nothing else the
// extension stored, holds the secret. Run by options.test.ts in its browser: in a browser of their
// own, running beside the options tests, those tests lost keyboard focus and clipboard writes.

/** The audit log's tests, in the browser of the calling spec file. */
export function auditLogTests(browser: () => LaunchedBrowser): void {
  const DRAFT = {
    name: 'orders-oic-audit',
    description: 'Orders integration calls OIC REST',
    pairs: [{ audience: 'https://oicdev-idq7w2.integration.ocp.oraclegovcloud.com:443', scope: '/ic/api/' }],
  };

  const auditKinds = async (): Promise<string[]> =>
    (await storedAuditRecords(browser().worker!)).map((record) => record.kind);

  /**
   * Generates and captures a credential, closes the dialog, waits until the vault has picked up the
   * new row's OCID (as it does while the user looks at the list), then closes the page.
   */
  async function generateCaptureAndClose(): Promise<string> {
    const page = await openConsole(browser().browser, consoleUrl('console.us-langley-1.oraclegovcloud.com', REPLICA_PATHS.myCredentials), {
      replicaQuery: { ocgDelay: 50 },
    });
    const secret = await generateAndCapture(page, DRAFT);
    await closeDialog(page);
    await expect.poll(auditKinds, { timeout: 10_000, interval: 100 }).toContain('ocid-attached');
    await page.close();
    return secret;
  }

  /** In the popup, deletes the vault item as a user does (Delete, then confirm). */
  async function deleteFromVault(): Promise<void> {
    const popup = await openExtensionPage(browser().browser, browser().extensionId!, 'popup.html');
    await popup.click('button::-p-text(Delete)');
    await popup.click('button::-p-text(Delete secret)');
    await popup.waitForFunction(() => !document.querySelector('.items'));
    await popup.close();
  }

  const kindsShown = (page: Page) =>
    page.$$eval('.audit-table tbody tr', (rows) => rows.map((row) => (row as HTMLElement).dataset.kind));

  describe('audit log', () => {
    it('lists what happened to a captured credential, filters it, exports JSON and CSV without the secret, and clears it', async () => {
      const secret = await generateCaptureAndClose();
      const page = await openOptions(browser().browser, browser().extensionId!);
      await page.waitForSelector('tr[data-kind="secret-captured"]');
      const row = await page.$eval('tr[data-kind="secret-captured"]', (tr) => Array.from(tr.cells, (cell) => cell.textContent));
      expect(row.slice(1, 4)).toEqual(['Secret captured', DRAFT.name, 'oc2']);

      // The open page follows the log: newest first.
      await deleteFromVault();
      await page.waitForSelector('tr[data-kind="item-purged"]');
      expect(await kindsShown(page)).toEqual(['item-purged', 'ocid-attached', 'secret-captured', 'credential-generated']);

      // Filters: by kind, then by text that matches nothing.
      await page.select('.filters select', 'secret-captured');
      await page.waitForFunction(() => document.querySelectorAll('.audit-table tbody tr').length === 1);
      expect(await kindsShown(page)).toEqual(['secret-captured']);
      await page.type('.filters input[type="search"]', 'no-such-credential');
      await page.waitForSelector('[data-shown="0"]');
      await page.click('button::-p-text(Reset filters)');
      await page.waitForSelector('[data-shown="4"]');

      const saved = await download(page, () => page.click('button::-p-text(Export JSON)'));
      const json = { name: saved.name, text: saved.contents.toString('utf8') };
      expect(json.name).toMatch(/^oci-credential-guard-audit-\d{4}-\d{2}-\d{2}\.json$/);
      const exported = JSON.parse(json.text) as { format: string; schemaVersion: number; records: { kind: string; credentialName?: string; realm?: string }[] };
      expect(exported).toMatchObject({ format: 'oci-credential-guard-audit', schemaVersion: 1 });
      expect(exported.records.map((record) => record.kind)).toEqual(['item-purged', 'ocid-attached', 'secret-captured', 'credential-generated']);
      expect(exported.records.every((record) => record.credentialName === DRAFT.name && record.realm === 'oc2')).toBe(true);
      expect(findSecretIn(json.text, secret)).toEqual([]);

      const csv = (await download(page, () => page.click('button::-p-text(Export CSV)'))).contents.toString('utf8');
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).toBe('at,kind,realm,region,identityDomain,targetUser,credentialName,ocid,pairs,findings,exemptions,channel,itemId,id,schemaVersion');
      expect(lines.slice(1).map((line) => line.split(',')[1])).toEqual(['item-purged', 'ocid-attached', 'secret-captured', 'credential-generated']);
      expect(findSecretIn(csv, secret)).toEqual([]);

      // Nothing the extension stored holds the secret, the audit log included.
      const dump = await extensionStorage(browser().worker!);
      expect(await storedAuditRecords(browser().worker!)).toHaveLength(4);
      expect(findSecretIn(dump, secret)).toEqual([]);

      // Clearing asks first; then the log is empty, in the page and in storage.
      await page.click('button::-p-text(Clear the audit log)');
      await page.click('button::-p-text(Delete records)');
      await page.waitForSelector('::-p-text(No records yet.)');
      expect(Object.keys((await extensionStorage(browser().worker!)).local).filter((key) => key.startsWith('audit.'))).toEqual([]);
      await page.close();
    });

    it(`keeps at most ${MAX_AUDIT_RECORDS} records: a credential generated on a full log pushes out the oldest`, async () => {
      const start = Date.now() - 24 * 60 * 60 * 1000;
      const full = Array.from({ length: MAX_AUDIT_RECORDS }, (_, i) => ({
        schemaVersion: 1,
        id: i.toString(16).padStart(32, '0'),
        at: new Date(start + i * 1000).toISOString(),
        kind: 'item-expired',
        credentialName: `old-${i}`,
      }));
      // Written as the one array earlier versions kept, in place of whatever log is there: the
      // background moves it into chunks at the next event, as on every installed copy after an update.
      const auditKeys = Object.keys((await extensionStorage(browser().worker!)).local).filter((key) => key === AUDIT_INDEX_KEY || auditChunkId(key) !== undefined);
      await removeLocalStorage(browser().worker!, auditKeys);
      await writeLocalStorage(browser().worker!, { [AUDIT_LEGACY_LOG_KEY]: full });
      const page = await openConsole(browser().browser, consoleUrl('console.us-langley-1.oraclegovcloud.com', REPLICA_PATHS.myCredentials));
      await generateCredential(page, DRAFT);
      await expect.poll(async () => (await auditKinds()).at(-1), { timeout: 10_000, interval: 100 }).toBe('credential-generated');
      const stored = await storedAuditRecords(browser().worker!);
      expect(stored).toHaveLength(MAX_AUDIT_RECORDS);
      expect(stored.slice(0, -1)).toEqual(full.slice(1));
      expect(await readLocalStorage(browser().worker!, AUDIT_LEGACY_LOG_KEY)).toBeUndefined();
      await page.close();

      const options = await openOptions(browser().browser, browser().extensionId!);
      await options.waitForSelector(`[data-shown="${MAX_AUDIT_RECORDS}"]`);
      // The table draws the newest page; more on request.
      const kinds = await kindsShown(options);
      expect(kinds).toHaveLength(AUDIT_PAGE_ROWS);
      expect(kinds[0]).toBe('credential-generated');
      await options.click(`button::-p-text(Show ${AUDIT_PAGE_ROWS} more)`);
      await options.waitForFunction((rows) => document.querySelectorAll('.audit-table tbody tr').length === rows, {}, 2 * AUDIT_PAGE_ROWS);
      const last = await options.$eval('.audit-table tbody tr:last-child', (row) => (row as HTMLElement).dataset.recordId);
      expect(last).toBe(full[MAX_AUDIT_RECORDS - 2 * AUDIT_PAGE_ROWS + 1]!.id);
      await options.close();
    });
  });
}
