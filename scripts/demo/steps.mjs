import { CONSOLE_STEPS } from './console-steps.mjs';
import { EXTENSION_STEPS } from './extension-steps.mjs';

// The demo's walk through the whole flow, one step per screenshot. A step gets the walk's state
// (`demo`: the browser, the extension id, the Console page, and what earlier steps left there) and
// returns what to photograph: `{ page, region? }` (region: CSS selectors; default the viewport).
// `docs: true` steps are also the documentation's images (`npm run demo -- --docs`).
// To show a new feature, add a step (or a wait to an existing one).

export const DEMO_STEPS = Object.freeze([...CONSOLE_STEPS, ...EXTENSION_STEPS]);
