/** A task longer than this many ms is a long task. */
export declare const LONG_TASK_MS: number;

/** A Chromium trace event (the fields used here). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  /** Microseconds (complete events, ph 'X'). */
  dur?: number;
  args?: { name?: string; worldName?: string; data?: { url?: string } };
}

export interface LongTask {
  durationMs: number;
  /** Time of the extension's own code inside the task. */
  extensionMs: number;
  /** The extension's code in it ran > 50 ms, or the task would not have been long without it. */
  attributable: boolean;
}

/** How to recognise the extension's code in a trace. */
export interface ExtensionCode {
  /** `chrome-extension://<id>/` */
  origin: string;
  /** The content scripts' isolated world is named after the extension (its manifest name). */
  worldName: string;
}

/** Every long task on a renderer main thread, with the time of the extension's code inside it. */
export declare function longTasksIn(events: readonly TraceEvent[], extension: ExtensionCode): LongTask[];
