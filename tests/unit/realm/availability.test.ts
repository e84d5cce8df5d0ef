import { describe, expect, it } from 'vitest';
import { AVAILABILITY_TABLE, availabilityFor } from '@/utils/realm/availability';
import { AvailabilityTableSchema } from '@/utils/realm/availability-schema';
import { detectRealm } from '@/utils/realm/detect-realm';
import { REALM_TABLE } from '@/utils/realm/realms';

const GUIDE = {
  title: 'Creating OAuth 2.0 Client Credentials',
  wording:
    'OAuth 2.0 client credentials are not available in the following realms: the commercial realm (OC1); the United Kingdom Government Cloud (OC4).',
  url: 'https://docs.oracle.com/en-us/iaas/Content/Identity/access/managing-oauth2-client-credentials.htm',
};

/** A Console URL of the realm, built from its first region and regional host. */
function consoleUrlOf(realm: string): string {
  const row = REALM_TABLE.realms.find((entry) => entry.key === realm);
  const regional = row?.consoleHosts.find((host) => host.includes('{region}'));
  if (!row || !regional) throw new Error(`no regional Console host for ${realm}`);
  return `https://${regional.replace('{region}', row.regions[0])}/`;
}

describe('availability table', () => {
  it('passes its schema and covers exactly the realms of the realm table', () => {
    expect(AvailabilityTableSchema.safeParse(AVAILABILITY_TABLE).error).toBeUndefined();
    expect(Object.keys(AVAILABILITY_TABLE.realms).sort()).toEqual(REALM_TABLE.realms.map((realm) => realm.key).sort());
  });

  it.each([
    ['a row naming a missing source', { realms: { oc1: { available: false, source: 'release-notes' } } }, 'realms.oc1.source: names source "release-notes"'],
    ['an http source link', { sources: { 'creation-guide': { ...GUIDE, url: 'http://docs.oracle.com/x.htm' } } }, 'sources.creation-guide.url: '],
    ['an empty wording', { sources: { 'creation-guide': { ...GUIDE, wording: ' ' } } }, 'sources.creation-guide.wording: '],
    ['a malformed realm key', { realms: { OC1: { available: false, source: 'creation-guide' } } }, 'realms.OC1: Invalid key in record'],
  ])('schema rejects %s', (_what, change, message) => {
    const result = AvailabilityTableSchema.safeParse({ ...AVAILABILITY_TABLE, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n')).toContain(message);
  });
});

describe('availabilityFor', () => {
  it.each(REALM_TABLE.realms.map((realm) => realm.key))('%s follows the creation guide', (realm) => {
    const expected = realm === 'oc1' || realm === 'oc4' ? 'unavailable' : 'available';
    expect(availabilityFor(detectRealm(consoleUrlOf(realm)))).toEqual({ availability: expected, realm, source: GUIDE, overridden: false });
  });

  it.each([
    ['https://cloud.oracle.com/?region=us-ashburn-1', 'oc1', 'unavailable'],
    ['https://console.uk-gov-london-1.oraclegovcloud.uk/', 'oc4', 'unavailable'],
    ['https://console.us-langley-1.oraclegovcloud.com/', 'oc2', 'available'],
    ['https://console.us-gov-phoenix-1.oraclegovcloud.com/', 'oc3', 'available'],
    ['https://oc10.cloud.oracle.com/', 'oc10', 'available'],
    ['https://cloud.oracle.eu/?region=eu-frankfurt-2', 'oc19', 'available'],
  ])('%s → %s %s', (url, realm, availability) => {
    expect(availabilityFor(detectRealm(url))).toMatchObject({ availability, realm, overridden: false });
  });

  it.each([
    'https://console.us-gov-newcity-1.oraclegovcloud.com/',
    'https://cloud.oracle.com.evil.example/',
    'not a url',
  ])('an unknown realm (%s) is unknown, still quoting the guide', (url) => {
    expect(availabilityFor(detectRealm(url))).toEqual({ availability: 'unknown', source: GUIDE, overridden: false });
  });

  it('applies a policy override for the detected realm only, keeping Oracle\'s wording beside it', () => {
    const overrides = { oc1: { available: true, note: 'Enabled for our tenancy by Oracle Support (SR 3-123).' }, oc2: { available: false } };
    expect(availabilityFor(detectRealm('https://cloud.oracle.com/'), overrides)).toEqual({
      availability: 'available',
      realm: 'oc1',
      source: GUIDE,
      overridden: true,
      note: 'Enabled for our tenancy by Oracle Support (SR 3-123).',
    });
    expect(availabilityFor(detectRealm('https://console.us-luke-1.oraclegovcloud.com/'), overrides)).toEqual({
      availability: 'unavailable',
      realm: 'oc2',
      source: GUIDE,
      overridden: true,
    });
    expect(availabilityFor(detectRealm('https://console.uk-gov-london-1.oraclegovcloud.uk/'), overrides)).toMatchObject({
      availability: 'unavailable',
      overridden: false,
    });
  });

  it('cannot override an unknown realm', () => {
    const overrides = { oc2: { available: true }, oc3: { available: true } };
    expect(availabilityFor(detectRealm('https://console.us-gov-newcity-1.oraclegovcloud.com/'), overrides)).toMatchObject({
      availability: 'unknown',
      overridden: false,
    });
  });
});
