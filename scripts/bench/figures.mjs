import { formatKb, inPageBytes } from '../bundle-sizes.mjs';
import { BUDGETS } from './budgets.mjs';
import { BENCH_PAGES } from './console-pages.mjs';
import { VIEW_NAMES } from './reaction-hosts.mjs';
import { figure } from './report.mjs';
import { median, medianRatio, percentile } from './stats.mjs';

// Measurements → the rows of the table, each with its budget from budgets.mjs.

const ms = (value) => `${value.toFixed(1)} ms`;

function ratioFigure(group, name, samples, metric, max) {
  const withExtension = samples.with.map((sample) => sample[metric]);
  const withoutExtension = samples.without.map((sample) => sample[metric]);
  // The spread of the pairs' own ratios says how much of the difference is noise.
  const pairRatios = withExtension.map((value, pair) => value / withoutExtension[pair]);
  return figure({
    group,
    name,
    value: medianRatio(withExtension, withoutExtension),
    unit: 'ratio',
    max,
    detail:
      `with ${ms(median(withExtension))}, without ${ms(median(withoutExtension))} (medians of ${withExtension.length}); ` +
      `pair ratios ${Math.min(...pairRatios).toFixed(2)}–${Math.max(...pairRatios).toFixed(2)}`,
  });
}

export function loadFigures(loads) {
  return Object.entries(loads).flatMap(([key, samples]) => {
    const page = BENCH_PAGES[key].label;
    return [
      ratioFigure('load', `${page}: main-thread task time`, samples, 'taskMs', BUDGETS.overheadRatio),
      ratioFigure('load', `${page}: main-thread CPU time`, samples, 'cpuMs', BUDGETS.overheadRatio),
      ratioFigure('load', `${page}: script time`, samples, 'scriptMs', BUDGETS.overheadRatio),
      ratioFigure('load', `${page}: load-to-idle`, samples, 'idleMs', BUDGETS.overheadRatio),
    ];
  });
}

export function stormFigures(storms) {
  return [
    ratioFigure('storm', `${BENCH_PAGES.storm.label}: main-thread task time`, storms, 'taskMs', BUDGETS.overheadRatio),
    ratioFigure('storm', 'the same: main-thread CPU time', storms, 'cpuMs', BUDGETS.overheadRatio),
    ratioFigure('storm', 'the same: script time (no budget: the page script is tiny)', storms, 'scriptMs', undefined),
  ];
}

/** `traced`: `{ what, longTasks }[]` from traced runs with the extension. */
export function longTaskFigures(traced) {
  const all = traced.flatMap((run) => run.longTasks);
  const ranExtension = all.filter((task) => task.extensionMs > 0);
  const blamed = traced.flatMap((run) =>
    run.longTasks.filter((task) => task.attributable).map((task) => `${run.what} ${ms(task.durationMs)} (ours ${ms(task.extensionMs)})`),
  );
  return [
    figure({
      group: 'long tasks',
      name: 'long tasks (> 50 ms) attributable to the extension',
      value: blamed.length,
      unit: 'count',
      max: BUDGETS.attributableLongTasks,
      detail:
        `${blamed.length ? `${blamed.join(', ')}; ` : ''}traced: ${traced.map((run) => run.what).join(', ')}; ` +
        `${all.length} long task(s) in all, ${ranExtension.length} ran extension code`,
    }),
  ];
}

export function reactionFigures(reactions) {
  return reactions.flatMap(({ on, host, latencies, inFirstFrame }) => {
    // A host that never came counts as infinitely late: p95 then fails unless it is rare.
    const values = latencies.map((latency) => latency ?? Number.POSITIVE_INFINITY);
    const missing = latencies.filter((latency) => latency === null).length;
    const where = `${VIEW_NAMES[on]} → <${host}>`;
    const detail = `${values.length} openings; in the first frame after insertion: ${inFirstFrame}/${values.length}${missing ? `; never came: ${missing}` : ''}`;
    return [
      figure({ group: 'reaction', name: `${where}, p50`, value: percentile(values, 50), unit: 'ms', detail }),
      figure({ group: 'reaction', name: `${where}, p95`, value: percentile(values, 95), unit: 'ms', max: BUDGETS.reactionP95Ms, detail }),
    ];
  });
}

/** The first capture of a page and the p95 of the later ones; `when` names the conditions, if any. */
export function captureFigures(latencies, when = '') {
  const [first, ...rest] = latencies;
  return [
    figure({ group: 'capture', name: `first capture in a page (loads the sealer)${when}`, value: first, unit: 'ms', max: BUDGETS.captureMs }),
    figure({
      group: 'capture',
      name: `later captures, p95${when}`,
      value: percentile(rest, 95),
      unit: 'ms',
      max: BUDGETS.captureMs,
      detail: `${rest.length} captures, p50 ${ms(percentile(rest, 50))}`,
    }),
  ];
}

/** Captures with the audit log at its cap, after its one-time move from the array of earlier versions into chunks. */
export function fullAuditLogFigures({ latencies, upgradeMs }, records) {
  const full = records.toLocaleString('en');
  return [
    figure({ group: 'capture', name: `audit log of ${full} records moved into chunks (once, after an update)`, value: upgradeMs, unit: 'ms' }),
    ...captureFigures(latencies, `, audit log full (${full} records)`),
  ];
}

export function packageFigures(created, handoff) {
  const where = 'Chromium, extension page main thread';
  const idleDropped = median(handoff.map((run) => run.idle.dropped));
  const idleGap = Math.max(...handoff.map((run) => run.idle.longestGap));
  const worstRun = handoff.reduce((worst, run) => (run.busy.longestGap > worst.busy.longestGap ? run : worst));
  const worstBusy = worstRun.busy;
  return [
    figure({
      group: 'package',
      name: `passphrase (scrypt, work factor ${created.workFactor})`,
      value: created.passphraseMedian,
      unit: 'ms',
      detail: `${where}, median of ${created.passphrase.length}`,
    }),
    figure({ group: 'package', name: 'X25519 recipient', value: created.x25519Median, unit: 'ms', detail: `${where}, median of ${created.x25519.length}` }),
    figure({
      group: 'package',
      name: 'handoff page: Make encrypted package (passphrase, scrypt in its Worker) → package shown',
      value: median(handoff.map((run) => run.ms)),
      unit: 'ms',
      detail: `median of ${handoff.length}`,
    }),
    figure({
      group: 'package',
      name: 'handoff page: frames dropped while scrypt runs',
      value: median(handoff.map((run) => run.busy.dropped)),
      unit: 'count',
      detail: `median of ${handoff.length} (of ~${Math.round(median(handoff.map((run) => run.paintedMs)) / (1000 / 60))} at 60 Hz, click to package painted); idle baseline of the same length: ${idleDropped}`,
    }),
    figure({
      group: 'package',
      name: 'handoff page: longest gap between frames while scrypt runs',
      value: worstBusy.longestGap,
      unit: 'ms',
      max: BUDGETS.handoffFrameGapMs,
      detail: `worst of ${handoff.length}, from ${worstBusy.longestGapFrom.toFixed(0)} ms after the click (package in the DOM at ${worstRun.ms.toFixed(0)} ms, painted by ${worstRun.paintedMs.toFixed(0)} ms); idle baseline: ${ms(idleGap)}`,
    }),
  ];
}

export function sizeFigures(rows) {
  return [
    ...rows.map((row) => figure({ group: 'size', name: row.file, value: row.bytes, unit: 'kB', detail: `minified; ${formatKb(row.gzip)} gzipped` })),
    figure({ group: 'size', name: 'in-page script (content-scripts/*.js)', value: inPageBytes(rows), unit: 'kB', max: BUDGETS.inPageBytes, detail: 'minified' }),
  ];
}
