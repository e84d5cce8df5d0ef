import { describe, expect, it } from 'vitest';
import type { CredentialDraft } from '@/utils/findings/finding';
import { checkDraft } from '@/utils/policy/check-draft';
import { DEFAULT_POLICY } from '@/utils/policy/defaults';
import type { EffectivePolicy, Exemption } from '@/utils/policy/schema';
import { analyze } from '@/utils/scopes/analyze';
import { SCOPE_CATALOG } from '@/utils/scopes/catalog';

const ALL = 'urn:opc:resource:consumer::all';
const OIC = 'https://orders.integration.ocp.oraclecloud.com:443';
const draft: CredentialDraft = { name: 'orders-sync', description: '', pairs: [{ audience: OIC, scope: ALL }] };
const NOW = new Date('2026-06-15T12:00:00Z');
const policy = (over: Partial<EffectivePolicy>): EffectivePolicy => ({ ...DEFAULT_POLICY, ...over });
const shown = (over?: Partial<EffectivePolicy>, userExemptions: Exemption[] = []) =>
  checkDraft(draft, { catalog: SCOPE_CATALOG, realm: 'oc1', ...(over ? { policy: policy(over) } : {}), now: NOW, userExemptions }).map((f) => [
    f.id,
    f.severity,
    f.exemption?.by ?? '',
  ]);

describe('checkDraft', () => {
  it("is the analyzer's list when no policy is known yet", () => {
    expect(checkDraft(draft, { catalog: SCOPE_CATALOG, realm: 'oc1', now: NOW })).toEqual(analyze(draft, { catalog: SCOPE_CATALOG, realm: 'oc1' }));
  });

  it.each<[string, Partial<EffectivePolicy>, string[][]]>([
    ['default policy: the analyzer alone', {}, [['OCG-SCOPE-006', 'security_warning', ''], ['OCG-SCOPE-012', 'suggestion', '']]],
    ['a denied scope adds an error, ordered first', { deniedScopes: [ALL] },
      [['OCG-POLICY-002', 'error', ''], ['OCG-SCOPE-006', 'security_warning', ''], ['OCG-SCOPE-012', 'suggestion', '']]],
    ['severity overrides re-order the list', { deniedScopes: [ALL], severityOverrides: { 'OCG-SCOPE-012': 'error', 'OCG-SCOPE-006': 'off' } },
      [['OCG-SCOPE-012', 'error', ''], ['OCG-POLICY-002', 'error', '']]],
    ["the policy's exemptions mark findings", { deniedScopes: [ALL], exemptions: [{ findingId: 'OCG-POLICY-002', justification: 'Reviewed' }] },
      [['OCG-POLICY-002', 'error', 'policy'], ['OCG-SCOPE-006', 'security_warning', ''], ['OCG-SCOPE-012', 'suggestion', '']]],
    ['enforcement off: no policy findings, overrides still apply', { enforcement: 'off', deniedScopes: [ALL], severityOverrides: { 'OCG-SCOPE-012': 'off' } },
      [['OCG-SCOPE-006', 'security_warning', '']]],
  ])('%s', (_label, over, expected) => {
    expect(shown(over)).toEqual(expected);
  });

  it("counts a user's exemption only where the policy lets users exempt", () => {
    const mine: Exemption[] = [{ findingId: 'OCG-POLICY-002', justification: 'Approved by the owner', scope: ALL }];
    expect(shown({ deniedScopes: [ALL] }, mine)[0]).toEqual(['OCG-POLICY-002', 'error', '']);
    expect(shown({ deniedScopes: [ALL], userMayExempt: ['OCG-POLICY-*'] }, mine)[0]).toEqual(['OCG-POLICY-002', 'error', 'user']);
  });
});
