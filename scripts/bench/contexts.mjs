import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/e2e/harness/launch-browser.mjs';
import { EXTENSION_DIR } from '../../tests/e2e/harness/paths.mjs';

// With and without the extension: two Chromiums launched side by side from the same binary with the
// same flags and fresh profiles, one with the build installed. Pages open in each one's default
// context. (One Chromium with a second, isolated context for "without" is simpler, but an A/A run,
// extension in neither, showed that context loading pages measurably slower in wall-clock time.)
// Runs alternate between the two in ABBA order, so that whatever else the machine is doing (a
// build, another test) falls on both sides alike instead of on one.

/** The two browsers to compare, and how the extension shows in traces. */
export async function openBenchBrowser() {
  const launches = await Promise.allSettled([launchBrowser({ extension: true }), launchBrowser({ extension: false })]);
  const [withExtension, withoutExtension] = launches.map((launch) => (launch.status === 'fulfilled' ? launch.value : undefined));
  const close = () => Promise.all([withExtension?.close(), withoutExtension?.close()]);
  const failed = launches.find((launch) => launch.status === 'rejected');
  if (failed || !withExtension || !withoutExtension) {
    await close();
    throw failed?.reason ?? new Error('Chromium did not start.');
  }
  const { name } = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const extensionOrigin = `chrome-extension://${withExtension.extensionId}/`;
  return {
    /** The browser with the extension. */
    browser: withExtension.browser,
    extensionOrigin,
    /** How its code shows in a trace (long-tasks.mjs). */
    extensionCode: { origin: extensionOrigin, worldName: name },
    contexts: { with: withExtension.browser.defaultBrowserContext(), without: withoutExtension.browser.defaultBrowserContext() },
    close,
  };
}

/** The order of 2 × `pairs` runs: with, without, without, with, with, without, … */
export function abbaOrder(pairs) {
  return Array.from({ length: pairs }, (_, index) => (index % 2 === 0 ? ['with', 'without'] : ['without', 'with'])).flat();
}

/**
 * Runs `measure(variant)` once per variant to warm up (first runs pay for cold caches and code
 * compilation; discarded), then in ABBA order. Returns each variant's samples in run order.
 */
export async function alternate(pairs, measure) {
  for (const variant of ['with', 'without']) await measure(variant);
  const samples = { with: [], without: [] };
  for (const variant of abbaOrder(pairs)) samples[variant].push(await measure(variant));
  return samples;
}
