// The capture budget must hold however full the audit log is: each capture appends to it, and a
// security team keeps it for months. The bench fills it to its cap (MAX_AUDIT_RECORDS in
// utils/audit/retention.ts) before a second series of captures.

// The functions given to page.evaluate run on an extension page, where the extension API is `chrome`.
/* global chrome */

export const FULL_AUDIT_LOG = 5_000;

/** Runs `work(page)` on an extension page of the build (its storage and its background). */
async function onExtensionPage(bench, work) {
  const page = await bench.contexts.with.newPage();
  try {
    await page.goto(`${bench.extensionOrigin}popup.html`);
    return await work(page);
  } finally {
    await page.close();
  }
}

/** The log as the options page gets it (`audit/list`: the background reads, and first upgrades, the stored log). */
const listAudit = (page) =>
  page.evaluate(async () => {
    const reply = await chrome.runtime.sendMessage({ type: 'audit/list' });
    if (!reply?.ok) throw new Error(`audit/list failed: ${reply?.error ?? 'no answer'}`);
    return { records: reply.value.records.length, unreadable: reply.value.unreadable };
  });

/** Fails the bench unless the log holds `count` records and the extension refused none of the bench's. */
function expectHolds(held, count) {
  if (held.records !== count || held.unreadable !== 0) {
    throw new Error(`The audit log holds ${held.records} records (${held.unreadable} refused), not ${count}: fix scripts/bench/audit-log.mjs.`);
  }
}

export async function assertAuditLogHolds(bench, count) {
  expectHolds(await onExtensionPage(bench, listAudit), count);
}

/**
 * Stores `count` credential-generated records, the last a minute ago, as the `audit.log` array of
 * versions before the chunked log (what an updated copy finds), then has the background read it once,
 * which moves it into chunks. Returns how long that one-time upgrade took, in ms.
 */
export async function fillAuditLog(bench, count) {
  return onExtensionPage(bench, async (page) => {
    await page.evaluate(async (count) => {
      const hex = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
      const now = Date.now();
      const records = Array.from({ length: count }, (_, index) => ({
        schemaVersion: 1,
        id: hex(),
        at: new Date(now - (count - index) * 60_000).toISOString(),
        kind: 'credential-generated',
        credentialName: `bench-credential-${index}`,
        realm: 'oc2',
        region: 'us-langley-1',
        pairs: [{ audience: 'urn:opc:idm:__myscopes__', scope: 'urn:opc:resource:consumer::all' }],
        findings: [{ id: 'broad-scope', severity: 'warning', title: 'The scope grants every resource of the audience.' }],
        exemptions: [],
      }));
      await chrome.storage.local.set({ 'audit.log': records });
    }, count);
    const started = Date.now();
    const held = await listAudit(page);
    const upgradeMs = Date.now() - started;
    expectHolds(held, count);
    return upgradeMs;
  });
}
