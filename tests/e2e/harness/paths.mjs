// Absolute paths from this file's location, so tests and scripts work from any working directory.
import { join } from 'node:path';
import { URL, fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The unpacked Chromium build that `npx wxt build` writes. */
export const EXTENSION_DIR = join(REPO_ROOT, '.output', 'chrome-mv3');
/** The unpacked Firefox build that `npx wxt build -b firefox` (part of `npm run build`) writes. */
export const FIREFOX_EXTENSION_DIR = join(REPO_ROOT, '.output', 'firefox-mv2');
