// Prints the size of every built script and page of the Chromium build, minified and gzipped,
// next to the in-page budget. Exits non-zero when the content script misses its budget.
import { exit, stderr, stdout } from 'node:process';
import { IN_PAGE_BUDGET_BYTES, formatKb, inPageBytes, measureBuild } from './bundle-sizes.mjs';

let rows;
try {
  rows = measureBuild();
} catch (error) {
  stderr.write(`${error.message}\n`);
  exit(1);
}
stdout.write(`${'file'.padEnd(44)} ${'minified'.padStart(10)} ${'gzip'.padStart(10)}\n`);
for (const row of rows) stdout.write(`${row.file.padEnd(44)} ${formatKb(row.bytes).padStart(10)} ${formatKb(row.gzip).padStart(10)}\n`);
const total = inPageBytes(rows);
const ok = total <= IN_PAGE_BUDGET_BYTES;
stdout.write(`\nin-page script: ${formatKb(total)} (budget ${formatKb(IN_PAGE_BUDGET_BYTES)}) ${ok ? 'OK' : 'OVER BUDGET'}\n`);
exit(ok ? 0 : 1);
