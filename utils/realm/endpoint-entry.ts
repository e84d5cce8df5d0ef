import { findRealm, realmOfRegion } from './realm-lookup';
import { REALM_TABLE, REGION_ID } from './realms';
import { tokenEndpoint } from './token-endpoint';

// The token endpoint of a credential whose realm or region the Console page did not show (or that
// the realm table does not pair): the administrator enters the region, checked against the realm
// table, or the endpoint itself, https://auth.<region>.<realm domain>/oauth2/token with a realm
// domain the table knows. Nothing is guessed: what cannot be pinned to one realm is refused.

export interface TokenEndpointFacts {
  realm: string;
  region: string;
  tokenEndpoint: string;
}

export type EndpointEntry = { ok: true; facts: TokenEndpointFacts } | { ok: false; error: string };

const ENDPOINT = /^https:\/\/auth\.([^./]+)\.([^/]+)\/oauth2\/token$/;

/** The endpoint the Console's realm and region give, when the realm table pairs them. */
export function knownTokenEndpoint(context: { realm?: string; region?: string }): TokenEndpointFacts | undefined {
  const { realm, region } = context;
  const endpoint = realm && region ? tokenEndpoint(realm, region) : undefined;
  return endpoint && realm && region ? { realm, region, tokenEndpoint: endpoint } : undefined;
}

function fromRegion(region: string, realm: string | undefined): EndpointEntry {
  const owner = realmOfRegion(region);
  if (!owner) {
    return { ok: false, error: `"${region}" is not a region this extension knows. Enter the token endpoint instead (https://auth.<region>.<realm domain>/oauth2/token).` };
  }
  if (realm && owner.key !== realm) return { ok: false, error: `Region ${region} belongs to realm ${owner.key}, but this credential is in realm ${realm}.` };
  return { ok: true, facts: { realm: owner.key, region, tokenEndpoint: `https://auth.${region}.${owner.domain}/oauth2/token` } };
}

function fromEndpoint(url: string, realm: string | undefined): EndpointEntry {
  const match = ENDPOINT.exec(url);
  if (!match) return { ok: false, error: 'A token endpoint looks like https://auth.<region>.<realm domain>/oauth2/token, e.g. https://auth.us-ashburn-1.oraclecloud.com/oauth2/token.' };
  const [, region = '', domain = ''] = match;
  if (!REGION_ID.test(region)) return { ok: false, error: `"${region}" is not a region identifier such as us-ashburn-1.` };
  const owners = REALM_TABLE.realms.filter((entry) => entry.domain === domain);
  if (owners.length === 0) return { ok: false, error: `${domain} is not the domain of a realm this extension knows.` };
  const known = realmOfRegion(region);
  if (known) {
    if (known.domain !== domain) return { ok: false, error: `Region ${region} belongs to realm ${known.key}, whose domain is ${known.domain}, not ${domain}.` };
    return fromRegion(region, realm);
  }
  // A region the table does not list yet: the domain, or the credential's realm among the realms sharing it, tells the realm.
  const owner = realm ? owners.find((entry) => entry.key === realm) : owners.length === 1 ? owners[0] : undefined;
  if (!owner) {
    return realm
      ? { ok: false, error: `${domain} is not the domain of realm ${realm}${findRealm(realm) ? ` (${findRealm(realm)!.domain})` : ''}.` }
      : { ok: false, error: `${domain} is shared by realms ${owners.map((entry) => entry.key).join(' and ')}: enter the OCID first, which names the realm.` };
  }
  return { ok: true, facts: { realm: owner.key, region, tokenEndpoint: url } };
}

/**
 * Reads back the endpoint kept with a vault item (entered on an earlier visit of the handoff page):
 * storage is input, and the realm table or the credential's realm (an OCID attached since) may no
 * longer agree with it, so it is checked again like a new entry.
 */
export function keptTokenEndpoint(stored: string, realm?: string): EndpointEntry {
  const entry = /^https:\/\//.test(stored) ? parseEndpointEntry(stored, realm) : undefined;
  if (entry?.ok) return entry;
  const why = entry ? ` ${entry.error}` : ' It is not an https:// address.';
  return { ok: false, error: `The token endpoint kept for this credential cannot be used:${why} Enter the region or the token endpoint again.` };
}

/**
 * Reads what the administrator typed: a region id (`us-ashburn-1`) or a token endpoint URL. `realm`
 * is what is known of the credential's realm (the Console's, else its OCID's), if anything.
 */
export function parseEndpointEntry(text: string, realm?: string): EndpointEntry {
  const entry = text.trim();
  if (entry === '') return { ok: false, error: 'Enter the region (e.g. us-ashburn-1) or the token endpoint.' };
  if (/^https?:\/\//i.test(entry)) return fromEndpoint(entry, realm);
  if (!REGION_ID.test(entry)) return { ok: false, error: `"${entry}" is neither a region identifier such as us-ashburn-1 nor an https:// token endpoint.` };
  return fromRegion(entry, realm);
}
