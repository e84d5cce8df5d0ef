import { REPLICA_PATHS, consoleUrl } from '../../tests/e2e/harness/replica-server.mjs';

// The replica pages the bench runs on, at real Console URLs (current generation, service page in
// the iframe, like the Console today). Late content comes at once (ocgDelay=0) so that load-to-idle
// measures work, not the replica's timers.

const OC1 = 'cloud.oracle.com';
const OC2 = 'console.us-langley-1.oraclegovcloud.com';

export const STORM = Object.freeze({ nodesPerSecond: 5000, ms: 3000 });

export const BENCH_PAGES = Object.freeze({
  /** A heavy page without any credentials UI: the extension must cost nothing here. */
  heavy: {
    label: 'instances list, 5,000 rows',
    url: consoleUrl(OC1, REPLICA_PATHS.instances, { region: 'us-ashburn-1', ocgDelay: 0, ocgRows: 5000 }),
    showsUi: false,
  },
  /** The credentials list in OC1: the realm banner (unavailable) is shown. */
  credentials: {
    label: 'OAuth 2.0 client credentials list',
    url: consoleUrl(OC1, REPLICA_PATHS.myCredentials, { region: 'us-ashburn-1', ocgDelay: 0 }),
    showsUi: true,
  },
  /** The same list while the page rewrites thousands of nodes a second. */
  storm: {
    label: `credentials list in a mutation storm (${STORM.nodesPerSecond.toLocaleString('en')} nodes/s, ${STORM.ms / 1000} s)`,
    url: consoleUrl(OC1, REPLICA_PATHS.myCredentials, { region: 'us-ashburn-1', ocgDelay: 0, ocgStorm: STORM.nodesPerSecond }),
    showsUi: true,
  },
  /** Generate → secret dialog → capture, in OC2 where the credentials are available. */
  flow: {
    label: 'credentials list, OC2',
    url: consoleUrl(OC2, REPLICA_PATHS.myCredentials, { ocgDelay: 0 }),
    showsUi: true,
  },
});
