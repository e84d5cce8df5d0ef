// Prints the size of every built script and page of the Chromium build, minified and gzipped,
// next to the in-page budget. Exits non-zero when the content script misses its budget.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.output/chrome-mv3');
const CONTENT_BUDGET = 40 * 1024;

if (!existsSync(join(out, 'manifest.json'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(js|html|css)$/.test(name)) yield path;
  }
}

export function measure() {
  return [...files(out)].map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(out, path), bytes: bytes.length, gzip: gzipSync(bytes).length };
  }).sort((a, b) => a.file.localeCompare(b.file));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measure();
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`${'file'.padEnd(44)} ${'minified'.padStart(10)} ${'gzip'.padStart(10)}`);
  for (const r of rows) console.log(`${r.file.padEnd(44)} ${kb(r.bytes).padStart(10)} ${kb(r.gzip).padStart(10)}`);
  const content = rows.filter((r) => r.file.startsWith('content-scripts/') && r.file.endsWith('.js'));
  const total = content.reduce((n, r) => n + r.bytes, 0);
  const ok = total <= CONTENT_BUDGET;
  console.log(`\nin-page script: ${kb(total)} (budget ${kb(CONTENT_BUDGET)}) ${ok ? 'OK' : 'OVER BUDGET'}`);
  process.exit(ok ? 0 : 1);
}
