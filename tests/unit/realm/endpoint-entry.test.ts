import { describe, expect, it } from 'vitest';
import { keptTokenEndpoint, knownTokenEndpoint, parseEndpointEntry } from '@/utils/realm/endpoint-entry';

describe('knownTokenEndpoint', () => {
  it.each([
    [{ realm: 'oc1', region: 'us-ashburn-1' }, { realm: 'oc1', region: 'us-ashburn-1', tokenEndpoint: 'https://auth.us-ashburn-1.oraclecloud.com/oauth2/token' }],
    [{ realm: 'oc3', region: 'us-gov-ashburn-1' }, { realm: 'oc3', region: 'us-gov-ashburn-1', tokenEndpoint: 'https://auth.us-gov-ashburn-1.oraclegovcloud.com/oauth2/token' }],
    [{ realm: 'oc1' }, undefined],
    [{ region: 'us-ashburn-1' }, undefined],
    [{ realm: 'oc2', region: 'us-ashburn-1' }, undefined],
    [{}, undefined],
  ])('%j → %j', (context, expected) => {
    expect(knownTokenEndpoint(context)).toEqual(expected);
  });
});

describe('parseEndpointEntry', () => {
  it.each([
    // A region from the realm table, with or without a known realm.
    ['us-ashburn-1', undefined, { realm: 'oc1', region: 'us-ashburn-1', tokenEndpoint: 'https://auth.us-ashburn-1.oraclecloud.com/oauth2/token' }],
    ['  eu-frankfurt-2 ', 'oc19', { realm: 'oc19', region: 'eu-frankfurt-2', tokenEndpoint: 'https://auth.eu-frankfurt-2.oraclecloud.eu/oauth2/token' }],
    ['us-langley-1', 'oc2', { realm: 'oc2', region: 'us-langley-1', tokenEndpoint: 'https://auth.us-langley-1.oraclegovcloud.com/oauth2/token' }],
    // An endpoint of a known region.
    ['https://auth.uk-gov-london-1.oraclegovcloud.uk/oauth2/token', undefined, { realm: 'oc4', region: 'uk-gov-london-1', tokenEndpoint: 'https://auth.uk-gov-london-1.oraclegovcloud.uk/oauth2/token' }],
    // An endpoint of a region the table does not list yet, in a realm whose domain tells it.
    ['https://auth.eu-berlin-3.oraclecloud.eu/oauth2/token', undefined, { realm: 'oc19', region: 'eu-berlin-3', tokenEndpoint: 'https://auth.eu-berlin-3.oraclecloud.eu/oauth2/token' }],
    // A shared domain (OC2 and OC3): the credential's realm decides.
    ['https://auth.us-gov-dallas-1.oraclegovcloud.com/oauth2/token', 'oc3', { realm: 'oc3', region: 'us-gov-dallas-1', tokenEndpoint: 'https://auth.us-gov-dallas-1.oraclegovcloud.com/oauth2/token' }],
  ])('%j (realm %s) is accepted', (text, realm, facts) => {
    expect(parseEndpointEntry(text, realm)).toEqual({ ok: true, facts });
  });

  it.each([
    ['', undefined, 'Enter the region (e.g. us-ashburn-1) or the token endpoint.'],
    ['   ', 'oc1', 'Enter the region (e.g. us-ashburn-1) or the token endpoint.'],
    ['Ashburn', undefined, '"Ashburn" is neither a region identifier such as us-ashburn-1 nor an https:// token endpoint.'],
    ['us-nowhere-9', undefined, '"us-nowhere-9" is not a region this extension knows. Enter the token endpoint instead (https://auth.<region>.<realm domain>/oauth2/token).'],
    ['us-ashburn-1', 'oc2', 'Region us-ashburn-1 belongs to realm oc1, but this credential is in realm oc2.'],
    ['http://auth.us-ashburn-1.oraclecloud.com/oauth2/token', undefined, 'A token endpoint looks like https://auth.<region>.<realm domain>/oauth2/token, e.g. https://auth.us-ashburn-1.oraclecloud.com/oauth2/token.'],
    ['https://auth.us-ashburn-1.oraclecloud.com/oauth2/token?x=1', undefined, 'A token endpoint looks like https://auth.<region>.<realm domain>/oauth2/token, e.g. https://auth.us-ashburn-1.oraclecloud.com/oauth2/token.'],
    ['https://login.us-ashburn-1.oraclecloud.com/oauth2/token', undefined, 'A token endpoint looks like https://auth.<region>.<realm domain>/oauth2/token, e.g. https://auth.us-ashburn-1.oraclecloud.com/oauth2/token.'],
    ['https://auth.ashburn.oraclecloud.com/oauth2/token', undefined, '"ashburn" is not a region identifier such as us-ashburn-1.'],
    ['https://auth.us-ashburn-1.evil.example/oauth2/token', undefined, 'evil.example is not the domain of a realm this extension knows.'],
    ['https://auth.us-ashburn-1.oraclegovcloud.com/oauth2/token', undefined, 'Region us-ashburn-1 belongs to realm oc1, whose domain is oraclecloud.com, not oraclegovcloud.com.'],
    ['https://auth.us-gov-dallas-1.oraclegovcloud.com/oauth2/token', undefined, 'oraclegovcloud.com is shared by realms oc2 and oc3: enter the OCID first, which names the realm.'],
    ['https://auth.eu-berlin-3.oraclecloud.eu/oauth2/token', 'oc1', 'oraclecloud.eu is not the domain of realm oc1 (oraclecloud.com).'],
    ['https://auth.eu-berlin-3.oraclecloud.eu/oauth2/token', 'oc99', 'oraclecloud.eu is not the domain of realm oc99.'],
  ])('%j (realm %s) is refused: %s', (text, realm, error) => {
    expect(parseEndpointEntry(text, realm)).toEqual({ ok: false, error });
  });
});

describe('keptTokenEndpoint (read back from a vault item)', () => {
  const AGAIN = 'Enter the region or the token endpoint again.';
  it.each([
    ['https://auth.us-newgov-9.oraclegovcloud.com/oauth2/token', 'oc2', { ok: true, facts: { realm: 'oc2', region: 'us-newgov-9', tokenEndpoint: 'https://auth.us-newgov-9.oraclegovcloud.com/oauth2/token' } }],
    ['https://auth.us-ashburn-1.oraclecloud.com/oauth2/token', undefined, { ok: true, facts: { realm: 'oc1', region: 'us-ashburn-1', tokenEndpoint: 'https://auth.us-ashburn-1.oraclecloud.com/oauth2/token' } }],
    // Altered in storage, or the OCID attached since names another realm: checked like a new entry.
    ['https://auth.us-ashburn-1.evil.example/oauth2/token', undefined, { ok: false, error: `The token endpoint kept for this credential cannot be used: evil.example is not the domain of a realm this extension knows. ${AGAIN}` }],
    ['https://auth.us-langley-1.oraclegovcloud.com/oauth2/token', 'oc3', { ok: false, error: `The token endpoint kept for this credential cannot be used: Region us-langley-1 belongs to realm oc2, but this credential is in realm oc3. ${AGAIN}` }],
    // Only what the vault writes (an https URL) is read back: not a bare region, nor anything else.
    ['us-ashburn-1', undefined, { ok: false, error: `The token endpoint kept for this credential cannot be used: It is not an https:// address. ${AGAIN}` }],
    ['', undefined, { ok: false, error: `The token endpoint kept for this credential cannot be used: It is not an https:// address. ${AGAIN}` }],
  ])('%j (realm %s) → %j', (stored, realm, expected) => {
    expect(keptTokenEndpoint(stored, realm)).toEqual(expected);
  });
});
