import { z } from 'zod';
import type { AuditLogContents } from '../audit/audit-log';
import { closedBeforeCaptureEventSchema, credentialGeneratedEventSchema } from '../audit/record';
import type { ResolvedPolicy } from '../policy/resolve';

// Policy and audit messages. The content script never resolves the policy itself (that needs zod,
// too heavy for the page): it asks the background, and asks again when storage tells it a policy
// source changed (see utils/policy/storage-keys.ts).

export const policyContentRequests = [
  /** The effective policy with its provenance, errors and whether a managed policy applies. */
  z.strictObject({ type: z.literal('policy/get') }),
  /** The user pressed Generate (and it was not blocked): one audit record, never the secret. */
  z.strictObject({ type: z.literal('audit/credential-generated'), event: credentialGeneratedEventSchema }),
  /** The secret dialog closed before capture although the policy blocks that: one audit record. */
  z.strictObject({ type: z.literal('audit/closed-before-capture'), event: closedBeforeCaptureEventSchema }),
] as const;

export interface PolicyContentResponses {
  'policy/get': ResolvedPolicy;
  'audit/credential-generated': { recorded: boolean };
  'audit/closed-before-capture': { recorded: boolean };
}

/** From the options page. The log is read and cleared through the background, the log's only writer. */
export const policyPageRequests = [
  /** The audit log, pruned to the retention period. */
  z.strictObject({ type: z.literal('audit/list') }),
  /** Empties the audit log; refused while a managed policy applies (the organisation owns the log). */
  z.strictObject({ type: z.literal('audit/clear') }),
] as const;

export interface PolicyPageResponses {
  'audit/list': AuditLogContents;
  'audit/clear': { cleared: number };
}
