import { REALM_TABLE, REGION_PLACEHOLDER, type Realm } from './realms';

// Indexes over the realm table, built once at load: detection runs on every Console navigation.

/**
 * A Console host of one realm. `fixed`: one host for every region of the realm (cloud.oracle.com).
 * `regional`: `<prefix><region><suffix>`, e.g. prefix `console.`, suffix `.oraclecloud.com`.
 */
export type ConsoleHost =
  | { realm: Realm; kind: 'fixed'; host: string }
  | { realm: Realm; kind: 'regional'; prefix: string; suffix: string };

const REALMS: readonly Realm[] = REALM_TABLE.realms;

const realmsByKey = new Map(REALMS.map((realm) => [realm.key as string, realm]));

const realmsByRegion = new Map(REALMS.flatMap((realm) => realm.regions.map((region): [string, Realm] => [region, realm])));

export const CONSOLE_HOSTS: readonly ConsoleHost[] = REALMS.flatMap((realm) =>
  realm.consoleHosts.map((template): ConsoleHost => {
    const at = template.indexOf(REGION_PLACEHOLDER);
    if (at < 0) return { realm, kind: 'fixed', host: template };
    return { realm, kind: 'regional', prefix: template.slice(0, at), suffix: template.slice(at + REGION_PLACEHOLDER.length) };
  }),
);

export function findRealm(key: string): Realm | undefined {
  return realmsByKey.get(key);
}

/** The realm a region belongs to, or undefined for a region not in the table. */
export function realmOfRegion(regionId: string): Realm | undefined {
  return realmsByRegion.get(regionId);
}
