import type { RealmDetection } from './detect-realm';
import type { RealmKey } from './realms';

// Whether a realm offers OAuth 2.0 client credentials, as data: Oracle's wording changes, and an
// organisation's policy may override it per realm. Checked by availability-schema.ts in unit tests.

export interface AvailabilitySource {
  title: string;
  /** Oracle's own sentence, quoted as the user will see it. */
  wording: string;
  url: string;
}

export interface AvailabilityTable {
  /** Date this table was last checked against its sources. */
  version: string;
  sources: Record<string, AvailabilitySource>;
  realms: Record<RealmKey, { available: boolean; source: string }>;
}

export const AVAILABILITY_TABLE = {
  version: '2026-11-01',
  sources: {
    'creation-guide': {
      title: 'Creating OAuth 2.0 Client Credentials',
      wording:
        'OAuth 2.0 client credentials are not available in the following realms: the commercial realm (OC1); ' +
        'the United Kingdom Government Cloud (OC4).',
      // Derived from the page title and Oracle's usual docs layout, not opened from here: check it.
      url: 'https://docs.oracle.com/en-us/iaas/Content/Identity/access/managing-oauth2-client-credentials.htm',
    },
  },
  // The guide lists the realms without the feature; every realm it does not list has it.
  realms: {
    oc1: { available: false, source: 'creation-guide' },
    oc2: { available: true, source: 'creation-guide' },
    oc3: { available: true, source: 'creation-guide' },
    oc4: { available: false, source: 'creation-guide' },
    oc8: { available: true, source: 'creation-guide' },
    oc9: { available: true, source: 'creation-guide' },
    oc10: { available: true, source: 'creation-guide' },
    oc14: { available: true, source: 'creation-guide' },
    oc15: { available: true, source: 'creation-guide' },
    oc16: { available: true, source: 'creation-guide' },
    oc17: { available: true, source: 'creation-guide' },
    oc19: { available: true, source: 'creation-guide' },
    oc20: { available: true, source: 'creation-guide' },
    oc21: { available: true, source: 'creation-guide' },
    oc22: { available: true, source: 'creation-guide' },
    oc23: { available: true, source: 'creation-guide' },
    oc24: { available: true, source: 'creation-guide' },
    oc25: { available: true, source: 'creation-guide' },
    oc26: { available: true, source: 'creation-guide' },
    oc29: { available: true, source: 'creation-guide' },
    oc31: { available: true, source: 'creation-guide' },
    oc35: { available: true, source: 'creation-guide' },
    oc36: { available: true, source: 'creation-guide' },
    oc40: { available: true, source: 'creation-guide' },
    oc41: { available: true, source: 'creation-guide' },
    oc42: { available: true, source: 'creation-guide' },
    oc51: { available: true, source: 'creation-guide' },
    oc52: { available: true, source: 'creation-guide' },
  },
} as const satisfies AvailabilityTable;

type SourceId = keyof (typeof AVAILABILITY_TABLE)['sources'];

/** What an unknown realm is shown: the guide's list, so the user can check their realm against it. */
const UNKNOWN_REALM_SOURCE: SourceId = 'creation-guide';

/** Per realm key, supplied by the organisation's policy; a plain lookup, not interpreted here. */
export type AvailabilityOverrides = Partial<Record<string, { available: boolean; note?: string }>>;

export interface RealmAvailability {
  availability: 'available' | 'unavailable' | 'unknown';
  realm?: RealmKey;
  /** Oracle's statement, shown even when a policy overrides it. */
  source: AvailabilitySource;
  overridden: boolean;
  /** The policy's explanation, when an override applied and gave one. */
  note?: string;
}

export function availabilityFor(detection: RealmDetection, overrides: AvailabilityOverrides = {}): RealmAvailability {
  const { sources, realms } = AVAILABILITY_TABLE;
  if (detection.status === 'unknown') {
    return { availability: 'unknown', source: sources[UNKNOWN_REALM_SOURCE], overridden: false };
  }
  const { realm } = detection;
  const row = realms[realm];
  const source = sources[row.source];
  const override = overrides[realm];
  if (!override) return { availability: row.available ? 'available' : 'unavailable', realm, source, overridden: false };
  return {
    availability: override.available ? 'available' : 'unavailable',
    realm,
    source,
    overridden: true,
    ...(override.note === undefined ? {} : { note: override.note }),
  };
}
