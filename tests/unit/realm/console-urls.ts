import { MatchPattern } from 'wxt/utils/match-patterns';
import { consoleIncludeGlobs, consoleMatchPatterns } from '@/utils/realm/console-hosts';
import { REALM_TABLE, REGION_PLACEHOLDER } from '@/utils/realm/realms';

// URLs shared by the realm tests: every Console URL the realm table implies, hosts that imitate the
// Console and must never be treated as one, and where the manifest's matches would inject.

/** One URL per realm, region and Console host of the table; fixed hosts name the region in ?region=. */
export function tableConsoleUrls(): { url: string; realm: string; region: string }[] {
  return REALM_TABLE.realms.flatMap((realm) =>
    realm.regions.flatMap((region) =>
      realm.consoleHosts.map((template) => ({
        url: template.includes(REGION_PLACEHOLDER)
          ? `https://${template.replace(REGION_PLACEHOLDER, region)}/`
          : `https://${template}/identity/domains/my-profile?region=${region}`,
        realm: realm.key,
        region,
      })),
    ),
  );
}

export const LOOK_ALIKES = [
  'https://cloud.oracle.com.evil.example/',
  'https://cloud.oracle.com.evil.example/?region=us-ashburn-1',
  'https://console.us-ashburn-1.oraclecloud.com.attacker.net/',
  'https://oraclecloud.com.attacker.net/',
  'https://console.us-ashburn-1.xoraclecloud.com/',
  'https://xoraclecloud.com/',
  'https://evilcloud.oracle.com.example/',
  'https://cloud-oracle.com/',
  'https://console.us-ashburn-1.cloud-oracle.com/',
  'https://xcloud.oracle.com/',
  'https://oc10.cloud.oracle.com.evil.example/',
  'https://cloud.oracle.eu.evil.example/',
  'https://console.uk-gov-london-1.oraclegovcloud.uk.evil.example/',
  'https://cloud.oracle.com@evil.example/',
  'https://evil.example/cloud.oracle.com/',
  'https://evil.example/?next=https://cloud.oracle.com/',
  'https://cloud.\u043eracle.com/', // a Cyrillic о: the URL parser turns it into xn--racle-iye
];

/** Chrome's include_globs: `*` is any run of characters, `?` one character, over the whole URL. */
function globMatches(glob: string, url: string): boolean {
  const source = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(url);
}

const patterns = consoleMatchPatterns().map((pattern) => new MatchPattern(pattern));
const globs = consoleIncludeGlobs();

/** Whether the content script's `matches` admit the URL. */
export function matchesPatterns(url: string): boolean {
  return patterns.some((pattern) => pattern.includes(url));
}

/** Whether the content script's `include_globs` admit the URL. */
export function matchesGlobs(url: string): boolean {
  return globs.some((glob) => globMatches(glob, url));
}
