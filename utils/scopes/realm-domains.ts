import { REALM_TABLE } from '../realm/realms';

// Every realm's second-level domain, from the realm table (the one place realms are data). oc2 and
// oc3 share oraclegovcloud.com: a domain names a realm family, which is what an audience host shows.

export const REALM_DOMAINS: readonly string[] = [...new Set(REALM_TABLE.realms.map((realm) => realm.domain))];

// Longest first, so a host is credited to the most specific domain that it ends with.
const BY_LENGTH = [...REALM_DOMAINS].sort((a, b) => b.length - a.length);

/** The realm domain a host name belongs to (`x.integration.ocp.oraclecloud.com` → `oraclecloud.com`), if any. */
export function realmDomainOfHost(host: string): string | undefined {
  const name = host.toLowerCase();
  return BY_LENGTH.find((domain) => name === domain || name.endsWith(`.${domain}`));
}
