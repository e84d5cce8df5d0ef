import { serviceFrame } from '../../tests/e2e/harness/page-frames.mjs';
import { BENCH_PAGES } from './console-pages.mjs';
import { closeSecretDialog, openAndTime, recordHosts } from './console-page.mjs';
import { openBenchPage } from './open-page.mjs';
import { REACTION_HOSTS } from './reaction-hosts.mjs';

// Reaction latency: the replica inserts the Generate panel or the secret dialog (its own timestamp)
// → each host of REACTION_HOSTS for that view is in the DOM (a page-side MutationObserver's
// timestamp), on the page clock of the service frame, over `openings` panel + dialog openings.

const STEP_TIMEOUT_MS = 2_000;
const tagsOn = (event) => REACTION_HOSTS.filter((entry) => entry.on === event).map((entry) => entry.host);

/** Per REACTION_HOSTS entry: `{ on, host, latencies (ms, null when it never came), inFirstFrame }`. */
export async function measureReaction(bench, { openings }) {
  const { page } = await openBenchPage(bench.contexts.with, BENCH_PAGES.flow);
  try {
    const frame = await serviceFrame(page);
    await frame.waitForSelector('ocg-realm-banner');
    await frame.evaluate(recordHosts);
    const results = REACTION_HOSTS.map((entry) => ({ ...entry, latencies: [], inFirstFrame: 0 }));
    for (let opening = 0; opening < openings; opening += 1) {
      for (const [step, event] of [['panel', 'panel-open'], ['dialog', 'dialog-open']]) {
        const timed = await frame.evaluate(openAndTime, step, tagsOn(event), STEP_TIMEOUT_MS);
        for (const result of results.filter((entry) => entry.on === event)) {
          const addedAt = timed.hosts[result.host];
          result.latencies.push(addedAt === null ? null : addedAt - timed.insertedAt);
          if (addedAt !== null && timed.frameAt !== null && addedAt <= timed.frameAt) result.inFirstFrame += 1;
        }
      }
      await frame.evaluate(closeSecretDialog, STEP_TIMEOUT_MS);
    }
    return results;
  } finally {
    await page.close();
  }
}
