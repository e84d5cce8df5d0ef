import { z } from 'zod';
import { policyContentRequests, type PolicyContentResponses } from './policy';
import { realmBannerContentRequests, type RealmBannerContentResponses } from './realm-banner';
import { vaultContentRequests, type VaultContentResponses } from './vault';

// Content script → background: one discriminated union, parsed by the background on arrival.
// To add a feature's messages: define them in utils/messages/<feature>.ts like vault.ts, spread the
// schemas into this union and intersect the responses. Content scripts import only the types.

export const contentRequestSchema = z.discriminatedUnion('type', [...vaultContentRequests, ...policyContentRequests, ...realmBannerContentRequests]);

export type ContentRequest = z.infer<typeof contentRequestSchema>;
export type ContentResponses = VaultContentResponses & PolicyContentResponses & RealmBannerContentResponses;
