// What a capture costs with a full audit log (issue 8: capture ≤ 100 ms). Writes the log as every
// installed copy before the chunked log stored it (one `audit.log` array of MAX_AUDIT_RECORDS
// records made with createAuditRecord) into storage.local from the service worker, then times
// captures on the replica as `npm run bench` does (click → data-state="captured"). The first capture
// also pays for moving that array into chunks; it is reported apart. Needs `npm run build` first.
//   node scripts/bench-audit-log.mjs [--captures 11] [--records 5000]
/* global chrome -- evaluated in the extension's service worker */
import { argv, stdout } from 'node:process';
import { parseArgs } from 'node:util';
import { createJiti } from 'jiti';
import { launchBrowser } from '../tests/e2e/harness/launch-browser.mjs';
import { REPO_ROOT } from '../tests/e2e/harness/paths.mjs';
import { measureCaptures } from './bench/capture.mjs';
import { median } from './bench/stats.mjs';

const { values: options } = parseArgs({ args: argv.slice(2), options: { captures: { type: 'string', default: '11' }, records: { type: 'string' } } });
const jiti = createJiti(import.meta.url, { alias: { '@': REPO_ROOT } });
const { createAuditRecord } = await jiti.import('../utils/audit/record.ts');
const { MAX_AUDIT_RECORDS } = await jiti.import('../utils/audit/retention.ts');
const { GENERATED } = await jiti.import('../tests/unit/audit/fixtures.ts');

const start = Date.now() - 24 * 60 * 60 * 1000;
const legacy = Array.from({ length: Number(options.records ?? MAX_AUDIT_RECORDS) }, (_, i) => createAuditRecord({ ...GENERATED, credentialName: `bench-${i}` }, new Date(start + i * 1000)));

/** Evaluated in the service worker: how many audit records storage.local holds, in either format. */
async function storedCount() {
  const stored = await chrome.storage.local.get(null);
  const index = stored['audit.log.index'];
  return index ? index.chunks.reduce((sum, chunk) => sum + chunk.count, 0) : (stored['audit.log'] ?? []).length;
}

const launched = await launchBrowser({ extension: true });
try {
  await launched.worker.evaluate((log) => chrome.storage.local.set({ 'audit.log': log }), legacy);
  const bytes = await launched.worker.evaluate(() => chrome.storage.local.getBytesInUse(null));
  const { latencies } = await measureCaptures({ contexts: { with: launched.browser.defaultBrowserContext() } }, { captures: Number(options.captures) });
  const [first, ...rest] = latencies;
  stdout.write(
    `${legacy.length} records (${(bytes / 1e6).toFixed(2)} MB stored) → capture: first ${first.toFixed(0)} ms, ` +
      `then p50 ${median(rest).toFixed(0)} ms, max ${Math.max(...rest).toFixed(0)} ms (${rest.length} captures: ${rest.map((ms) => ms.toFixed(0)).join(', ')}); ` +
      `records stored after: ${await launched.worker.evaluate(storedCount)}\n`,
  );
} finally {
  await launched.close();
}
