import { describe, expect, it } from 'vitest';
import { REALM_TABLE } from '@/utils/realm/realms';
import { RealmTableSchema } from '@/utils/realm/realm-schema';
import { findRealm, realmOfRegion } from '@/utils/realm/realm-lookup';
import { editedCopy } from '../edited-copy';

// Realms, domains and regions exactly as written in the project's CONSOLE.md (from the SDKs' tables).
const CONSOLE_MD: [key: string, domain: string, regions: string[]][] = [
  ['oc2', 'oraclegovcloud.com', ['us-langley-1', 'us-luke-1']],
  ['oc3', 'oraclegovcloud.com', ['us-gov-ashburn-1', 'us-gov-chicago-1', 'us-gov-phoenix-1']],
  ['oc4', 'oraclegovcloud.uk', ['uk-gov-london-1', 'uk-gov-cardiff-1']],
  ['oc8', 'oraclecloud8.com', ['ap-chiyoda-1', 'ap-ibaraki-1']],
  ['oc9', 'oraclecloud9.com', ['me-dcc-muscat-1', 'me-ibri-1']],
  ['oc10', 'oraclecloud10.com', ['ap-dcc-canberra-1']],
  ['oc14', 'oraclecloud14.com', ['eu-dcc-milan-1', 'eu-dcc-milan-2', 'eu-dcc-dublin-1', 'eu-dcc-dublin-2', 'eu-dcc-rating-1', 'eu-dcc-rating-2']],
  ['oc15', 'oraclecloud15.com', ['ap-dcc-gazipur-1']],
  ['oc16', 'oraclecloud16.com', ['us-sanjose-2', 'us-westjordan-1']],
  ['oc17', 'oraclecloud17.com', ['us-dcc-phoenix-1', 'us-dcc-phoenix-2', 'us-dcc-phoenix-4']],
  ['oc19', 'oraclecloud.eu', ['eu-frankfurt-2', 'eu-madrid-2']],
  ['oc20', 'oraclecloud20.com', ['eu-jovanovac-1']],
  ['oc21', 'oraclecloud21.com', ['me-dcc-doha-1', 'me-alrayyan-1']],
  ['oc22', 'psn-pco.it', ['eu-dcc-rome-1', 'eu-milan-2']],
  ['oc23', 'oraclecloud23.com', ['us-somerset-1', 'us-thames-1']],
  ['oc24', 'oraclecloud24.com', ['eu-dcc-zurich-1', 'eu-crissier-1']],
  ['oc25', 'nricloud.jp', ['ap-dcc-osaka-1', 'ap-dcc-tokyo-1']],
  ['oc26', 'oraclecloud26.com', ['me-abudhabi-3', 'me-alain-1']],
  ['oc29', 'oraclecloud29.com', ['me-abudhabi-2', 'me-abudhabi-4']],
  ['oc31', 'sovereigncloud.nz', ['ap-hobsonville-1', 'ap-silverdale-1']],
  ['oc35', 'oraclecloud35.com', ['ap-seoul-2', 'ap-suwon-1', 'ap-chuncheon-2']],
  ['oc36', 'stccloud.com', ['me-alkhobar-1', 'me-riyadh-2']],
  ['oc40', 'jpsovereigncloud.jp', ['ap-osaka-2', 'ap-tatebayashi-1']],
  ['oc41', 'dutechcloud.ae', ['me-dubai-2', 'me-dubai-3']],
  ['oc42', 'oraclecloud42.com', ['us-ashburn-2', 'us-newark-1']],
  ['oc51', 'oraclecloud51.com', ['eu-budapest-1']],
  ['oc52', 'oraclecloud52.com', ['sa-riodejaneiro-1']],
];

// Public commercial regions that must be in OC1 (the brief's minimum list).
const OC1_REGIONS = [
  'us-ashburn-1', 'us-phoenix-1', 'us-sanjose-1', 'us-chicago-1', 'ca-toronto-1', 'ca-montreal-1', 'sa-saopaulo-1',
  'sa-vinhedo-1', 'sa-santiago-1', 'sa-bogota-1', 'sa-valparaiso-1', 'mx-queretaro-1', 'mx-monterrey-1', 'uk-london-1',
  'uk-cardiff-1', 'eu-frankfurt-1', 'eu-amsterdam-1', 'eu-zurich-1', 'eu-milan-1', 'eu-stockholm-1', 'eu-marseille-1',
  'eu-paris-1', 'eu-madrid-1', 'eu-madrid-3', 'eu-turin-1', 'me-jeddah-1', 'me-dubai-1', 'me-abudhabi-1', 'me-riyadh-1',
  'il-jerusalem-1', 'af-johannesburg-1', 'ap-tokyo-1', 'ap-osaka-1', 'ap-seoul-1', 'ap-chuncheon-1', 'ap-mumbai-1',
  'ap-hyderabad-1', 'ap-singapore-1', 'ap-singapore-2', 'ap-sydney-1', 'ap-melbourne-1', 'ap-batam-1', 'ap-kulai-2',
];

type EditableTable = { version: string; realms: { key: string; consoleHosts: string[]; regions: string[] }[] };


describe('realm table', () => {
  it('passes its schema', () => {
    expect(RealmTableSchema.safeParse(REALM_TABLE).error).toBeUndefined();
  });

  it('holds every realm of CONSOLE.md with its domain and regions, plus OC1', () => {
    expect(REALM_TABLE.realms.map((realm) => realm.key).sort()).toEqual(['oc1', ...CONSOLE_MD.map(([key]) => key)].sort());
    for (const [key, domain, regions] of CONSOLE_MD) {
      const realm = findRealm(key);
      expect(realm?.domain, key).toBe(domain);
      expect(realm?.regions.toSorted(), key).toEqual([...regions].sort());
    }
  });

  it('puts the public commercial regions in OC1', () => {
    const oc1 = findRealm('oc1');
    expect(oc1?.domain).toBe('oraclecloud.com');
    expect(oc1?.regions.length).toBeGreaterThanOrEqual(60);
    for (const region of OC1_REGIONS) expect(realmOfRegion(region)?.key, region).toBe('oc1');
    expect(realmOfRegion('eu-jovanovac-1')?.key).toBe('oc20');
  });

  it('lists the documented Console hosts', () => {
    expect(findRealm('oc1')?.consoleHosts).toEqual(['cloud.oracle.com', 'console.{region}.oraclecloud.com']);
    expect(findRealm('oc10')?.consoleHosts).toContain('oc10.cloud.oracle.com');
    expect(findRealm('oc19')?.consoleHosts).toContain('cloud.oracle.eu');
    for (const realm of REALM_TABLE.realms) expect(realm.consoleHosts).toContain(`console.{region}.${realm.domain}`);
  });

  it.each<[string, (table: EditableTable) => void, string]>([
    ['a region in two realms', (t) => t.realms[1]!.regions.push('us-ashburn-1'), 'region "us-ashburn-1" appears more than once'],
    ['a duplicate realm key', (t) => { t.realms[2]!.key = 'oc2'; }, 'realm key "oc2" appears more than once'],
    ['a fixed host in two realms', (t) => t.realms[1]!.consoleHosts.push('cloud.oracle.com'), 'fixed Console host "cloud.oracle.com"'],
    ['a regional host outside the realm domain', (t) => t.realms[0]!.consoleHosts.push('console.{region}.com'), 'must end with {region}.oraclecloud.com'],
    ['{region} inside a label', (t) => t.realms[0]!.consoleHosts.push('console-{region}.oraclecloud.com'), 'whole DNS label'],
    ['an upper-case host', (t) => t.realms[0]!.consoleHosts.push('Cloud.Oracle.com'), 'lower-case host name'],
    ['a malformed region id', (t) => t.realms[0]!.regions.push('ashburn'), 'must look like us-ashburn-1'],
    ['a malformed version', (t) => { t.version = 'November 2026'; }, 'date'],
  ])('rejects %s', (_what, edit, message) => {
    const result = RealmTableSchema.safeParse(editedCopy<EditableTable>(REALM_TABLE, edit));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toContain(message);
  });
});
