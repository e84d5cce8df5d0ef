import { describe, expect, it } from 'vitest';
import { longTasksIn, type TraceEvent } from '../../../scripts/bench/long-tasks.mjs';

const EXTENSION = { origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/', worldName: 'OCI Credential Guard' };
const CONTENT_SCRIPT = `${EXTENSION.origin}content-scripts/console.js`;
const PAGE = { pid: 7, tid: 7 };
const OTHER_RENDERER = { pid: 9, tid: 9 };

const thread = (where: { pid: number; tid: number }, name: string): TraceEvent => ({ ...where, ph: 'M', ts: 0, name: 'thread_name', args: { name } });
const task = (startMs: number, ms: number, where = PAGE): TraceEvent => ({ ...where, ph: 'X', name: 'RunTask', ts: startMs * 1000, dur: ms * 1000 });
const call = (startMs: number, ms: number, url: string, where = PAGE): TraceEvent => ({
  ...where,
  ph: 'X',
  name: 'FunctionCall',
  ts: startMs * 1000,
  dur: ms * 1000,
  args: { data: { url } },
});
const inWorld = (startMs: number, ms: number, worldName: string): TraceEvent => ({
  ...PAGE,
  ph: 'X',
  name: 'v8.evaluateModule',
  ts: startMs * 1000,
  dur: ms * 1000,
  args: { worldName },
});

const THREADS = [thread(PAGE, 'CrRendererMain'), thread(OTHER_RENDERER, 'CrRendererMain'), thread({ pid: 1, tid: 1 }, 'CrBrowserMain')];

describe('longTasksIn', () => {
  it.each([
    { case: 'a short task is not listed', events: [task(0, 50)], expected: [] },
    { case: 'a long task of the page alone', events: [task(0, 80), call(1, 70, 'https://cloud.oracle.com/app.js')], expected: [{ durationMs: 80, extensionMs: 0, attributable: false }] },
    { case: 'a long page task with a little extension code in it', events: [task(0, 80), call(10, 2, CONTENT_SCRIPT)], expected: [{ durationMs: 80, extensionMs: 2, attributable: false }] },
    { case: 'a task made long by the extension', events: [task(0, 60), call(10, 15, CONTENT_SCRIPT)], expected: [{ durationMs: 60, extensionMs: 15, attributable: true }] },
    { case: 'a long page task with a long stretch of extension code in it', events: [task(0, 170), call(20, 112, CONTENT_SCRIPT)], expected: [{ durationMs: 170, extensionMs: 112, attributable: true }] },
    { case: 'module evaluation in the extension world', events: [task(0, 55), inWorld(5, 40, EXTENSION.worldName)], expected: [{ durationMs: 55, extensionMs: 40, attributable: true }] },
    { case: 'another extension’s world is not ours', events: [task(0, 55), inWorld(5, 40, 'Other Extension')], expected: [{ durationMs: 55, extensionMs: 0, attributable: false }] },
    { case: 'nested extension calls count once', events: [task(0, 70), call(0, 30, CONTENT_SCRIPT), call(5, 20, CONTENT_SCRIPT)], expected: [{ durationMs: 70, extensionMs: 30, attributable: true }] },
    { case: 'extension code outside the task does not count', events: [task(0, 70), call(80, 30, CONTENT_SCRIPT)], expected: [{ durationMs: 70, extensionMs: 0, attributable: false }] },
    { case: 'extension code on another renderer does not count', events: [task(0, 70), call(5, 30, CONTENT_SCRIPT, OTHER_RENDERER)], expected: [{ durationMs: 70, extensionMs: 0, attributable: false }] },
    { case: 'tasks on the browser process are not the page’s', events: [task(0, 90, { pid: 1, tid: 1 })], expected: [] },
  ])('$case', ({ events, expected }) => {
    expect(longTasksIn([...THREADS, ...events], EXTENSION)).toEqual(expected);
  });
});
