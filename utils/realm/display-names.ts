// Oracle's display names of realms and regions, as data: the banner reads "OC1 — commercial realm",
// "Region: US East (Ashburn)" where it can. They come from other sources than the SDK tables of
// realms.ts: realm names from Oracle's documentation (the OAuth 2.0 credentials guide names OC1 and
// OC4), region names from Oracle's IAM policy reference (`request.region`) and service region pages,
// given only where confirmed. Kept apart from realms.ts because only the lazily loaded banner shows
// them, so the always-loaded content script does not carry them. Checked by realm-schema.ts in unit
// tests, including that every name is of a realm or region in the realm table.

export interface DisplayNameTable {
  /** Date these names were last checked against Oracle's sources. */
  version: string;
  /** Realm key → its name, read after "the": "the commercial realm (OC1)". */
  realms: Readonly<Record<string, string>>;
  /** Region id → Oracle's display name. */
  regions: Readonly<Record<string, string>>;
}

export const DISPLAY_NAMES = {
  version: '2026-11-01',
  realms: {
    oc1: 'commercial realm',
    oc2: 'US Government Cloud (FedRAMP)',
    oc3: 'US Defense Cloud (DISA IL5)',
    oc4: 'United Kingdom Government Cloud',
    oc19: 'EU Sovereign Cloud',
  },
  regions: {
    'af-casablanca-1': 'Morocco West (Casablanca)',
    'af-johannesburg-1': 'South Africa Central (Johannesburg)',
    'ap-batam-1': 'Indonesia North (Batam)',
    'ap-chuncheon-1': 'South Korea North (Chuncheon)',
    'ap-hyderabad-1': 'India South (Hyderabad)',
    'ap-kulai-2': 'Malaysia West 2 (Kulai)',
    'ap-melbourne-1': 'Australia Southeast (Melbourne)',
    'ap-mumbai-1': 'India West (Mumbai)',
    'ap-osaka-1': 'Japan Central (Osaka)',
    'ap-seoul-1': 'South Korea Central (Seoul)',
    'ap-singapore-1': 'Singapore (Singapore)',
    'ap-singapore-2': 'Singapore West (Singapore)',
    'ap-sydney-1': 'Australia East (Sydney)',
    'ap-tokyo-1': 'Japan East (Tokyo)',
    'ca-montreal-1': 'Canada Southeast (Montreal)',
    'ca-toronto-1': 'Canada Southeast (Toronto)',
    'eu-amsterdam-1': 'Netherlands Northwest (Amsterdam)',
    'eu-frankfurt-1': 'Germany Central (Frankfurt)',
    'eu-frankfurt-2': 'EU Sovereign Central (Frankfurt)',
    'eu-jovanovac-1': 'Serbia Central (Jovanovac)',
    'eu-madrid-1': 'Spain Central (Madrid)',
    'eu-madrid-3': 'Spain Central (Madrid 3)',
    'eu-marseille-1': 'France South (Marseille)',
    'eu-milan-1': 'Italy Northwest (Milan)',
    'eu-paris-1': 'France Central (Paris)',
    'eu-stockholm-1': 'Sweden Central (Stockholm)',
    'eu-turin-1': 'Italy North (Turin)',
    'eu-zurich-1': 'Switzerland North (Zurich)',
    'il-jerusalem-1': 'Israel Central (Jerusalem)',
    'me-abudhabi-1': 'UAE Central (Abu Dhabi)',
    'me-dubai-1': 'UAE East (Dubai)',
    'me-jeddah-1': 'Saudi Arabia West (Jeddah)',
    'me-riyadh-1': 'Saudi Arabia Central (Riyadh)',
    'mx-monterrey-1': 'Mexico Northeast (Monterrey)',
    'mx-queretaro-1': 'Mexico Central (Queretaro)',
    'sa-bogota-1': 'Colombia Central (Bogota)',
    'sa-santiago-1': 'Chile Central (Santiago)',
    'sa-saopaulo-1': 'Brazil East (Sao Paulo)',
    'sa-valparaiso-1': 'Chile West (Valparaiso)',
    'sa-vinhedo-1': 'Brazil Southeast (Vinhedo)',
    'uk-cardiff-1': 'UK West (Newport)',
    'uk-gov-london-1': 'UK Gov South (London)',
    'uk-london-1': 'UK South (London)',
    'us-ashburn-1': 'US East (Ashburn)',
    'us-chicago-1': 'US Midwest (Chicago)',
    'us-phoenix-1': 'US West (Phoenix)',
    'us-sanjose-1': 'US West (San Jose)',
  },
} as const satisfies DisplayNameTable;

const own = (names: Readonly<Record<string, string>>, key: string) => (Object.hasOwn(names, key) ? names[key] : undefined);

/** How the banner names a realm after "the": oc1 → "commercial realm"; one Oracle names nowhere, oc8 → "OC8 realm". */
export function realmDisplayName(realmKey: string): string {
  return own(DISPLAY_NAMES.realms, realmKey) ?? `${realmKey.toUpperCase()} realm`;
}

/** Oracle's display name of a region, e.g. us-ashburn-1 → "US East (Ashburn)"; undefined where none is confirmed. */
export function regionDisplayName(regionId: string): string | undefined {
  return own(DISPLAY_NAMES.regions, regionId);
}
