import { alternate } from './contexts.mjs';
import { BENCH_PAGES } from './console-pages.mjs';
import { expectOwnUi, openBenchPage } from './open-page.mjs';
import { delay } from './page-metrics.mjs';

// Page load with and without the extension: the page's main-thread task and script time up to a
// moment after it went idle, and the time from navigation to the first 50 ms idle period after load.

/** After idle, late work of the extension (its policy answer, a re-render) still counts. */
const SETTLE_MS = 500;
export const LOAD_PAGES = ['heavy', 'credentials'];

async function loadOnce(context, spec, variant, traceCode) {
  const { page, readTime, idleMs, stopTrace } = await openBenchPage(context, spec, { traceCode });
  try {
    await delay(SETTLE_MS);
    const time = await readTime();
    const longTasks = await stopTrace?.();
    await expectOwnUi(page, spec, variant);
    return { ...time, idleMs, longTasks };
  } finally {
    await page.close();
  }
}

/** `pairs` alternating runs per page: `{ [page]: { with: [...], without: [...] } }` of `{ taskMs, scriptMs, cpuMs, idleMs }`. */
export async function measureLoads(bench, { pairs }) {
  const samples = {};
  for (const key of LOAD_PAGES) {
    samples[key] = await alternate(pairs, (variant) => loadOnce(bench.contexts[variant], BENCH_PAGES[key], variant));
  }
  return samples;
}

/** One traced load of `key` with the extension: its long tasks. */
export async function traceLoad(bench, key) {
  const { longTasks } = await loadOnce(bench.contexts.with, BENCH_PAGES[key], 'with', bench.extensionCode);
  return longTasks;
}
