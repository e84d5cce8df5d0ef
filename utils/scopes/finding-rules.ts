import type { Finding, FindingFix, FindingLocation, Severity } from '../findings/finding';
import { ORACLE_DOCS } from './oracle-docs';

// Every check of the scope analyzer: its stable id, grade and Oracle page. What each rule means, for
// docs/scopes.md and the options page, is in finding-rule-docs.ts, kept out of the in-page script.
// Ids are never reused: a retired rule keeps its number.

export interface ScopeRule {
  id: string;
  severity: Severity;
  learnMore: string;
}

export const SCOPE_RULES = {
  emptyValue: { id: 'OCG-SCOPE-001', severity: 'error', learnMore: ORACLE_DOCS.createCredential },
  audienceForm: { id: 'OCG-SCOPE-002', severity: 'error', learnMore: ORACLE_DOCS.createCredential },
  tooManyPairs: { id: 'OCG-SCOPE-003', severity: 'error', learnMore: ORACLE_DOCS.workingWithCredentials },
  exclusiveCombined: { id: 'OCG-SCOPE-004', severity: 'error', learnMore: ORACLE_DOCS.allResources },
  invisibleCharacters: { id: 'OCG-SCOPE-005', severity: 'error', learnMore: ORACLE_DOCS.createCredential },
  broadScope: { id: 'OCG-SCOPE-006', severity: 'security_warning', learnMore: ORACLE_DOCS.allResources },
  otherRealm: { id: 'OCG-SCOPE-007', severity: 'security_warning', learnMore: ORACLE_DOCS.regions },
  duplicatePair: { id: 'OCG-SCOPE-008', severity: 'warning', learnMore: ORACLE_DOCS.createCredential },
  severalAudiences: { id: 'OCG-SCOPE-009', severity: 'warning', learnMore: ORACLE_DOCS.workingWithCredentials },
  unfilledPlaceholder: { id: 'OCG-SCOPE-010', severity: 'warning', learnMore: ORACLE_DOCS.createCredential },
  unknownScope: { id: 'OCG-SCOPE-011', severity: 'suggestion', learnMore: ORACLE_DOCS.workingWithCredentials },
  missingDescription: { id: 'OCG-SCOPE-012', severity: 'suggestion', learnMore: ORACLE_DOCS.createCredential },
  vagueName: { id: 'OCG-SCOPE-013', severity: 'suggestion', learnMore: ORACLE_DOCS.createCredential },
} as const satisfies Record<string, ScopeRule>;

export type ScopeRuleName = keyof typeof SCOPE_RULES;

/** A finding of one rule; "Learn more" defaults to the rule's page. */
export function ruleFinding(
  rule: ScopeRule,
  location: FindingLocation,
  title: string,
  detail: string,
  extra: { fix?: FindingFix; learnMore?: string } = {},
): Finding {
  const finding: Finding = { id: rule.id, severity: rule.severity, title, detail, location, learnMore: extra.learnMore ?? rule.learnMore };
  if (extra.fix) finding.fix = extra.fix;
  return finding;
}

export function atPair(index: number, field: 'audience' | 'scope' | 'pair'): FindingLocation {
  return { kind: 'pair', index, field };
}
