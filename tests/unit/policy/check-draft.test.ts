import { describe, expect, it } from 'vitest';
import type { CredentialDraft } from '@/utils/findings/finding';
import { checkDraft } from '@/utils/policy/check-draft';
import { DEFAULT_POLICY } from '@/utils/policy/defaults';
import type { EffectivePolicy } from '@/utils/policy/schema';

const OIC = 'https://abc.integration.ocp.oraclecloud.com:443';
const NOW = new Date('2026-06-15T12:00:00Z');
const draft = (scope: string): CredentialDraft => ({
  name: 'pay-oic-prod',
  description: 'Orders integration, owner: payments team',
  pairs: [{ audience: OIC, scope }],
});
const policy = (over: Partial<EffectivePolicy>): EffectivePolicy => ({ ...DEFAULT_POLICY, ...over });
const deniesAll = { deniedScopes: ['urn:opc:resource:consumer::all'] };

describe('checkDraft', () => {
  it.each<[string, Partial<EffectivePolicy>, string, boolean, string[]]>([
    ['a narrow scope under block', { enforcement: 'block', ...deniesAll }, '/ic/api/', false, []],
    ['a denied scope under block', { enforcement: 'block', ...deniesAll }, 'urn:opc:resource:consumer::all', true, ['OCG-POLICY-002']],
    ['a denied scope under warn', { enforcement: 'warn', ...deniesAll }, 'urn:opc:resource:consumer::all', false, []],
    [
      'a denied scope exempted by the policy',
      { enforcement: 'block', ...deniesAll, exemptions: [{ findingId: 'OCG-POLICY-002', justification: 'SEC-1' }] },
      'urn:opc:resource:consumer::all',
      false,
      [],
    ],
  ])('%s', (_label, over, scope, blocked, reasonIds) => {
    const check = checkDraft(draft(scope), policy(over), NOW);
    expect(check.blocked).toBe(blocked);
    expect(check.reasons.map((reason) => reason.split(':')[0])).toEqual(reasonIds);
  });

  it('lists the analyzer and the policy findings together, most serious first, overrides applied', () => {
    const check = checkDraft(draft('urn:opc:resource:consumer::all'), policy({ enforcement: 'block', ...deniesAll, severityOverrides: { 'OCG-SCOPE-*': 'suggestion' } }), NOW);
    const ids = check.findings.map((f) => f.id);
    expect(ids[0]).toBe('OCG-POLICY-002');
    expect(ids.some((id) => id.startsWith('OCG-SCOPE-'))).toBe(true);
    expect(check.findings.filter((f) => f.id.startsWith('OCG-SCOPE-')).every((f) => f.severity === 'suggestion')).toBe(true);
  });

  it('marks an exempted finding with its justification', () => {
    const exempted = policy({ enforcement: 'block', ...deniesAll, exemptions: [{ findingId: 'OCG-POLICY-002', justification: 'SEC-1' }] });
    const finding = checkDraft(draft('urn:opc:resource:consumer::all'), exempted, NOW).findings.find((f) => f.id === 'OCG-POLICY-002');
    expect(finding?.exemption).toMatchObject({ justification: 'SEC-1', by: 'policy' });
  });
});
