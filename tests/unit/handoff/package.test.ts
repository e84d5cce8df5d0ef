import { describe, expect, it } from 'vitest';
import { buildHandoffDocument, parseHandoffDocument, serializeHandoffDocument } from '@/utils/handoff/package';
import { HANDOFF_FORMAT, type HandoffDocument } from '@/utils/handoff/package-schema';
import { EXAMPLE_OCID, EXAMPLE_SECRET, OIC_AUDIENCE, exampleInput, thrown } from './fixtures';

function exampleDocument(): HandoffDocument {
  return buildHandoffDocument(exampleInput());
}

const REMOVE = Symbol('remove the field');

/** The example document as JSON, with the value at `path` replaced (or removed). */
function edited(path: (string | number)[], value: unknown): string {
  const document: unknown = JSON.parse(serializeHandoffDocument(exampleDocument()));
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], document) as Record<string | number, unknown>;
  const last = path.at(-1) ?? '';
  if (value === REMOVE) delete parent[last];
  else parent[last] = value;
  return JSON.stringify(document);
}

describe('buildHandoffDocument', () => {
  it('builds the versioned document with fully qualified scopes and the token endpoint', () => {
    expect(exampleDocument()).toEqual({
      format: 'oci-credential-guard/handoff',
      version: 1,
      credential: {
        name: 'oic-nightly-sync',
        description: 'Nightly sync job, Integration consumer',
        ocid: EXAMPLE_OCID,
        realm: 'oc1',
        region: 'us-ashburn-1',
        identityDomain: 'Default',
        pairs: [
          { audience: OIC_AUDIENCE, scope: 'urn:opc:resource:consumer::all', fullyQualifiedScope: `${OIC_AUDIENCE}urn:opc:resource:consumer::all` },
          { audience: OIC_AUDIENCE, scope: '/ic/api/', fullyQualifiedScope: `${OIC_AUDIENCE}/ic/api/` },
        ],
        tokenEndpoint: 'https://auth.us-ashburn-1.oraclecloud.com/oauth2/token',
        created: '2025-03-04T10:00:00.000Z',
      },
      secret: EXAMPLE_SECRET,
      handoff: { created: '2025-03-04T10:05:00.000Z', expires: '2025-03-05T10:00:00.000Z', note: 'For the nightly job only.' },
    });
  });

  it('accepts epoch milliseconds for times and leaves optional fields out of the JSON', () => {
    const input = exampleInput();
    input.credential.created = Date.parse('2025-03-04T10:00:00Z');
    delete input.credential.identityDomain;
    delete input.expires;
    delete input.note;
    const json = JSON.parse(serializeHandoffDocument(buildHandoffDocument(input)));
    expect(json.credential.created).toBe('2025-03-04T10:00:00.000Z');
    expect(Object.keys(json.credential)).not.toContain('identityDomain');
    expect(Object.keys(json.handoff)).toEqual(['created']);
  });

  it.each([
    ['an unknown realm', 'oc999', 'xx-nowhere-1'],
    ['a region of another realm', 'oc2', 'us-ashburn-1'],
  ])('refuses %s without an explicit token endpoint', (_case, realm, region) => {
    const input = exampleInput();
    Object.assign(input.credential, { realm, region, ocid: `ocid1.credential.${realm}..aaaaaaaa5kq3xvbl2zp7hnw4mydrtfce6jqgs4` });
    const error = thrown(() => buildHandoffDocument(input));
    expect(error.kind).toBe('unknown-token-endpoint');
    expect(error.message).toContain(region);
  });

  it('uses an explicit token endpoint only for a realm the table does not know', () => {
    const input = exampleInput();
    const endpoint = 'https://auth.xx-nowhere-1.example.com/oauth2/token';
    Object.assign(input.credential, { realm: 'oc999', region: 'xx-nowhere-1', ocid: 'ocid1.credential.oc999..aaaaaaaa5kq3xvbl2zp7hnw4mydrtfce6jqgs4', tokenEndpoint: endpoint });
    expect(buildHandoffDocument(input).credential.tokenEndpoint).toBe(endpoint);
    const known = exampleInput();
    known.credential.tokenEndpoint = endpoint;
    expect(buildHandoffDocument(known).credential.tokenEndpoint).toBe('https://auth.us-ashburn-1.oraclecloud.com/oauth2/token');
  });

  it.each([
    ['an empty secret', (input) => (input.secret = ''), 'secret'],
    ['an invalid creation date', (input) => (input.credential.created = new Date('nope')), 'credential.created'],
    ['no pairs', (input) => (input.credential.pairs = []), 'credential.pairs'],
    ['an empty audience', (input) => (input.credential.pairs = [{ audience: '', scope: '/ic/api/' }]), 'credential.pairs[0].audience'],
    ['an expiry before creation', (input) => (input.expires = new Date('2025-03-01T00:00:00Z')), 'handoff.expires'],
  ] satisfies [string, (input: ReturnType<typeof exampleInput>) => void, string][])('refuses %s, naming the field', (_case, change, path) => {
    const input = exampleInput();
    change(input);
    const error = thrown(() => buildHandoffDocument(input));
    expect(error.kind).toBe('invalid-field');
    expect(error.message).toMatch(new RegExp(`^Invalid field ${path.replace(/[[\].]/g, '\\$&')}: `));
  });
});

describe('parseHandoffDocument', () => {
  it('reads back what was serialized', () => {
    const document = exampleDocument();
    expect(parseHandoffDocument(serializeHandoffDocument(document))).toEqual(document);
  });

  it('ignores fields it does not know (a later minor addition)', () => {
    const text = edited(['credential', 'futureField'], 'x').replace(/^\{/, '{"futureField":true,');
    expect(parseHandoffDocument(text)).toEqual(exampleDocument());
  });

  it.each([EXAMPLE_SECRET, '', '{"format":', 'secret: abc'])('reports %j as not JSON without quoting it', (text) => {
    const error = thrown(() => parseHandoffDocument(text));
    expect(error.kind).toBe('not-json');
    if (text !== '') expect(error.message).not.toContain(text);
  });

  it.each(['null', '42', '"text"', '[]', '{}', '{"format":"something-else","version":1}', `{"format":"${HANDOFF_FORMAT.toUpperCase()}"}`])(
    'reports %s as not a handoff package',
    (text) => expect(thrown(() => parseHandoffDocument(text)).kind).toBe('not-a-handoff-package'),
  );

  it('reports a newer format version as made by a newer version of the extension', () => {
    const error = thrown(() => parseHandoffDocument(edited(['version'], 2)));
    expect(error.kind).toBe('newer-version');
    expect(error.message).toContain('made by a newer version of OCI Credential Guard');
    expect(error.message).toContain('format version 2');
  });

  const firstPair = exampleDocument().credential.pairs[0];
  it.each([
    ['version 0', ['version'], 0, 'version'],
    ['a version string', ['version'], '1', 'version'],
    ['a fractional version', ['version'], 1.5, 'version'],
    ['a missing secret', ['secret'], REMOVE, 'secret'],
    ['a missing credential', ['credential'], REMOVE, 'credential'],
    ['a malformed OCID', ['credential', 'ocid'], 'ocid1.user.oc1..aaaaaaaa5kq3xvbl2zp7hnw4mydr', 'credential.ocid'],
    ['an OCID of another realm', ['credential', 'ocid'], 'ocid1.credential.oc2..aaaaaaaa5kq3xvbl2zp7hnw4mydrtfce6jqgs4', 'credential.ocid'],
    ['a bad realm key', ['credential', 'realm'], 'OC1', 'credential.realm'],
    ['a bad region', ['credential', 'region'], 'Ashburn', 'credential.region'],
    ['a plain-http token endpoint', ['credential', 'tokenEndpoint'], 'http://auth.us-ashburn-1.oraclecloud.com/oauth2/token', 'credential.tokenEndpoint'],
    ['a fully qualified scope that is not audience + scope', ['credential', 'pairs', 1, 'fullyQualifiedScope'], 'urn:opc:resource:consumer::all', 'credential.pairs[1].fullyQualifiedScope'],
    ['eleven pairs', ['credential', 'pairs'], Array.from({ length: 11 }, () => firstPair), 'credential.pairs'],
    ['a date without time', ['handoff', 'created'], '2025-03-04', 'handoff.created'],
    ['a note that is not text', ['handoff', 'note'], 7, 'handoff.note'],
  ] satisfies [string, (string | number)[], unknown, string][])('reports %s with the field path', (_case, path, value, field) => {
    const error = thrown(() => parseHandoffDocument(edited(path, value)));
    expect(error.kind).toBe('invalid-field');
    expect(error.message.startsWith(`Invalid field ${field}: `)).toBe(true);
  });

  it('never puts the secret in an error message', () => {
    const error = thrown(() => parseHandoffDocument(edited(['credential', 'region'], EXAMPLE_SECRET)));
    expect(error.kind).toBe('invalid-field');
    expect(error.message).not.toContain(EXAMPLE_SECRET);
  });
});
