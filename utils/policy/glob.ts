// The policy's tiny glob dialect, shared by allowed audiences, denied scopes, severity overrides
// and exemptions: `*` matches any run of characters (also none, also `/` and `:`), `?` matches
// exactly one character, everything else is literal. A pattern without `*` or `?` is an exact
// string. There is no escape: Oracle's scopes and audiences never contain `*` or `?`.
//
// Case: scopes and finding ids match case-insensitively (a deny must not be dodged by typing
// `URN:OPC:…`); an audience's scheme and host are case-insensitive, its path is not.

/** Whether `pattern` matches the whole of `value`, case-sensitively. Linear in practice, never exponential. */
export function globMatches(pattern: string, value: string): boolean {
  // Code points, so that `?` is one character even outside the BMP.
  const p = Array.from(pattern);
  const s = Array.from(value);
  let pi = 0;
  let si = 0;
  let lastStar = -1;
  let resumeAt = 0;
  while (si < s.length) {
    if (pi < p.length && (p[pi] === '?' || (p[pi] !== '*' && p[pi] === s[si]))) {
      pi += 1;
      si += 1;
    } else if (pi < p.length && p[pi] === '*') {
      lastStar = pi;
      pi += 1;
      resumeAt = si;
    } else if (lastStar !== -1) {
      // Let the last star swallow one more character and retry from there.
      pi = lastStar + 1;
      resumeAt += 1;
      si = resumeAt;
    } else {
      return false;
    }
  }
  while (p[pi] === '*') pi += 1;
  return pi === p.length;
}

export function isGlobPattern(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/** Lower-cases everything up to the end of the host (the first `/`, `?` or `#` after `://`). */
function foldAudienceHost(text: string): string {
  const schemeEnd = text.indexOf('://');
  if (schemeEnd === -1) return text;
  const rest = text.slice(schemeEnd + 3);
  const pathAt = rest.search(/[/?#]/);
  const hostEnd = schemeEnd + 3 + (pathAt === -1 ? rest.length : pathAt);
  return text.slice(0, hostEnd).toLowerCase() + text.slice(hostEnd);
}

export function audienceMatches(pattern: string, audience: string): boolean {
  return globMatches(foldAudienceHost(pattern), foldAudienceHost(audience.trim()));
}

export function scopeMatches(pattern: string, scope: string): boolean {
  return globMatches(pattern.toLowerCase(), scope.trim().toLowerCase());
}

export function findingIdMatches(pattern: string, findingId: string): boolean {
  return globMatches(pattern.toUpperCase(), findingId.toUpperCase());
}

/**
 * How specific a pattern is, for choosing between several that match the same finding:
 * an exact id beats any glob, then more literal characters beat fewer.
 */
export function patternSpecificity(pattern: string): number {
  const literals = Array.from(pattern).filter((c) => c !== '*' && c !== '?').length;
  return isGlobPattern(pattern) ? literals : Number.MAX_SAFE_INTEGER;
}
