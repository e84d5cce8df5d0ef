import { Buffer } from 'node:buffer';
import { longTasksIn } from './long-tasks.mjs';

// Two ways to see what a page's main thread did: Chromium's Performance metrics (cheap, cumulative
// task and script time of the page's renderer) and a trace (costly, but it says which long task ran
// whose code). Pages are fresh for each run, so their renderer's totals are the run's.

/**
 * Attaches to `page` now (before it navigates); the returned function reads, in ms, the main
 * thread's task and script time (wall clock) and its CPU time (`ThreadTime`: what the thread
 * itself spent, hardly changed by other processes competing for the cores).
 */
export async function mainThreadTime(page) {
  const session = await page.createCDPSession();
  await session.send('Performance.enable');
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    const value = (name) => (metrics.find((metric) => metric.name === name)?.value ?? Number.NaN) * 1000;
    return { taskMs: value('TaskDuration'), scriptMs: value('ScriptDuration'), cpuMs: value('ThreadTime') };
  };
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

/** Starts a trace of `page`; the returned function stops it and returns the long tasks, with the share of `extension` ({ origin, worldName }). */
export async function traceLongTasks(page, extension) {
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  return async () => {
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    return longTasksIn(trace.traceEvents ?? trace, extension);
  };
}

export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
