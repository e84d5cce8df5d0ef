import { CONSOLE_HOSTS, type ConsoleHost } from './realm-lookup';

// What the manifest needs to run the content script on every realm's Console and nowhere else,
// generated from the realm table so that a new realm or host is one edit in realms.ts.
// A match pattern's host is `*`, `*.<suffix>` or exact, so `console.<region>.oraclecloud.com`
// needs `*.oraclecloud.com`; `include_globs` (where `*` may stand anywhere) then narrow injection
// back to `console.*.oraclecloud.com`. detectRealm stays the final word on each page.

/** Chrome/Firefox match patterns (https only) covering every realm's Console hosts. */
export function consoleMatchPatterns(): string[] {
  return unique(CONSOLE_HOSTS.map((host) => `https://${patternHost(host)}/*`));
}

/** Content-script `include_globs` that keep injection to Console hosts within those patterns. */
export function consoleIncludeGlobs(): string[] {
  return unique(CONSOLE_HOSTS.map((host) => `https://${globHost(host)}/*`));
}

function patternHost(host: ConsoleHost): string {
  return host.kind === 'fixed' ? host.host : `*${host.suffix}`;
}

function globHost(host: ConsoleHost): string {
  return host.kind === 'fixed' ? host.host : `${host.prefix}*${host.suffix}`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
