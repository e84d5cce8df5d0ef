import { serviceFrame } from '../../tests/e2e/harness/page-frames.mjs';
import { BENCH_PAGES } from './console-pages.mjs';
import { armCaptureProbe, closeSecretDialog, openAndTime, readCaptureProbe, recordHosts } from './console-page.mjs';
import { openBenchPage } from './open-page.mjs';
import { traceLongTasks } from './page-metrics.mjs';

// Capture latency: a trusted click (puppeteer's mouse) on <ocg-capture>'s button → its
// data-state="captured", both on the service frame's page clock. The first capture in a page also
// loads the sealer (age) into the content script; the following ones do not.

const STEP_TIMEOUT_MS = 2_000;
const CAPTURE_TIMEOUT_MS = 10_000;

async function captureOnce(frame) {
  await frame.evaluate(openAndTime, 'panel', [], STEP_TIMEOUT_MS);
  await frame.evaluate(openAndTime, 'dialog', ['ocg-capture'], STEP_TIMEOUT_MS);
  await frame.waitForSelector('ocg-capture[data-state="idle"]');
  await frame.evaluate(armCaptureProbe);
  const button = await frame.waitForSelector('ocg-capture >>> button');
  await button.click();
  await button.dispose();
  const probe = await frame.evaluate(readCaptureProbe, CAPTURE_TIMEOUT_MS);
  if (probe.state !== 'captured' || probe.clickAt === null || probe.capturedAt === null) {
    throw new Error(`Capture did not complete: data-state=${probe.state}, click seen: ${probe.clickAt !== null}.`);
  }
  await frame.evaluate(closeSecretDialog, STEP_TIMEOUT_MS);
  return probe.capturedAt - probe.clickAt;
}

/**
 * `captures` captures in one page: their latencies in ms, the first one first. With `traceCode`,
 * the captures run under a trace and their long tasks are returned too.
 */
export async function measureCaptures(bench, { captures, traceCode }) {
  const { page } = await openBenchPage(bench.contexts.with, BENCH_PAGES.flow);
  try {
    const frame = await serviceFrame(page);
    await frame.waitForSelector('ocg-realm-banner');
    await frame.evaluate(recordHosts);
    const stopTrace = traceCode ? await traceLongTasks(page, traceCode) : undefined;
    const latencies = [];
    for (let capture = 0; capture < captures; capture += 1) latencies.push(await captureOnce(frame));
    return { latencies, longTasks: await stopTrace?.() };
  } finally {
    await page.close();
  }
}
