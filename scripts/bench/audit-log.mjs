// The capture budget must hold however full the audit log is: each capture appends to it, and a
// security team keeps it for months. The bench fills it to its cap (MAX_AUDIT_RECORDS in
// utils/audit/retention.ts) before a second series of captures.

export const FULL_AUDIT_LOG = 5_000;

/**
 * Writes `count` credential-generated records, the last a minute ago, as the stored log
 * (`audit.log` in storage.local, the array every installed copy has kept), from an extension page.
 */
export async function fillAuditLog(bench, count) {
  const page = await bench.contexts.with.newPage();
  try {
    await page.goto(`${bench.extensionOrigin}popup.html`);
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
  } finally {
    await page.close();
  }
}

/** Fails the bench when the extension refused the bench's records (they would not be a full log). */
export async function assertAuditLogReadable(bench) {
  const page = await bench.contexts.with.newPage();
  try {
    await page.goto(`${bench.extensionOrigin}popup.html`);
    const unreadable = await page.evaluate(async () => (await chrome.storage.local.get('audit.unreadable'))['audit.unreadable'] ?? 0);
    if (unreadable !== 0) throw new Error(`The extension refused ${unreadable} of the bench's audit records: fix scripts/bench/audit-log.mjs.`);
  } finally {
    await page.close();
  }
}
