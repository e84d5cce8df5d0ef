import { serviceFrame } from '../../tests/e2e/harness/page-frames.mjs';
import { alternate } from './contexts.mjs';
import { BENCH_PAGES, STORM } from './console-pages.mjs';
import { expectOwnUi, openBenchPage } from './open-page.mjs';
import { traceLongTasks } from './page-metrics.mjs';

// The mutation storm: on the credentials list (where the extension watches and detects), the
// replica rewrites thousands of nodes a second; we compare the page's main-thread time during the
// storm with and without the extension.

async function stormOnce(context, variant, traceCode) {
  const spec = BENCH_PAGES.storm;
  const { page, readTime } = await openBenchPage(context, spec);
  try {
    const frame = await serviceFrame(page);
    // The list is there; with the extension, so is its banner: the storm starts on a settled page.
    await frame.waitForSelector(variant === 'with' ? 'ocg-realm-banner' : 'main [role="table"]');
    await expectOwnUi(page, spec, variant);
    const before = await readTime();
    const stopTrace = traceCode ? await traceLongTasks(page, traceCode) : undefined;
    const storm = await frame.evaluate((ms) => globalThis.__replica.storm(ms), STORM.ms);
    const longTasks = await stopTrace?.();
    const after = await readTime();
    const spent = Object.fromEntries(Object.keys(after).map((key) => [key, after[key] - before[key]]));
    return { ...spent, nodes: storm.nodes, longTasks };
  } finally {
    await page.close();
  }
}

/** `pairs` alternating storms: `{ with: [...], without: [...] }` of `{ taskMs, scriptMs, cpuMs, nodes }`. */
export function measureStorms(bench, { pairs }) {
  return alternate(pairs, (variant) => stormOnce(bench.contexts[variant], variant));
}

/** One traced storm with the extension: its long tasks. */
export async function traceStorm(bench) {
  const { longTasks } = await stormOnce(bench.contexts.with, 'with', bench.extensionCode);
  return longTasks;
}
