import { availabilityFor, type AvailabilityOverrides } from '@/utils/realm/availability';
import type { RealmDetection } from '@/utils/realm/detect-realm';
import { realmDisplayName, regionDisplayName } from '@/utils/realm/display-names';
import type { RealmBannerProps } from './RealmBanner';

// What the content script knows about the banner (the realm it detected, the policy's overrides),
// turned into what the banner says, on the lazily loaded side: the availability table, Oracle's
// wording and the realm and region display names are display data the always-loaded content script does not carry.

export interface RealmBannerInput {
  detection: RealmDetection;
  overrides: AvailabilityOverrides;
  onDismiss(): void;
}

export function realmBannerProps({ detection, overrides, onDismiss }: RealmBannerInput): RealmBannerProps {
  const result = availabilityFor(detection, overrides);
  const known = detection.status === 'known' ? detection : null;
  return {
    availability: result.availability,
    realmLabel: known ? `${known.realm.toUpperCase()} — ${realmDisplayName(known.realm)}` : undefined,
    // Names are only of table regions, and detection keeps a region only in the realm that lists it.
    region: known?.region === undefined ? undefined : (regionDisplayName(known.region) ?? known.region),
    source: result.source,
    policyNote: result.overridden ? (result.note ?? 'it decides availability in this realm.') : undefined,
    onDismiss,
  };
}
