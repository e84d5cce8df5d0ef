// Where the policy lives. Kept apart from the schemas so that a content script watching for changes
// does not pull zod in.

/** storage.local: the policy a security team imported in the options page (unmanaged installs, testing). */
export const LOCAL_POLICY_KEY = 'policy.local';

/** storage.local: the audit log, an array of audit records. */
export const AUDIT_LOG_KEY = 'audit.log';

/** storage.local: how many unreadable audit records were dropped since the log was last cleared. */
export const AUDIT_UNREADABLE_KEY = 'audit.unreadable';

/** True when a storage change may change the effective policy. */
export function touchesPolicy(changes: Record<string, unknown>, areaName: string): boolean {
  return areaName === 'managed' || (areaName === 'local' && LOCAL_POLICY_KEY in changes);
}
