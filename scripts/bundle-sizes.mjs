// Sizes of the built Chromium extension: every script and page, minified (as built) and gzipped,
// and the in-page script's budget. Shared by `npm run size`, `npm run bench` and the size test.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../tests/e2e/harness/paths.mjs';

/** The content script runs on every Console page a user opens: issue 8's budget, minified. */
export const IN_PAGE_BUDGET_BYTES = 40 * 1024;

/** `{ file, bytes, gzip }` for each .js, .html and .css file of the build, by path. */
export function measureBuild(outDir = EXTENSION_DIR) {
  if (!existsSync(join(outDir, 'manifest.json'))) throw new Error(`No build at ${outDir}: run \`npm run build\` first.`);
  return [...files(outDir)]
    .map((path) => {
      const bytes = readFileSync(path);
      return { file: relative(outDir, path), bytes: bytes.length, gzip: gzipSync(bytes).length };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** The in-page script: every content script file, minified bytes summed. */
export function inPageBytes(rows) {
  return rows.filter((row) => row.file.startsWith('content-scripts/') && row.file.endsWith('.js')).reduce((sum, row) => sum + row.bytes, 0);
}

export function formatKb(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(js|html|css)$/.test(name)) yield path;
  }
}
