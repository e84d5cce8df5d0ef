import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availabilityFor, AVAILABILITY_TABLE, type AvailabilityOverrides } from '@/utils/realm/availability';
import { detectRealm, isConsoleHost } from '@/utils/realm/detect-realm';
import { CONSOLE_HOSTS, findRealm, realmOfRegion } from '@/utils/realm/realm-lookup';
import { REGION_ID } from '@/utils/realm/realms';
import { realmDomain, tokenEndpoint } from '@/utils/realm/token-endpoint';
import { matchesGlobs, matchesPatterns, tableConsoleUrls } from '../realm/console-urls';
import { realmEntry, realmKey, realmRegion, text } from './arbitraries';

// Realm detection reads the page's URL, which anyone can choose: every string must give an answer
// (never an exception), the same answer each time, and "Console" only for the realm table's hosts
// over https on the default port.

const TABLE_URLS = tableConsoleUrls();
const tableUrl = fc.constantFrom(...TABLE_URLS);

/** A path, query and fragment that say nothing about the host. */
const tail = fc.tuple(fc.webPath(), fc.webQueryParameters(), fc.webFragments()).map(([path, query, fragment]) => ({ path, query, fragment }));

function withTail(url: string, { path, query, fragment }: { path: string; query: string; fragment: string }): string {
  const parsed = new URL(url);
  parsed.pathname = path || '/';
  // Keep the table's ?region= (fixed hosts name the region there) and add the random query after it.
  parsed.search = [parsed.search.slice(1), query].filter(Boolean).join('&');
  parsed.hash = fragment;
  return parsed.href;
}

/** Host names built from a genuine Console host that belong to someone else. */
const lookAlikeHost = fc.tuple(tableUrl, fc.domain(), fc.stringMatching(/^[a-z0-9-]{1,12}$/)).chain(([{ url }, domain, label]) => {
  const host = new URL(url).hostname;
  return fc.constantFrom(
    `${host}.${domain}`, // cloud.oracle.com.example.net
    `${label}${host}`, // xcloud.oracle.com
    `${host.replace(/\.(?=[^.]+\.[^.]+$)/, '-')}`, // console.us-ashburn-1-oraclecloud.com
    `${host}-${label}.example`, // oraclecloud.com-login.example
    `${host.split('.').slice(0, -1).join('.')}.x${label}`, // another top-level domain
  );
});

const detections = fc.oneof(text(80), fc.webUrl({ withQueryParameters: true, withFragments: true }), tableUrl.map(({ url }) => url));

describe('detectRealm on any input', () => {
  it('never throws, answers the same twice, and agrees with isConsoleHost', () => {
    fc.assert(
      fc.property(detections, (url) => {
        const first = detectRealm(url);
        expect(detectRealm(url)).toEqual(first);
        expect(isConsoleHost(url)).toBe(first.status === 'known' || first.reason === 'unknown-region');
      }),
      { numRuns: 250 },
    );
  });

  it('names a Console only for https on the default port and a host of the realm table', () => {
    fc.assert(
      fc.property(detections, (url) => {
        const detection = detectRealm(url);
        if (detection.status !== 'known') return;
        const parsed = new URL(url);
        expect(parsed.protocol).toBe('https:');
        expect(parsed.port).toBe('');
        const ofRealm = CONSOLE_HOSTS.filter((host) => host.realm.key === detection.realm);
        expect(ofRealm.some((host) => (host.kind === 'fixed' ? host.host === detection.host : detection.host.startsWith(host.prefix) && detection.host.endsWith(host.suffix)))).toBe(true);
      }),
      { numRuns: 250 },
    );
  });

  it('reports a region only when it is shaped like one and belongs to no other realm', () => {
    const anyRegion = fc.oneof(text(30), fc.constantFrom(...TABLE_URLS.map((entry) => entry.region)), fc.stringMatching(/^[a-z]{2}(-[a-z]{1,8}){1,2}-[0-9]$/));
    const fixedHost = fc.constantFrom(...CONSOLE_HOSTS.flatMap((host) => (host.kind === 'fixed' ? [host.host] : [])));
    fc.assert(
      fc.property(fixedHost, anyRegion, fc.boolean(), (host, region, upper) => {
        const url = new URL(`https://${host}/identity/domains/my-profile`);
        url.searchParams.set('region', upper ? region.toUpperCase() : region);
        const detection = detectRealm(url);
        expect(detection.status).toBe('known');
        if (detection.status !== 'known' || detection.region === undefined) return;
        expect(detection.region).toMatch(REGION_ID);
        expect(realmOfRegion(detection.region)?.key ?? detection.realm).toBe(detection.realm);
        expect(detection.regionListed).toBe(realmOfRegion(detection.region) !== undefined);
      }),
      { numRuns: 200 },
    );
  });
});

describe('detectRealm on the table\'s Console URLs', () => {
  it('finds the table realm and region whatever the path, query, fragment, host case or trailing dot', () => {
    fc.assert(
      fc.property(tableUrl, tail, fc.boolean(), fc.boolean(), ({ url, realm, region }, rest, upper, dot) => {
        const parsed = new URL(withTail(url, rest));
        const host = `${upper ? parsed.hostname.toUpperCase() : parsed.hostname}${dot ? '.' : ''}`;
        const variant = `https://${host}${parsed.pathname}${parsed.search}${parsed.hash}`;
        expect(detectRealm(variant)).toMatchObject({ status: 'known', realm, region, regionListed: true });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses the same URL over http or on another port', () => {
    fc.assert(
      fc.property(tableUrl, tail, fc.integer({ min: 1, max: 65535 }).filter((port) => port !== 443), ({ url }, rest, port) => {
        const https = new URL(withTail(url, rest));
        const http = `http://${https.host}${https.pathname}${https.search}`;
        const ported = `https://${https.hostname}:${port}${https.pathname}${https.search}`;
        for (const variant of [http, ported]) {
          expect(detectRealm(variant)).toMatchObject({ status: 'unknown', reason: 'not-a-console-host' });
          expect(matchesPatterns(variant) && matchesGlobs(variant)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses look-alike hosts made from a Console host, and the manifest does not inject there', () => {
    fc.assert(
      fc.property(lookAlikeHost, tail, (host, rest) => {
        const url = withTail(`https://${host}/`, rest);
        expect(detectRealm(url).status).toBe('unknown');
        expect(isConsoleHost(url)).toBe(false);
        expect(matchesPatterns(url) && matchesGlobs(url)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a Console host given as user info in front of another host', () => {
    fc.assert(
      fc.property(tableUrl, fc.domain(), ({ url }, domain) => {
        const lure = `https://${new URL(url).hostname}@${domain}/identity/domains/my-profile`;
        expect(detectRealm(lure)).toMatchObject({ status: 'unknown', host: new URL(lure).hostname });
      }),
      { numRuns: 100 },
    );
  });
});

const overrides: fc.Arbitrary<AvailabilityOverrides> = fc.dictionary(
  fc.oneof(realmKey, text(8)),
  fc.record({ available: fc.boolean(), note: fc.option(text(20), { nil: undefined }) }, { requiredKeys: ['available'] }),
);

describe('availabilityFor', () => {
  it('never throws; follows an override for the realm, else the table; unknown realms stay unknown', () => {
    fc.assert(
      fc.property(detections, overrides, (url, policy) => {
        const detection = detectRealm(url);
        const result = availabilityFor(detection, policy);
        expect(Object.values(AVAILABILITY_TABLE.sources)).toContain(result.source);
        if (detection.status === 'unknown') {
          expect(result).toMatchObject({ availability: 'unknown', overridden: false });
          return;
        }
        const override = Object.hasOwn(policy, detection.realm) ? policy[detection.realm] : undefined;
        const expected = override?.available ?? AVAILABILITY_TABLE.realms[detection.realm].available;
        expect(result).toMatchObject({ realm: detection.realm, availability: expected ? 'available' : 'unavailable', overridden: override !== undefined });
      }),
      { numRuns: 200 },
    );
  });
});

describe('realmDomain and tokenEndpoint', () => {
  it('know only the table: any other text gives undefined, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(realmKey, text(20)), fc.oneof(realmRegion.map((entry) => entry.region), text(20)), (realm, region) => {
        expect(realmDomain(realm)).toBe(findRealm(realm)?.domain);
        const paired = realmOfRegion(region)?.key === realm;
        expect(tokenEndpoint(realm, region) !== undefined).toBe(paired);
      }),
      { numRuns: 200 },
    );
  });

  it('build the token endpoint for a region of the realm only, on auth.<region>.<realm domain>', () => {
    fc.assert(
      fc.property(realmRegion, realmEntry, ({ realm, region, domain }, other) => {
        const endpoint = tokenEndpoint(realm, region);
        expect(endpoint).toBe(`https://auth.${region}.${domain}/oauth2/token`);
        expect(new URL(endpoint!).hostname).toBe(`auth.${region}.${domain}`);
        expect(realmDomain(realm)).toBe(domain);
        if (other.key !== realm) expect(tokenEndpoint(other.key, region)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
