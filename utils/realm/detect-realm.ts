import { REGION_ID, type Realm, type RealmKey } from './realms';
import { CONSOLE_HOSTS, realmOfRegion } from './realm-lookup';

/**
 * Why no realm was found:
 * - `invalid-url`: the text is not a URL.
 * - `not-a-console-host`: not a Console of any realm in the table (other scheme or port, another
 *   Oracle service, a look-alike host): the extension shows nothing at all.
 * - `unknown-region`: a Console host on a domain that several realms share (oraclegovcloud.com),
 *   with a region that none of them lists: it is a Console, but its realm is not guessed.
 */
export type UnknownRealmReason = 'invalid-url' | 'not-a-console-host' | 'unknown-region';

export type RealmDetection =
  | {
      status: 'known';
      realm: RealmKey;
      /** Lower case, without a trailing dot. */
      host: string;
      /**
       * The region the URL names, from the host or `?region=`. Absent when the URL names none, or names
       * a region of another realm: the host decides the realm and a region that contradicts it is dropped.
       */
      region?: string;
      /** True when `region` is in the realm table; false for a region Oracle added after the table. */
      regionListed: boolean;
    }
  | { status: 'unknown'; host: string; reason: UnknownRealmReason };

/**
 * Which realm's Console a URL belongs to, from the URL alone.
 * Examples: https://cloud.oracle.com/identity/domains/my-profile?region=us-ashburn-1 → oc1, us-ashburn-1;
 * https://console.us-gov-chicago-1.oraclegovcloud.com/ → oc3; https://cloud.oracle.eu/?region=eu-frankfurt-2 → oc19;
 * https://oc10.cloud.oracle.com/ → oc10 without region; https://cloud.oracle.com.evil.example/ → not a Console.
 */
export function detectRealm(url: string | URL): RealmDetection {
  const parsed = parseUrl(url);
  if (!parsed) return { status: 'unknown', host: '', reason: 'invalid-url' };
  // A trailing dot names the same host in DNS and TLS, so the page is still the Console.
  const host = parsed.hostname.replace(/\.$/, '');
  if (parsed.protocol !== 'https:' || parsed.port !== '') return unknown(host, 'not-a-console-host');

  const fixed = CONSOLE_HOSTS.find((candidate) => candidate.kind === 'fixed' && candidate.host === host);
  if (fixed) return known(fixed.realm, host, parsed.searchParams.get('region')?.toLowerCase());

  const candidates = CONSOLE_HOSTS.flatMap((template) => {
    if (template.kind !== 'regional' || !host.startsWith(template.prefix) || !host.endsWith(template.suffix)) return [];
    const region = host.slice(template.prefix.length, host.length - template.suffix.length);
    return REGION_ID.test(region) ? [{ realm: template.realm, region }] : [];
  });
  const owner = candidates.find(({ realm, region }) => realmOfRegion(region) === realm);
  if (owner) return known(owner.realm, host, owner.region);
  const realms = new Set(candidates.map(({ realm }) => realm));
  const [only] = candidates;
  // A domain used by one realm only decides the realm even for a region missing from the table.
  if (only && realms.size === 1) return known(only.realm, host, only.region);
  return unknown(host, candidates.length > 0 ? 'unknown-region' : 'not-a-console-host');
}

/** True when the URL is a Console page, of a known realm or not: where the extension shows its UI. */
export function isConsoleHost(url: string | URL): boolean {
  const detection = detectRealm(url);
  return detection.status === 'known' || detection.reason === 'unknown-region';
}

function parseUrl(url: string | URL): URL | undefined {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function known(realm: Realm, host: string, named: string | undefined): RealmDetection {
  const shaped = named !== undefined && REGION_ID.test(named) ? named : undefined;
  const owner = shaped === undefined ? undefined : realmOfRegion(shaped);
  const listed = owner === realm;
  // The host decides the realm: a region of another realm contradicts it and is dropped.
  const region = owner && !listed ? undefined : shaped;
  return {
    status: 'known',
    realm: realm.key,
    host,
    ...(region === undefined ? {} : { region }),
    regionListed: listed,
  };
}

function unknown(host: string, reason: UnknownRealmReason): RealmDetection {
  return { status: 'unknown', host, reason };
}
