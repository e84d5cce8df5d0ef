import { countOcg } from '../../tests/e2e/harness/page-frames.mjs';
import { openConsole } from '../../tests/e2e/harness/replica-server.mjs';
import { recordIdleAfterLoad } from './console-page.mjs';
import { mainThreadTime, traceLongTasks } from './page-metrics.mjs';

// One bench page: a fresh tab in the context under test (so its renderer's totals are this run's),
// served the replica, with its main-thread time and load-to-idle recorded from before navigation.

/**
 * Opens `spec.url` in `context`. Returns the page, a reader of its task and script time, its
 * load-to-idle ms and, with `traceCode` (the extension's { origin, worldName }), a function that stops the trace
 * begun before navigation and returns its long tasks.
 */
export async function openBenchPage(context, spec, { traceCode } = {}) {
  let readTime;
  let stopTrace;
  const page = await openConsole(context, spec.url, {
    beforeLoad: async (opened) => {
      readTime = await mainThreadTime(opened);
      await opened.evaluateOnNewDocument(recordIdleAfterLoad);
      if (traceCode) stopTrace = await traceLongTasks(opened, traceCode);
    },
  });
  const idleMs = await page.evaluate(() => globalThis.__benchIdleAt);
  return { page, readTime, idleMs, stopTrace };
}

/**
 * Guards the method itself: with the extension, a page with credentials UI must have our elements;
 * without it (or on a page without credentials UI) there must be none.
 */
export async function expectOwnUi(page, spec, variant) {
  const expected = spec.showsUi && variant === 'with';
  const count = await countOcg(page);
  if (expected && count === 0) throw new Error(`No ocg-* element on "${spec.label}" with the extension: did its content script run?`);
  if (!expected && count > 0) throw new Error(`${count} ocg-* element(s) on "${spec.label}" ${variant} the extension: the comparison is not clean.`);
}
