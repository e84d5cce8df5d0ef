import { IN_PAGE_BUDGET_BYTES } from '../bundle-sizes.mjs';

// Issue 8's budgets, in one place: every figure of `npm run bench` is printed next to one of these.
export const BUDGETS = Object.freeze({
  /** The content script, minified. */
  inPageBytes: IN_PAGE_BUDGET_BYTES,
  /** Page load and mutation storm: main-thread (and script, load-to-idle) time with ÷ without the extension. */
  overheadRatio: 1.03,
  /** Long tasks (> 50 ms) the extension is to blame for. */
  attributableLongTasks: 0,
  /** The Console shows a panel or dialog → our host element is in the DOM: one frame. */
  reactionP95Ms: 16,
  /** Trusted click on Capture → data-state="captured". */
  captureMs: 100,
  /** "UI never blocked by scrypt": no gap between two frames of the handoff page longer than a long task's 50 ms. */
  handoffFrameGapMs: 50,
});
