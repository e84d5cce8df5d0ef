import { z } from 'zod';
import { DISMISSED_REALM } from '../banner/dismissals';

// The realm banner's dismissal, remembered for the browser session by the background (content
// scripts cannot rely on storage.session in every browser).

export const realmBannerContentRequests = [
  /** The user dismissed the banner in a Console of this realm (`oc1`…, or `unknown`). */
  z.strictObject({ type: z.literal('realm-banner/dismiss'), realm: z.string().regex(DISMISSED_REALM) }),
  /** Was it dismissed in this realm earlier in the browser session? */
  z.strictObject({ type: z.literal('realm-banner/dismissed'), realm: z.string().regex(DISMISSED_REALM) }),
] as const;

export interface RealmBannerContentResponses {
  'realm-banner/dismiss': { dismissed: true };
  'realm-banner/dismissed': { dismissed: boolean };
}
