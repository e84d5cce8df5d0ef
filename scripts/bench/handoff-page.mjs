// Package creation on the handoff page itself, as an administrator makes it: a capture leaves an
// item in the vault, the popup's "Open handoff" opens it, then "Make encrypted package" with the
// generated passphrase (scrypt in the page's Worker) until the armored package is shown. Meanwhile
// the page counts its animation frames: frames dropped = what a 60 Hz display shows in that time
// minus the frames drawn; the longest gap between two frames says whether the UI was blocked. The
// frames are counted until the second frame after the package is in the DOM: the first one begins
// the rendering that lays out and paints it, and only the next one says when that work ended. The
// same count over an idle stretch of the same length, right after, is the baseline: headless
// Chromium on a loaded machine drops frames with no work at all.
/* global window, document, addEventListener, requestAnimationFrame, MutationObserver -- in functions evaluated in the page */
import { measureCaptures } from './capture.mjs';

const FRAME_MS = 1000 / 60;
const MAKE_TIMEOUT_MS = 60_000;

/** The handoff page of the first item in the popup, opened by its "Open handoff" button. */
async function openHandoffPage(bench) {
  const popup = await bench.browser.newPage();
  try {
    await popup.goto(`${bench.extensionOrigin}popup.html`, { waitUntil: 'load' });
    const opened = bench.browser.waitForTarget((target) => target.url().startsWith(`${bench.extensionOrigin}handoff.html`), { timeout: 10_000 });
    await popup.locator('::-p-aria(Open handoff)').click();
    const page = await (await opened).page();
    if (!page) throw new Error('The popup opened the handoff page, but it is not a page.');
    await page.waitForSelector('main[data-state]:not([data-state="loading"])');
    return page;
  } finally {
    // The popup closes itself once it has opened the tab.
    if (!popup.isClosed()) await popup.close().catch(() => undefined);
  }
}

/** In the page: from now on, every animation frame's time; the first click's time; when #armored-package appears. */
function startFrameLog() {
  const log = { frames: [], clickAt: null, shownAt: null };
  window.__benchFrameLog = log;
  const tick = (at) => {
    log.frames.push(at);
    if (window.__benchFrameLog === log) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  addEventListener('click', (event) => (log.clickAt ??= event.timeStamp), { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (document.getElementById('armored-package')) {
      log.shownAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

/** In the page: the time of the second frame after `at` (page clock) once there is one, else null. */
function secondFrameAfter(at) {
  return window.__benchFrameLog.frames.filter((frame) => frame > at)[1] ?? null;
}

/** In the page: the frames of [from, to] (page clock), and stops the log. */
function framesBetween(from, to) {
  const log = window.__benchFrameLog;
  window.__benchFrameLog = null;
  const inside = log.frames.filter((at) => at >= from && at <= to);
  const edges = [from, ...inside, to];
  const gaps = edges.slice(1).map((at, index) => at - edges[index]);
  const longestGap = Math.max(...gaps);
  // Where it began, in ms after `from`: tells the Worker's start from the result's arrival.
  const longestGapFrom = edges[gaps.indexOf(longestGap)] - from;
  return { drawn: inside.length, longestGap, longestGapFrom };
}

function dropped(ms, drawn) {
  return Math.max(0, Math.round(ms / FRAME_MS) - drawn);
}

/**
 * `runs` packages made on the handoff page: per run, ms from the click to the package shown, and
 * frames from the click until the package is painted and during an idle stretch as long.
 */
export async function measureHandoffPage(bench, { runs }) {
  // The item to hand over, so that this group also runs alone (`--only package`).
  await measureCaptures(bench, { captures: 1 });
  const page = await openHandoffPage(bench);
  try {
    const samples = [];
    for (let run = 0; run < runs; run += 1) {
      await page.evaluate(startFrameLog);
      await page.locator('::-p-aria(Make encrypted package)').click();
      await page.waitForSelector('#armored-package', { timeout: MAKE_TIMEOUT_MS });
      const { clickAt, shownAt } = await page.evaluate(() => window.__benchFrameLog);
      const ms = shownAt - clickAt;
      const paintedAt = await (await page.waitForFunction(secondFrameAfter, { timeout: MAKE_TIMEOUT_MS }, shownAt)).jsonValue();
      const busyMs = paintedAt - clickAt;
      const busy = await page.evaluate(framesBetween, clickAt, paintedAt);
      await page.evaluate(startFrameLog);
      const idleFrom = await page.evaluate(() => performance.now());
      await new Promise((resolve) => setTimeout(resolve, busyMs));
      const idle = await page.evaluate(framesBetween, idleFrom, idleFrom + busyMs);
      samples.push({
        ms,
        paintedMs: busyMs,
        busy: { ...busy, dropped: dropped(busyMs, busy.drawn) },
        idle: { ...idle, dropped: dropped(busyMs, idle.drawn) },
      });
      await page.locator('::-p-aria(Make another package)').click();
      await page.locator('::-p-aria(Make encrypted package)').wait();
    }
    return samples;
  } finally {
    await page.close();
  }
}
