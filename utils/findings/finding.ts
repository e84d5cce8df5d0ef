// One shape for everything the extension tells a user about a credential draft: the scope
// analyzer (OCG-SCOPE-…) and the organisation's policy (OCG-POLICY-…) both produce these, so the
// in-page assistant, the options page "try a draft" box and the audit log show a single list.

/** Graded like IAM Access Analyzer's policy checks: most to least serious. */
export const SEVERITIES = ['error', 'security_warning', 'warning', 'suggestion'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface ScopePair {
  audience: string;
  scope: string;
}

/** What the user is about to create, as read from the Generate panel. */
export interface CredentialDraft {
  name: string;
  description: string;
  pairs: ScopePair[];
}

/** Where a finding applies: a pair's field, or the name/description, or the draft as a whole. */
export type FindingLocation =
  | { kind: 'pair'; index: number; field: 'audience' | 'scope' | 'pair' }
  | { kind: 'name' }
  | { kind: 'description' }
  | { kind: 'draft' };

/** An edit the UI can apply to the draft with one click. */
export type FindingFix =
  | { kind: 'set-scope'; index: number; scope: string; label: string }
  | { kind: 'set-audience'; index: number; audience: string; label: string }
  | { kind: 'remove-pair'; index: number; label: string };

export interface Finding {
  /** Stable id, e.g. OCG-SCOPE-001 or OCG-POLICY-003; documented in docs/scopes.md and docs/policy.md. */
  id: string;
  severity: Severity;
  title: string;
  detail: string;
  location: FindingLocation;
  fix?: FindingFix;
  learnMore?: string;
  /** Set by policy evaluation when this finding must stop Generate under enforcement "block". */
  blocking?: boolean;
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
