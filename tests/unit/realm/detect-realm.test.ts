import { describe, expect, it } from 'vitest';
import { detectRealm, isConsoleHost } from '@/utils/realm/detect-realm';
import { LOOK_ALIKES, tableConsoleUrls } from './console-urls';

describe('detectRealm on real Console URLs of every realm', () => {
  it.each([
    ['https://cloud.oracle.com/identity/domains/my-profile?region=us-ashburn-1', 'oc1', 'us-ashburn-1'],
    ['https://cloud.oracle.com/identity/domains/ocid1.domain.oc1..aaaa/users?region=eu-frankfurt-1', 'oc1', 'eu-frankfurt-1'],
    ['https://console.us-phoenix-1.oraclecloud.com/', 'oc1', 'us-phoenix-1'],
    ['https://console.us-langley-1.oraclegovcloud.com/', 'oc2', 'us-langley-1'],
    ['https://console.us-luke-1.oraclegovcloud.com/', 'oc2', 'us-luke-1'],
    ['https://console.us-gov-ashburn-1.oraclegovcloud.com/', 'oc3', 'us-gov-ashburn-1'],
    ['https://console.us-gov-chicago-1.oraclegovcloud.com/', 'oc3', 'us-gov-chicago-1'],
    ['https://console.us-gov-phoenix-1.oraclegovcloud.com/', 'oc3', 'us-gov-phoenix-1'],
    ['https://console.uk-gov-london-1.oraclegovcloud.uk/', 'oc4', 'uk-gov-london-1'],
    ['https://console.uk-gov-cardiff-1.oraclegovcloud.uk/', 'oc4', 'uk-gov-cardiff-1'],
    ['https://console.ap-chiyoda-1.oraclecloud8.com/', 'oc8', 'ap-chiyoda-1'],
    ['https://console.me-dcc-muscat-1.oraclecloud9.com/', 'oc9', 'me-dcc-muscat-1'],
    ['https://oc10.cloud.oracle.com/?region=ap-dcc-canberra-1', 'oc10', 'ap-dcc-canberra-1'],
    ['https://console.ap-dcc-canberra-1.oraclecloud10.com/', 'oc10', 'ap-dcc-canberra-1'],
    ['https://console.eu-dcc-milan-1.oraclecloud14.com/', 'oc14', 'eu-dcc-milan-1'],
    ['https://console.ap-dcc-gazipur-1.oraclecloud15.com/', 'oc15', 'ap-dcc-gazipur-1'],
    ['https://console.us-sanjose-2.oraclecloud16.com/', 'oc16', 'us-sanjose-2'],
    ['https://console.us-dcc-phoenix-1.oraclecloud17.com/', 'oc17', 'us-dcc-phoenix-1'],
    ['https://cloud.oracle.eu/?region=eu-frankfurt-2', 'oc19', 'eu-frankfurt-2'],
    ['https://console.eu-madrid-2.oraclecloud.eu/', 'oc19', 'eu-madrid-2'],
    ['https://console.eu-jovanovac-1.oraclecloud20.com/', 'oc20', 'eu-jovanovac-1'],
    ['https://console.me-dcc-doha-1.oraclecloud21.com/', 'oc21', 'me-dcc-doha-1'],
    ['https://console.eu-dcc-rome-1.psn-pco.it/', 'oc22', 'eu-dcc-rome-1'],
    ['https://console.us-somerset-1.oraclecloud23.com/', 'oc23', 'us-somerset-1'],
    ['https://console.eu-dcc-zurich-1.oraclecloud24.com/', 'oc24', 'eu-dcc-zurich-1'],
    ['https://console.ap-dcc-tokyo-1.nricloud.jp/', 'oc25', 'ap-dcc-tokyo-1'],
    ['https://console.me-abudhabi-3.oraclecloud26.com/', 'oc26', 'me-abudhabi-3'],
    ['https://console.me-abudhabi-2.oraclecloud29.com/', 'oc29', 'me-abudhabi-2'],
    ['https://console.ap-hobsonville-1.sovereigncloud.nz/', 'oc31', 'ap-hobsonville-1'],
    ['https://console.ap-seoul-2.oraclecloud35.com/', 'oc35', 'ap-seoul-2'],
    ['https://console.me-riyadh-2.stccloud.com/', 'oc36', 'me-riyadh-2'],
    ['https://console.ap-osaka-2.jpsovereigncloud.jp/', 'oc40', 'ap-osaka-2'],
    ['https://console.me-dubai-2.dutechcloud.ae/', 'oc41', 'me-dubai-2'],
    ['https://console.us-ashburn-2.oraclecloud42.com/', 'oc42', 'us-ashburn-2'],
    ['https://console.eu-budapest-1.oraclecloud51.com/', 'oc51', 'eu-budapest-1'],
    ['https://console.sa-riodejaneiro-1.oraclecloud52.com/', 'oc52', 'sa-riodejaneiro-1'],
  ])('%s → %s %s', (url, realm, region) => {
    const detection = detectRealm(url);
    expect(detection).toMatchObject({ status: 'known', realm, region, regionListed: true, host: new URL(url).hostname });
    expect(isConsoleHost(url)).toBe(true);
  });

  it('gives the realm and the region', () => {
    expect(detectRealm('https://cloud.oracle.com/?region=us-ashburn-1')).toEqual({
      status: 'known',
      realm: 'oc1',
      host: 'cloud.oracle.com',
      region: 'us-ashburn-1',
      regionListed: true,
    });
    expect(detectRealm('https://console.uk-gov-cardiff-1.oraclegovcloud.uk/')).toEqual({
      status: 'known',
      realm: 'oc4',
      host: 'console.uk-gov-cardiff-1.oraclegovcloud.uk',
      region: 'uk-gov-cardiff-1',
      regionListed: true,
    });
  });

  it('detects every region of the table on every Console host of its realm', () => {
    const urls = tableConsoleUrls();
    expect(urls.length).toBeGreaterThan(100);
    for (const { url, realm, region } of urls) {
      expect(detectRealm(url), url).toMatchObject({ status: 'known', realm, region, regionListed: true });
    }
  });
});

describe('detectRealm without a region, or with one the table does not pair with the host', () => {
  it.each([
    ['https://cloud.oracle.com/', 'oc1'],
    ['https://cloud.oracle.com/identity/domains/my-profile', 'oc1'],
    ['https://oc10.cloud.oracle.com/', 'oc10'],
    ['https://cloud.oracle.eu/', 'oc19'],
    // A region of another realm contradicts the host, which decides the realm: the region is dropped.
    ['https://cloud.oracle.com/?region=us-langley-1', 'oc1'],
    ['https://cloud.oracle.com/?region=eu-frankfurt-2', 'oc1'],
    ['https://cloud.oracle.eu/?region=eu-frankfurt-1', 'oc19'],
    ['https://oc10.cloud.oracle.com/?region=us-ashburn-1', 'oc10'],
    ['https://console.eu-madrid-2.oraclecloud.com/', 'oc1'],
    // Not a region id at all.
    ['https://cloud.oracle.com/?region=%3Cscript%3E', 'oc1'],
    ['https://cloud.oracle.com/?region=', 'oc1'],
  ])('%s → %s, no region', (url, realm) => {
    const detection = detectRealm(url);
    expect(detection).toMatchObject({ status: 'known', realm, regionListed: false });
    expect(detection).not.toHaveProperty('region');
  });

  it.each([
    ['https://cloud.oracle.com/?region=us-newcity-1', 'oc1', 'us-newcity-1'],
    ['https://console.us-newcity-1.oraclecloud.com/', 'oc1', 'us-newcity-1'],
    ['https://cloud.oracle.eu/?region=eu-newcity-1', 'oc19', 'eu-newcity-1'],
    ['https://console.ap-newcity-1.oraclecloud8.com/', 'oc8', 'ap-newcity-1'],
  ])('%s → %s with %s flagged as not in the table', (url, realm, region) => {
    expect(detectRealm(url)).toMatchObject({ status: 'known', realm, region, regionListed: false });
  });
});

describe('detectRealm normalises the URL', () => {
  it.each([
    ['https://CLOUD.ORACLE.COM/?region=US-ASHBURN-1', 'cloud.oracle.com', 'oc1', 'us-ashburn-1'],
    ['https://Console.US-GOV-Chicago-1.OracleGovCloud.com/', 'console.us-gov-chicago-1.oraclegovcloud.com', 'oc3', 'us-gov-chicago-1'],
    ['https://cloud.oracle.com./?region=uk-london-1', 'cloud.oracle.com', 'oc1', 'uk-london-1'],
    ['https://console.us-luke-1.oraclegovcloud.com./', 'console.us-luke-1.oraclegovcloud.com', 'oc2', 'us-luke-1'],
    ['https://cloud.oracle.com:443/?region=ap-tokyo-1', 'cloud.oracle.com', 'oc1', 'ap-tokyo-1'],
    ['https://cloud.oracle.com/?region=sa-saopaulo-1&region=us-ashburn-1#x', 'cloud.oracle.com', 'oc1', 'sa-saopaulo-1'],
  ])('%s', (url, host, realm, region) => {
    expect(detectRealm(url)).toMatchObject({ status: 'known', host, realm, region, regionListed: true });
  });

  it('takes a URL object as well as a string', () => {
    expect(detectRealm(new URL('https://console.eu-frankfurt-2.oraclecloud.eu/'))).toMatchObject({ realm: 'oc19', region: 'eu-frankfurt-2' });
  });
});

describe('detectRealm does not guess', () => {
  it.each([
    'https://console.us-gov-newcity-1.oraclegovcloud.com/',
    'https://console.us-ashburn-1.oraclegovcloud.com/',
    'https://console.uk-gov-london-1.oraclegovcloud.com/',
  ])('%s: Console on the domain OC2 and OC3 share, realm unknown', (url) => {
    expect(detectRealm(url)).toEqual({ status: 'unknown', host: new URL(url).hostname, reason: 'unknown-region' });
    expect(isConsoleHost(url)).toBe(true);
  });

  it.each([
    ...LOOK_ALIKES,
    'http://cloud.oracle.com/?region=us-ashburn-1',
    'http://console.us-ashburn-1.oraclecloud.com/',
    'https://cloud.oracle.com:8443/',
    'https://console.us-gov-ashburn-1.oraclegovcloud.com:444/',
    'wss://cloud.oracle.com/',
    'https://oraclecloud.com/',
    'https://console.oraclecloud.com/',
    'https://console..oraclecloud.com/',
    'https://console.a.us-ashburn-1.oraclecloud.com/',
    'https://objectstorage.us-ashburn-1.oraclecloud.com/n/x/b/y/o/z',
    'https://auth.us-ashburn-1.oraclecloud.com/oauth2/token',
    'https://abc123.integration.ocp.oraclecloud.com/ic/home',
    'https://idcs-abc.identity.oraclecloud.com/ui/v1/myconsole',
    'https://oc99.cloud.oracle.com/',
    'https://www.oracle.com/cloud/',
    'https://docs.oracle.com/en-us/iaas/Content/home.htm',
    'https://console.us-ashburn-1.oraclecloud99.com/',
    'https://localhost/?region=us-ashburn-1',
    'https://127.0.0.1/',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'file:///tmp/cloud.oracle.com/index.html',
    'about:blank',
  ])('%s is not a Console host', (url) => {
    expect(detectRealm(url)).toMatchObject({ status: 'unknown', reason: 'not-a-console-host' });
    expect(isConsoleHost(url)).toBe(false);
  });

  it.each(['', 'cloud.oracle.com', 'https://', 'not a url', '//cloud.oracle.com/'])('%j is not a URL', (url) => {
    expect(detectRealm(url)).toEqual({ status: 'unknown', host: '', reason: 'invalid-url' });
    expect(isConsoleHost(url)).toBe(false);
  });
});
