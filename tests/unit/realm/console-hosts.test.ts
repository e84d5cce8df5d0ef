import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { consoleIncludeGlobs, consoleMatchPatterns } from '@/utils/realm/console-hosts';
import { detectRealm } from '@/utils/realm/detect-realm';
import { REALM_TABLE } from '@/utils/realm/realms';
import { LOOK_ALIKES, matchesGlobs, matchesPatterns, tableConsoleUrls } from './console-urls';

// Chrome's match pattern grammar: <scheme>://<host><path>, host `*`, `*.` + suffix, or exact, no `*`
// elsewhere in the host; path starts with `/`. (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns)
const CHROME_MATCH_PATTERN = /^(\*|https?|file|ftp|urn):\/\/(\*|(?:\*\.)?[^/*:]+)(\/.*)$/;

const patterns = consoleMatchPatterns();
const globs = consoleIncludeGlobs();

describe('console match patterns', () => {
  it('are valid Chrome match patterns, https only, for Console hosts and realm domains only', () => {
    const domains = new Set<string>(REALM_TABLE.realms.map((realm) => realm.domain));
    const fixedHosts = new Set<string>(REALM_TABLE.realms.flatMap((realm) => realm.consoleHosts.filter((host) => !host.includes('{'))));
    expect(patterns.length).toBeGreaterThan(0);
    expect(new Set(patterns).size).toBe(patterns.length);
    for (const pattern of patterns) {
      const [, scheme, host, path] = CHROME_MATCH_PATTERN.exec(pattern) ?? [];
      expect(scheme, pattern).toBe('https');
      expect(path, pattern).toBe('/*');
      expect(host === undefined ? false : fixedHosts.has(host) || domains.has(host.replace(/^\*\./, '')), pattern).toBe(true);
      expect(() => new MatchPattern(pattern)).not.toThrow();
    }
    expect(patterns).toEqual(expect.arrayContaining(['https://cloud.oracle.com/*', 'https://*.oraclecloud.com/*', 'https://oc10.cloud.oracle.com/*', 'https://cloud.oracle.eu/*', 'https://*.oraclegovcloud.com/*']));
    expect(patterns.join(' ')).not.toMatch(/<all_urls>|localhost|http:|\*:\/\//);
  });

  it('have include_globs that narrow regional hosts to console.*', () => {
    expect(globs).toEqual(expect.arrayContaining(['https://console.*.oraclecloud.com/*', 'https://cloud.oracle.com/*', 'https://oc10.cloud.oracle.com/*', 'https://cloud.oracle.eu/*']));
    expect(new Set(globs).size).toBe(globs.length);
    for (const glob of globs) expect(glob, glob).toMatch(/^https:\/\/[^/]+\/\*$/);
  });

  it('cover every Console URL of the table, on both patterns and globs', () => {
    const urls = tableConsoleUrls().map(({ url }) => url);
    urls.push('https://cloud.oracle.com/', 'https://oc10.cloud.oracle.com/', 'https://cloud.oracle.eu/', 'https://console.us-newcity-1.oraclecloud.com/');
    for (const url of urls) {
      expect(matchesPatterns(url), url).toBe(true);
      expect(matchesGlobs(url), url).toBe(true);
    }
  });

  it.each(LOOK_ALIKES)('leave out the look-alike %s', (url) => {
    expect(matchesPatterns(url)).toBe(false);
    expect(matchesGlobs(url)).toBe(false);
  });

  it.each([
    'https://objectstorage.us-ashburn-1.oraclecloud.com/n/x/b/y/o/z',
    'https://abc123.integration.ocp.oraclecloud.com/ic/home',
    'https://idcs-abc.identity.oraclecloud.com/ui/v1/myconsole',
    'https://consolex.oraclecloud.com/',
  ])('inject nowhere on other hosts of a realm domain, such as %s', (url) => {
    // The pattern has to admit the whole domain; the globs keep the script out.
    expect(matchesPatterns(url)).toBe(true);
    expect(matchesGlobs(url)).toBe(false);
    expect(detectRealm(url)).toMatchObject({ status: 'unknown', reason: 'not-a-console-host' });
  });

  it.each(['http://cloud.oracle.com/', 'http://console.us-ashburn-1.oraclecloud.com/'])('leave out plain http: %s', (url) => {
    expect(matchesPatterns(url)).toBe(false);
    expect(matchesGlobs(url)).toBe(false);
  });
});
