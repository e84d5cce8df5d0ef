// Long tasks (> 50 ms on a renderer's main thread) in a Chromium trace, and which of them the
// extension is to blame for. Extension code is any trace event whose script URL is on the
// extension's origin (the content script's listeners, observer and frame callbacks; compiling the
// sealer) or that runs in the content scripts' isolated world, named after the extension (evaluating
// the sealer). A task is attributable when the extension's code in it ran longer than a long task
// itself, or when the task would not have been long without that code's time. Promise
// continuations carry neither mark, so the extension's share is a lower bound.

export const LONG_TASK_MS = 50;

/**
 * `events`: trace events (`traceEvents` of a Chromium trace). `extension`: `{ origin, worldName }`,
 * e.g. `chrome-extension://<id>/` and the extension's name. Every long task, with the extension's time inside it.
 */
export function longTasksIn(events, extension) {
  const mainThreads = new Set(
    events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map(threadOf),
  );
  const onMain = events.filter((event) => event.ph === 'X' && mainThreads.has(threadOf(event)));
  const tasks = onMain.filter((event) => event.name === 'RunTask' && event.dur > LONG_TASK_MS * 1000);
  const isExtensionCode = (event) => scriptUrlOf(event)?.startsWith(extension.origin) || event.args?.worldName === extension.worldName;
  const extensionCalls = outermost(onMain.filter((event) => event.name !== 'RunTask' && isExtensionCode(event)));
  return tasks.map((task) => {
    const inside = extensionCalls.filter((call) => threadOf(call) === threadOf(task) && call.ts >= task.ts && call.ts < task.ts + task.dur);
    const extensionMs = inside.reduce((sum, call) => sum + call.dur, 0) / 1000;
    const durationMs = task.dur / 1000;
    const attributable = extensionMs > LONG_TASK_MS || (extensionMs > 0 && durationMs - extensionMs <= LONG_TASK_MS);
    return { durationMs, extensionMs, attributable };
  });
}

function threadOf(event) {
  return `${event.pid}:${event.tid}`;
}

function scriptUrlOf(event) {
  const data = event.args?.data;
  return typeof data?.url === 'string' ? data.url : undefined;
}

// Extension calls nested in other extension calls (a callback inside a call) are counted once.
function outermost(calls) {
  const sorted = [...calls].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const kept = [];
  const openUntil = new Map();
  for (const call of sorted) {
    const thread = threadOf(call);
    if (call.ts < (openUntil.get(thread) ?? -Infinity)) continue;
    kept.push(call);
    openUntil.set(thread, call.ts + call.dur);
  }
  return kept;
}
