import { z } from 'zod';
import { policyPageRequests, type PolicyPageResponses } from './policy';
import { vaultPageRequests, type VaultPageResponses } from './vault';

// Extension page (popup, handoff, options) → background: one discriminated union, parsed by the
// background on arrival, accepted only from the extension's own pages. Extend like content-requests.ts.

export const pageRequestSchema = z.discriminatedUnion('type', [...vaultPageRequests, ...policyPageRequests]);

export type PageRequest = z.infer<typeof pageRequestSchema>;
export type PageResponses = VaultPageResponses & PolicyPageResponses;
