import type { CredentialDraft, Finding, ScopePair, Severity } from '../findings/finding';
import { fullyQualifiedScope } from '../scopes/fully-qualified';
import { audienceMatches, findingIdMatches, patternSpecificity, scopeMatches } from './glob';
import type { EffectivePolicy, Exemption } from './schema';

// The organisation's rules applied to a credential draft, in the analyzer's Finding shape so the
// UI shows one list; then the policy's severity overrides and exemptions applied to that whole list
// (analyzer findings included); then the one question enforcement asks: may Generate run?

export const POLICY_FINDING_IDS = {
  audienceNotAllowed: 'OCG-POLICY-001',
  scopeDenied: 'OCG-POLICY-002',
  tooManyPairs: 'OCG-POLICY-003',
  descriptionRequired: 'OCG-POLICY-004',
  nameMismatch: 'OCG-POLICY-005',
} as const;

/** Why a finding is accepted; set by applyPolicyToFindings, never by the analyzer. */
export interface FindingExemption {
  justification: string;
  /** The exemption's finding id pattern. */
  pattern: string;
  by: 'policy' | 'user';
  /** Last day (UTC) it applies, YYYY-MM-DD. */
  expires?: string;
}

export type PolicyFinding = Finding & { exemption?: FindingExemption };

const isBlank = (pair: ScopePair) => pair.audience.trim() === '' && pair.scope.trim() === '';

function listed(patterns: readonly string[]): string {
  const shown = patterns.slice(0, 5).map((p) => `"${p}"`).join(', ');
  return patterns.length > 5 ? `${shown} and ${patterns.length - 5} more` : shown;
}

function pairFindings(pair: ScopePair, index: number, policy: EffectivePolicy): Finding[] {
  const findings: Finding[] = [];
  const audience = pair.audience.trim();
  const scope = pair.scope.trim();
  if (audience !== '' && !policy.allowedAudiences.some((p) => audienceMatches(p, audience))) {
    findings.push({
      id: POLICY_FINDING_IDS.audienceNotAllowed,
      severity: 'error',
      title: `Audience "${audience}" is not allowed by your organisation`,
      detail: policy.allowedAudiences.length === 0
        ? `Pair ${index + 1}: your organisation's policy allows no audience.`
        : `Pair ${index + 1}: your organisation's policy allows only ${listed(policy.allowedAudiences)}.`,
      location: { kind: 'pair', index, field: 'audience' },
      blocking: true,
    });
  }
  if (scope !== '') {
    const qualified = audience === '' ? undefined : fullyQualifiedScope({ audience, scope });
    const deny = policy.deniedScopes.find((p) => scopeMatches(p, scope) || (qualified !== undefined && scopeMatches(p, qualified)));
    if (deny !== undefined) {
      findings.push({
        id: POLICY_FINDING_IDS.scopeDenied,
        severity: 'error',
        title: `Scope "${scope}" is denied by your organisation`,
        detail: `Pair ${index + 1} matches the denied scope "${deny}". Choose a narrower scope for this integration.`,
        location: { kind: 'pair', index, field: 'scope' },
        blocking: true,
      });
    }
  }
  return findings;
}

/** The policy's findings on a draft; none when enforcement is off. Every one of them is blocking. */
export function evaluatePolicy(draft: CredentialDraft, policy: EffectivePolicy): Finding[] {
  if (policy.enforcement === 'off') return [];
  const findings = draft.pairs.flatMap((pair, index) => (isBlank(pair) ? [] : pairFindings(pair, index, policy)));
  const pairCount = draft.pairs.filter((pair) => !isBlank(pair)).length;
  if (pairCount > policy.maxPairsPerCredential) {
    findings.push({
      id: POLICY_FINDING_IDS.tooManyPairs,
      severity: 'error',
      title: `Too many audience-scope pairs: ${pairCount} of at most ${policy.maxPairsPerCredential}`,
      detail: `Your organisation allows at most ${policy.maxPairsPerCredential} pairs per credential: split the access over separate credentials.`,
      location: { kind: 'draft' },
      blocking: true,
    });
  }
  if (policy.requireDescription && draft.description.trim() === '') {
    findings.push({
      id: POLICY_FINDING_IDS.descriptionRequired,
      severity: 'warning',
      title: 'A description is required by your organisation',
      detail: 'Say what the credential is for and who owns it, so that it can be reviewed and retired later.',
      location: { kind: 'description' },
      blocking: true,
    });
  }
  const rule = policy.credentialNamePattern;
  if (rule && !new RegExp(`^(?:${rule.regex})$`, 'u').test(draft.name.trim())) {
    findings.push({
      id: POLICY_FINDING_IDS.nameMismatch,
      severity: 'warning',
      title: 'The credential name does not follow your organisation\'s naming rule',
      detail: rule.message,
      location: { kind: 'name' },
      blocking: true,
    });
  }
  return findings;
}

/** The override for a finding id: the most specific matching pattern wins. */
function severityOverride(id: string, overrides: EffectivePolicy['severityOverrides']): Severity | 'off' | undefined {
  let best: { specificity: number; value: Severity | 'off' } | undefined;
  for (const [pattern, value] of Object.entries(overrides)) {
    if (!findingIdMatches(pattern, id)) continue;
    const specificity = patternSpecificity(pattern);
    if (!best || specificity > best.specificity) best = { specificity, value };
  }
  return best?.value;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function exemptionCovers(exemption: Exemption, finding: Finding, draft: CredentialDraft, now: Date): boolean {
  if (!findingIdMatches(exemption.findingId, finding.id)) return false;
  if (exemption.expires !== undefined && now.getTime() >= Date.parse(`${exemption.expires}T00:00:00Z`) + DAY_MS) return false;
  if (exemption.scope === undefined && exemption.audience === undefined) return true;
  // A pair-limited exemption covers only findings on such a pair.
  const pair = finding.location.kind === 'pair' ? draft.pairs[finding.location.index] : undefined;
  if (!pair) return false;
  return (exemption.scope === undefined || scopeMatches(exemption.scope, pair.scope))
    && (exemption.audience === undefined || audienceMatches(exemption.audience, pair.audience));
}

export interface PolicyContext {
  /** The draft the findings are about: exemptions limited to a scope or audience look up its pairs. */
  draft: CredentialDraft;
  now: Date;
  /** Exemptions the user recorded in the Console; they count only for ids the policy's userMayExempt lists. */
  userExemptions?: readonly Exemption[];
}

/**
 * The list the user sees: severity overrides applied ('off' drops the finding), then exemptions
 * marked (the finding stays, with its justification). The policy's exemptions come first.
 */
export function applyPolicyToFindings(findings: readonly Finding[], policy: EffectivePolicy, context: PolicyContext): PolicyFinding[] {
  const candidates = [
    ...policy.exemptions.map((exemption) => ({ exemption, by: 'policy' as const })),
    ...(context.userExemptions ?? []).map((exemption) => ({ exemption, by: 'user' as const })),
  ];
  return findings.flatMap((finding): PolicyFinding[] => {
    const override = severityOverride(finding.id, policy.severityOverrides);
    if (override === 'off') return [];
    const shown: PolicyFinding = override === undefined ? { ...finding } : { ...finding, severity: override };
    const userMay = policy.userMayExempt.some((allowed) => findingIdMatches(allowed, finding.id));
    const match = candidates.find(({ exemption, by }) =>
      (by === 'policy' || userMay) && exemptionCovers(exemption, shown, context.draft, context.now));
    if (match) {
      const { justification, findingId, expires } = match.exemption;
      shown.exemption = { justification, pattern: findingId, by: match.by, ...(expires !== undefined ? { expires } : {}) };
    }
    return [shown];
  });
}

/**
 * Whether enforcement stops Generate: only under "block", and only for a finding that is not
 * exempted and is either an error or a blocking policy finding. The reasons say what must change.
 */
export function isGenerateBlocked(findings: readonly PolicyFinding[], policy: EffectivePolicy): { blocked: boolean; reasons: string[] } {
  if (policy.enforcement !== 'block') return { blocked: false, reasons: [] };
  const reasons = findings
    .filter((f) => !f.exemption && (f.severity === 'error' || f.blocking === true))
    .map((f) => `${f.id}: ${f.title}`);
  return { blocked: reasons.length > 0, reasons };
}
