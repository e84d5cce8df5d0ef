import { describe, expect, it } from 'vitest';
import { realmBannerProps } from '@/components/banner/realm-banner-input';
import { AVAILABILITY_TABLE } from '@/utils/realm/availability';
import { detectRealm } from '@/utils/realm/detect-realm';
import { DISPLAY_NAMES } from '@/utils/realm/display-names';
import { tableConsoleUrls } from '../realm/console-urls';

// What the lazily loaded banner says, from what the content script knows (realm, policy overrides).

const GUIDE = AVAILABILITY_TABLE.sources['creation-guide'];
const onDismiss = () => undefined;

describe('realmBannerProps', () => {
  it.each([
    {
      url: 'https://cloud.oracle.com/?region=us-ashburn-1',
      overrides: {},
      expected: { availability: 'unavailable', realmLabel: 'OC1 — commercial realm', region: 'US East (Ashburn)', policyNote: undefined },
    },
    {
      url: 'https://console.us-langley-1.oraclegovcloud.com/',
      overrides: {},
      expected: { availability: 'available', realmLabel: 'OC2 — US Government Cloud (FedRAMP)', region: 'us-langley-1', policyNote: undefined },
    },
    {
      url: 'https://cloud.oracle.com/?region=us-newcity-1',
      overrides: {},
      expected: { availability: 'unavailable', realmLabel: 'OC1 — commercial realm', region: 'us-newcity-1', policyNote: undefined },
    },
    {
      url: 'https://oc10.cloud.oracle.com/',
      overrides: {},
      expected: { availability: 'available', realmLabel: 'OC10 — OC10 realm', region: undefined, policyNote: undefined },
    },
    {
      url: 'https://console.us-newgov-9.oraclegovcloud.com/',
      overrides: {},
      expected: { availability: 'unknown', realmLabel: undefined, region: undefined, policyNote: undefined },
    },
    {
      url: 'https://cloud.oracle.com/',
      overrides: { oc1: { available: true, note: 'our tenancy has it enabled.' } },
      expected: { availability: 'available', realmLabel: 'OC1 — commercial realm', region: undefined, policyNote: 'our tenancy has it enabled.' },
    },
    {
      url: 'https://cloud.oracle.com/',
      overrides: { oc1: { available: true } },
      expected: { availability: 'available', policyNote: 'it decides availability in this realm.' },
    },
  ])('$url with $overrides', ({ url, overrides, expected }) => {
    expect(realmBannerProps({ detection: detectRealm(url), overrides, onDismiss })).toMatchObject({ ...expected, source: GUIDE, onDismiss });
  });

  it('shows each region of the table by its confirmed name, else by its id, on every Console host of its realm', () => {
    const names: Record<string, string> = DISPLAY_NAMES.regions;
    for (const { url, region } of tableConsoleUrls()) {
      const expected = Object.hasOwn(names, region) ? names[region] : region;
      expect(realmBannerProps({ detection: detectRealm(url), overrides: {}, onDismiss }).region, url).toBe(expected);
    }
  });
});
