import { describe, expect, it } from 'vitest';
import { HandoffError } from '@/utils/handoff/errors';
import { endpointForItem, handoffDocumentForItem, missingForPackage } from '@/utils/handoff/from-vault-item';
import { knownTokenEndpoint, parseEndpointEntry, type TokenEndpointFacts } from '@/utils/realm/endpoint-entry';
import type { VaultItemSummary } from '@/utils/vault/item';
import { context, HOUR, OCID_OC1, T0 } from '../vault/fixtures';

const item = (overrides: Partial<VaultItemSummary> = {}): VaultItemSummary => ({
  id: '0'.repeat(32),
  state: 'sealed',
  context: context(),
  capturedAt: T0,
  expiresAt: T0 + 24 * HOUR,
  ocid: OCID_OC1,
  ...overrides,
});

const SECRET = 'i7BKNOG:1z1A)bqaY(]F';
const known = (entry: VaultItemSummary) => knownTokenEndpoint(entry.context);
const NOW = new Date(T0 + HOUR);

describe('the handoff document of a vault item', () => {
  it('carries the captured facts, the OCID, the token endpoint and the secret', () => {
    const document = handoffDocumentForItem(item(), SECRET, known(item()), { now: NOW });
    expect(document.credential).toEqual({
      name: 'ci-deploy',
      description: 'Deploys integrations from CI',
      ocid: OCID_OC1,
      realm: 'oc1',
      region: 'us-ashburn-1',
      identityDomain: 'Default',
      targetUser: 'svc-ci@example.com',
      pairs: [
        {
          audience: 'https://ci1.integration.ocp.oraclecloud.com:443',
          scope: '/ic/api/',
          fullyQualifiedScope: 'https://ci1.integration.ocp.oraclecloud.com:443/ic/api/',
        },
      ],
      tokenEndpoint: 'https://auth.us-ashburn-1.oraclecloud.com/oauth2/token',
      created: new Date(T0).toISOString(),
    });
    expect(document.secret).toBe(SECRET);
    expect(document.handoff).toEqual({ created: NOW.toISOString() });
  });

  it.each([
    ['a note, trimmed', '  For the nightly job.  ', 'For the nightly job.'],
    ['no note for blank text', '   ', undefined],
  ])('takes %s', (_case, note, expected) => {
    expect(handoffDocumentForItem(item(), SECRET, known(item()), { note, now: NOW }).handoff.note).toBe(expected);
  });

  it('leaves out an identity domain or target user the Console showed as empty', () => {
    const entry = item({ context: context({ identityDomain: '', targetUser: '' }) });
    const document = handoffDocumentForItem(entry, SECRET, known(entry), { now: NOW });
    expect(document.credential.identityDomain).toBeUndefined();
    expect(document.credential.targetUser).toBeUndefined();
  });

  it.each([
    ['the OCID', item({ ocid: undefined }), 'Enter the credential’s OCID first'],
    ['the realm', item({ context: context({ realm: undefined }) }), 'enter the region or the token endpoint'],
    ['the region', item({ context: context({ region: undefined }) }), 'enter the region or the token endpoint'],
  ])('says what is missing without %s, and refuses to build', (_case, missing, words) => {
    expect(missingForPackage(missing, known(missing))).toContain(words);
    expect(() => handoffDocumentForItem(missing, SECRET, known(missing))).toThrow(HandoffError);
  });

  it('needs nothing more for a complete item', () => {
    expect(missingForPackage(item(), known(item()))).toBeUndefined();
  });

  it.each([
    ['a region', 'eu-frankfurt-2', { realm: 'oc19', region: 'eu-frankfurt-2', tokenEndpoint: 'https://auth.eu-frankfurt-2.oraclecloud.eu/oauth2/token' }],
    ['a token endpoint of a region the table lacks', 'https://auth.eu-berlin-3.oraclecloud.eu/oauth2/token', { realm: 'oc19', region: 'eu-berlin-3', tokenEndpoint: 'https://auth.eu-berlin-3.oraclecloud.eu/oauth2/token' }],
  ])('builds with %s entered for an unknown realm and region', (_case, text, expected) => {
    const entry = item({ ocid: OCID_OC1.replace('.oc1.', '.oc19.'), context: context({ realm: undefined, region: undefined }) });
    const parsed = parseEndpointEntry(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const facts: TokenEndpointFacts = parsed.facts;
    expect(missingForPackage(entry, facts)).toBeUndefined();
    expect(handoffDocumentForItem(entry, SECRET, facts, { now: NOW }).credential).toMatchObject(expected);
  });
});

describe('endpointForItem', () => {
  const UNKNOWN = context({ realm: undefined, region: undefined });
  const NEWGOV = 'https://auth.us-newgov-9.oraclegovcloud.com/oauth2/token';
  const OCID_OC2 = OCID_OC1.replace('.oc1.', '.oc2.');
  it.each([
    ['the Console’s realm and region', item(), { facts: known(item()), entered: false }],
    ['the Console’s, even with one kept', item({ tokenEndpoint: NEWGOV }), { facts: known(item()), entered: false }],
    ['nothing kept', item({ context: UNKNOWN }), { entered: false }],
    ['one kept, checked against the OCID’s realm', item({ context: UNKNOWN, ocid: OCID_OC2, tokenEndpoint: NEWGOV }), { facts: { realm: 'oc2', region: 'us-newgov-9', tokenEndpoint: NEWGOV }, entered: true }],
  ])('%s', (_case, entry, expected) => {
    expect(endpointForItem(entry)).toEqual(expected);
  });

  it('says why a kept endpoint cannot be used (here: the OCID names another realm)', () => {
    expect(endpointForItem(item({ context: UNKNOWN, tokenEndpoint: NEWGOV }))).toEqual({
      entered: false,
      problem: 'The token endpoint kept for this credential cannot be used: oraclegovcloud.com is not the domain of realm oc1 (oraclecloud.com). Enter the region or the token endpoint again.',
    });
  });
});

