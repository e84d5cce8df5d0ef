import { execFileSync } from 'node:child_process';
// Relative imports: the e2e project (no WXT alias) uses these fixtures too.
import type { HandoffInput } from '../../../utils/handoff/package';
import { HandoffError } from '../../../utils/handoff/errors';

// One credential as the vault would hand it over, with Oracle's own example secret.

export const EXAMPLE_SECRET = 'i7BKNOG:1z1A)bqaY(]F';
export const EXAMPLE_OCID = 'ocid1.credential.oc1..aaaaaaaa5kq3xvbl2zp7hnw4mydrtfce6jqgs4';
export const OIC_AUDIENCE = 'https://abc123.integration.ocp.oraclecloud.com:443';

export function exampleInput(): HandoffInput {
  return {
    credential: {
      name: 'oic-nightly-sync',
      description: 'Nightly sync job, Integration consumer',
      ocid: EXAMPLE_OCID,
      realm: 'oc1',
      region: 'us-ashburn-1',
      identityDomain: 'Default',
      pairs: [
        { audience: OIC_AUDIENCE, scope: 'urn:opc:resource:consumer::all' },
        { audience: OIC_AUDIENCE, scope: '/ic/api/' },
      ],
      created: new Date('2025-03-04T10:00:00Z'),
    },
    secret: EXAMPLE_SECRET,
    expires: new Date('2025-03-05T10:00:00Z'),
    note: 'For the nightly job only.',
    now: new Date('2025-03-04T10:05:00Z'),
  };
}

/** The HandoffError that `run` throws synchronously; fails the test when it throws nothing or something else. */
export function thrown(run: () => unknown): HandoffError {
  try {
    run();
  } catch (error) {
    if (error instanceof HandoffError) return error;
    throw error;
  }
  throw new Error('expected a HandoffError');
}

/** The arguments curl would receive, by running the command in bash with `curl` replaced by a printer. */
export function curlArguments(command: string, secret: string): string[] {
  const script = `curl() { printf '%s\\0' "$@"; }\nOCI_CLIENT_SECRET=$1\n${command}`;
  return execFileSync('bash', ['-c', script, 'bash', secret], { encoding: 'utf8' }).split('\0').slice(0, -1);
}
