import type { CredentialDraft } from '../findings/finding';
import { analyze } from '../scopes/analyze';
import { orderFindings } from '../scopes/finding-order';
import type { Catalog } from '../scopes/preset-schema';
import { applyPolicyToFindings, evaluatePolicy, type PolicyFinding } from './evaluate';
import type { EffectivePolicy, Exemption } from './schema';

// The one list of findings a user sees for a draft: the scope analyzer's and the policy's, with the
// policy's severity overrides and exemptions applied, in the analyzer's order. Without a policy
// (not known yet) it is the analyzer's list alone.

export interface DraftCheckContext {
  catalog: Catalog;
  /** The Console's realm key, for the other-realm check. */
  realm?: string;
  policy?: EffectivePolicy;
  now: Date;
  userExemptions?: readonly Exemption[];
}

export function checkDraft(draft: CredentialDraft, context: DraftCheckContext): PolicyFinding[] {
  const found = analyze(draft, { catalog: context.catalog, ...(context.realm === undefined ? {} : { realm: context.realm }) });
  const { policy } = context;
  if (!policy) return found;
  const shown = applyPolicyToFindings([...found, ...evaluatePolicy(draft, policy)], policy, {
    draft,
    now: context.now,
    ...(context.userExemptions ? { userExemptions: context.userExemptions } : {}),
  });
  return orderFindings(shown);
}
