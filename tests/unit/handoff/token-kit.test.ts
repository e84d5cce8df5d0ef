import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildHandoffDocument } from '@/utils/handoff/package';
import { SET_SECRET_COMMAND, buildTokenKit } from '@/utils/handoff/token-kit';
import { EXAMPLE_OCID, EXAMPLE_SECRET, OIC_AUDIENCE, curlArguments, exampleInput } from './fixtures';

const ENDPOINT = 'https://auth.us-ashburn-1.oraclecloud.com/oauth2/token';

function kitFor(scopes: string[]) {
  const input = exampleInput();
  input.credential.pairs = scopes.map((scope) => ({ audience: OIC_AUDIENCE, scope }));
  return buildTokenKit(buildHandoffDocument(input));
}

describe('buildTokenKit', () => {
  it('gathers client id, secret, fully qualified scopes and token endpoint', () => {
    const kit = kitFor(['urn:opc:resource:consumer::all', '/ic/api/']);
    expect(kit).toMatchObject({
      clientId: EXAMPLE_OCID,
      secret: EXAMPLE_SECRET,
      scopes: [`${OIC_AUDIENCE}urn:opc:resource:consumer::all`, `${OIC_AUDIENCE}/ic/api/`],
      tokenEndpoint: ENDPOINT,
    });
  });

  it('writes the curl command with the secret as an environment variable', () => {
    const kit = kitFor(['urn:opc:resource:consumer::all', '/ic/api/']);
    expect(kit.curlCommand).toBe(
      [
        `curl -sS -X POST '${ENDPOINT}' \\`,
        `  --user "${EXAMPLE_OCID}:$OCI_CLIENT_SECRET" \\`,
        '  -d grant_type=client_credentials \\',
        `  --data-urlencode 'scope=${OIC_AUDIENCE}urn:opc:resource:consumer::all' \\`,
        `  --data-urlencode 'scope=${OIC_AUDIENCE}/ic/api/'`,
      ].join('\n'),
    );
    expect(kit.curlCommand).not.toContain(EXAMPLE_SECRET);
  });

  it('gives curl exactly the intended arguments, whatever the scopes contain', () => {
    const scopes = ['urn:opc:resource:consumer::all', "/it's/$HOME/`id`/\"x\"/!"];
    const kit = kitFor(scopes);
    expect(curlArguments(kit.curlCommand, EXAMPLE_SECRET)).toEqual([
      '-sS', '-X', 'POST', ENDPOINT,
      '--user', `${EXAMPLE_OCID}:${EXAMPLE_SECRET}`,
      '-d', 'grant_type=client_credentials',
      ...scopes.flatMap((scope) => ['--data-urlencode', `scope=${OIC_AUDIENCE}${scope}`]),
    ]);
  });

  it.each([EXAMPLE_SECRET, ' \\spaced\\ and backslashed\t '])('reads the secret %j into the environment as typed, in bash', (secret) => {
    const output = execFileSync('bash', ['-c', `${SET_SECRET_COMMAND}\nprintf '[%s]' "$OCI_CLIENT_SECRET"`], { input: `${secret}\n`, encoding: 'utf8' });
    expect(output).toBe(`Client secret: \n[${secret}]`);
  });
});
