import { describe, expect, it } from 'vitest';
import { realmDomain, tokenEndpoint } from '@/utils/realm/token-endpoint';
import { REALM_TABLE } from '@/utils/realm/realms';

describe('realmDomain', () => {
  it.each([
    ['oc1', 'oraclecloud.com'],
    ['oc2', 'oraclegovcloud.com'],
    ['oc3', 'oraclegovcloud.com'],
    ['oc4', 'oraclegovcloud.uk'],
    ['oc19', 'oraclecloud.eu'],
    ['oc22', 'psn-pco.it'],
    ['oc52', 'oraclecloud52.com'],
  ])('%s → %s', (realm, domain) => expect(realmDomain(realm)).toBe(domain));

  it.each(['oc99', 'OC1', '', 'oraclecloud.com', 'toString'])('%j → undefined', (realm) => expect(realmDomain(realm)).toBeUndefined());
});

describe('tokenEndpoint', () => {
  it.each([
    ['oc1', 'us-ashburn-1', 'https://auth.us-ashburn-1.oraclecloud.com/oauth2/token'],
    ['oc2', 'us-langley-1', 'https://auth.us-langley-1.oraclegovcloud.com/oauth2/token'],
    ['oc3', 'us-gov-chicago-1', 'https://auth.us-gov-chicago-1.oraclegovcloud.com/oauth2/token'],
    ['oc4', 'uk-gov-london-1', 'https://auth.uk-gov-london-1.oraclegovcloud.uk/oauth2/token'],
    ['oc10', 'ap-dcc-canberra-1', 'https://auth.ap-dcc-canberra-1.oraclecloud10.com/oauth2/token'],
    ['oc19', 'eu-frankfurt-2', 'https://auth.eu-frankfurt-2.oraclecloud.eu/oauth2/token'],
    ['oc25', 'ap-dcc-osaka-1', 'https://auth.ap-dcc-osaka-1.nricloud.jp/oauth2/token'],
  ])('%s %s → %s', (realm, region, endpoint) => expect(tokenEndpoint(realm, region)).toBe(endpoint));

  it('builds one for every region of the table, under its realm domain', () => {
    for (const realm of REALM_TABLE.realms) {
      for (const id of realm.regions) {
        expect(tokenEndpoint(realm.key, id)).toBe(`https://auth.${id}.${realm.domain}/oauth2/token`);
      }
    }
  });

  it.each([
    ['oc1', 'us-langley-1', 'region of another realm'],
    ['oc2', 'us-gov-ashburn-1', 'region of the other realm on the same domain'],
    ['oc19', 'eu-frankfurt-1', 'commercial region for the sovereign realm'],
    ['oc1', 'us-newcity-1', 'region not in the table'],
    ['oc99', 'us-ashburn-1', 'unknown realm'],
    ['OC1', 'us-ashburn-1', 'realm key not as Oracle writes it'],
    ['oc1', 'evil.example/x?', 'not a region'],
    ['oc1', '', 'empty region'],
  ])('%s %s → undefined (%s)', (realm, region) => expect(tokenEndpoint(realm, region)).toBeUndefined());
});
