import { findRealm, realmOfRegion } from './realm-lookup';

// Oracle's token request: POST https://auth.<region>.<realm domain>/oauth2/token. Built only from
// a realm and region that the table pairs, so a handoff never carries a guessed endpoint.

/** The realm's second-level domain (`oc1` → `oraclecloud.com`), or undefined for an unknown realm. */
export function realmDomain(realm: string): string | undefined {
  return findRealm(realm)?.domain;
}

/** The OAuth 2.0 token endpoint, or undefined when the realm or region is unknown or they do not pair. */
export function tokenEndpoint(realm: string, region: string): string | undefined {
  const owner = realmOfRegion(region);
  if (!owner || owner.key !== realm) return undefined;
  return `https://auth.${region}.${owner.domain}/oauth2/token`;
}
