import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

// Absolute paths from this file's location, so tests work from any working directory.

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The unpacked Chromium build that `npx wxt build` writes. */
export const EXTENSION_DIR = join(REPO_ROOT, '.output', 'chrome-mv3');
/** The unpacked Firefox build that `npx wxt build -b firefox` (part of `npm run build`) writes. */
export const FIREFOX_EXTENSION_DIR = join(REPO_ROOT, '.output', 'firefox-mv2');
