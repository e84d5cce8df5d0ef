import { lazyScript } from '../lazy/lazy-script';
import type { Sealer } from './sealer-api';

// age is ~130 kB: far over the content script's budget, and only needed at the moment of capture,
// so the content script loads the extension's own web-accessible sealer.js then.
export const loadSealer: () => Promise<Sealer> = lazyScript('/sealer.js', () => globalThis.__ocgSealer);
