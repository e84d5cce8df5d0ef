import type { CredentialDraft } from '../findings/finding';
import { analyze } from '../scopes/analyze';
import { SCOPE_CATALOG } from '../scopes/catalog';
import { orderFindings } from '../scopes/finding-order';
import { applyPolicyToFindings, evaluatePolicy, isGenerateBlocked, type PolicyFinding } from './evaluate';
import type { EffectivePolicy } from './schema';

// A credential draft against a policy, start to finish: the scope analyzer's findings and the
// policy's own, the policy's severity overrides and exemptions applied to the whole list, in the
// one order every findings list uses, and whether enforcement would stop Generate.

export interface DraftCheck {
  findings: PolicyFinding[];
  blocked: boolean;
  /** One line per finding that blocks Generate: what must change. */
  reasons: string[];
}

export function checkDraft(draft: CredentialDraft, policy: EffectivePolicy, now: Date): DraftCheck {
  const raw = [...analyze(draft, { catalog: SCOPE_CATALOG }), ...evaluatePolicy(draft, policy)];
  const findings = orderFindings(applyPolicyToFindings(raw, policy, { draft, now }));
  return { findings, ...isGenerateBlocked(findings, policy) };
}
