import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IN_PAGE_BUDGET_BYTES, formatKb, inPageBytes, measureBuild } from '../../scripts/bundle-sizes.mjs';
import { EXTENSION_DIR } from './harness';

// The deterministic part of the performance budget (issue 8), on the build the e2e tests load:
// timing budgets belong to `npm run bench`, sizes are checked on every test run.

const rows = measureBuild();
const STARTED = 'wxt:content-script-started';
const WXT_CONTEXT = join(import.meta.dirname, '../../node_modules/wxt/dist/utils/content-script-context.mjs');
const contentScripts = rows.filter((row) => row.file.startsWith('content-scripts/') && row.file.endsWith('.js'));

describe('bundle sizes', () => {
  it('measures the content script among the built files', () => {
    expect(contentScripts.map((row) => row.file)).toContain('content-scripts/console.js');
  });

  it(`keeps the in-page script within ${formatKb(IN_PAGE_BUDGET_BYTES)} minified`, () => {
    const sizes = contentScripts.map((row) => `${row.file} ${formatKb(row.bytes)}`).join(', ');
    expect(inPageBytes(rows), `in-page script: ${sizes}`).toBeLessThanOrEqual(IN_PAGE_BUDGET_BYTES);
  });

  // Markers that survive minification: zod's type names, age's header line.
  it.each([
    ['full zod', '$ZodType'],
    ['age', 'age-encryption.org/v1'],
  ])('keeps %s out of the content script (it loads only where needed)', (_library, marker) => {
    for (const row of contentScripts) expect(readFileSync(join(EXTENSION_DIR, row.file), 'utf8')).not.toContain(marker);
  });

  // WXT's own context posts "<extension id>:…:wxt:content-script-started" to the page; ours is swapped in.
  it('announces nothing to the page: no start-up event of WXT in the content script', () => {
    for (const row of contentScripts) expect(readFileSync(join(EXTENSION_DIR, row.file), 'utf8')).not.toContain(STARTED);
    expect(readFileSync(WXT_CONTEXT, 'utf8'), 'the marker is what WXT sends').toContain(STARTED);
  });

  it('finds those markers where the libraries are bundled, so the check above can fail', () => {
    expect(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8')).toContain('$ZodType');
    expect(readFileSync(join(EXTENSION_DIR, 'sealer.js'), 'utf8')).toContain('age-encryption.org/v1');
  });
});
