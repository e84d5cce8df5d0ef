import { describe, expect, it } from 'vitest';
import type { CredentialDraft, Finding } from '@/utils/findings/finding';
import { DEFAULT_POLICY } from '@/utils/policy/defaults';
import { applyPolicyToFindings, isGenerateBlocked, type PolicyFinding } from '@/utils/policy/evaluate';
import type { EffectivePolicy, Exemption } from '@/utils/policy/schema';

const OIC = 'https://legacy.integration.ocp.oraclecloud.com:443';
const draft: CredentialDraft = {
  name: 'legacy-oic-prod',
  description: '',
  pairs: [
    { audience: OIC, scope: 'urn:opc:resource:consumer::all' },
    { audience: 'https://new.integration.ocp.oraclecloud.com:443', scope: 'urn:opc:resource:consumer::all' },
  ],
};
const finding = (id: string, over: Partial<Finding> = {}): Finding => ({
  id, severity: 'warning', title: id, detail: '', location: { kind: 'draft' }, ...over,
});
const scopeDenied = (index: number) =>
  finding('OCG-POLICY-002', { severity: 'error', blocking: true, location: { kind: 'pair', index, field: 'scope' } });

const NOW = new Date('2026-06-15T12:00:00Z');
const policy = (over: Partial<EffectivePolicy>): EffectivePolicy => ({ ...DEFAULT_POLICY, enforcement: 'block', ...over });
const apply = (findings: Finding[], p: EffectivePolicy, userExemptions?: Exemption[]) =>
  applyPolicyToFindings(findings, p, { draft, now: NOW, ...(userExemptions ? { userExemptions } : {}) });

describe('severity overrides', () => {
  const findings = [finding('OCG-SCOPE-001'), finding('OCG-SCOPE-002'), finding('OCG-SCOPE-010'), finding('OCG-POLICY-004')];

  it.each<[string, Record<string, string>, [string, string][]]>([
    ['none', {}, [['OCG-SCOPE-001', 'warning'], ['OCG-SCOPE-002', 'warning'], ['OCG-SCOPE-010', 'warning'], ['OCG-POLICY-004', 'warning']]],
    ['raise one to error', { 'OCG-SCOPE-001': 'error' }, [['OCG-SCOPE-001', 'error'], ['OCG-SCOPE-002', 'warning'], ['OCG-SCOPE-010', 'warning'], ['OCG-POLICY-004', 'warning']]],
    ['turn one off', { 'OCG-POLICY-004': 'off' }, [['OCG-SCOPE-001', 'warning'], ['OCG-SCOPE-002', 'warning'], ['OCG-SCOPE-010', 'warning']]],
    ['a pattern, case-insensitive', { 'ocg-scope-00?': 'suggestion' }, [['OCG-SCOPE-001', 'suggestion'], ['OCG-SCOPE-002', 'suggestion'], ['OCG-SCOPE-010', 'warning'], ['OCG-POLICY-004', 'warning']]],
    ['the exact id beats the pattern', { 'OCG-SCOPE-*': 'off', 'OCG-SCOPE-002': 'security_warning' }, [['OCG-SCOPE-002', 'security_warning'], ['OCG-POLICY-004', 'warning']]],
    ['the longer pattern beats the shorter', { 'OCG-*': 'error', 'OCG-SCOPE-0*': 'suggestion' }, [['OCG-SCOPE-001', 'suggestion'], ['OCG-SCOPE-002', 'suggestion'], ['OCG-SCOPE-010', 'suggestion'], ['OCG-POLICY-004', 'error']]],
  ])('%s', (_label, overrides, expected) => {
    const shown = apply(findings, policy({ severityOverrides: overrides as EffectivePolicy['severityOverrides'] }));
    expect(shown.map((f) => [f.id, f.severity])).toEqual(expected);
  });

  it('does not change the findings it was given', () => {
    const input = [finding('OCG-SCOPE-001')];
    apply(input, policy({ severityOverrides: { 'OCG-SCOPE-001': 'error' } }));
    expect(input[0]?.severity).toBe('warning');
  });
});

describe('exemptions', () => {
  const exempt = (e: Partial<Exemption>): Exemption => ({ findingId: 'OCG-POLICY-002', justification: 'Legacy, SEC-1234', ...e });

  it.each<[string, Exemption, [boolean, boolean]]>([
    ['by id alone: every such finding', exempt({}), [true, true]],
    ['by pattern', exempt({ findingId: 'OCG-POLICY-*' }), [true, true]],
    ['limited to an audience', exempt({ audience: 'https://legacy.*' }), [true, false]],
    ['limited to a scope (case-insensitive)', exempt({ scope: 'URN:OPC:RESOURCE:CONSUMER::ALL' }), [true, true]],
    ['limited to a scope that differs', exempt({ scope: '/ic/api/' }), [false, false]],
    ['another finding id', exempt({ findingId: 'OCG-POLICY-001' }), [false, false]],
    ['expiring today (still valid through the day, UTC)', exempt({ expires: '2026-06-15' }), [true, true]],
    ['expiring in the future', exempt({ expires: '2027-01-01' }), [true, true]],
    ['expired yesterday', exempt({ expires: '2026-06-14' }), [false, false]],
  ])('%s', (_label, exemption, expected) => {
    const shown = apply([scopeDenied(0), scopeDenied(1)], policy({ exemptions: [exemption] }));
    expect(shown.map((f) => f.exemption !== undefined)).toEqual(expected);
  });

  it('keeps an exempted finding, marked with its justification and pattern', () => {
    const [shown] = apply([scopeDenied(0)], policy({ exemptions: [exempt({ findingId: 'OCG-POLICY-00?', expires: '2026-12-31' })] }));
    expect(shown).toMatchObject({
      id: 'OCG-POLICY-002',
      severity: 'error',
      exemption: { justification: 'Legacy, SEC-1234', pattern: 'OCG-POLICY-00?', by: 'policy', expires: '2026-12-31' },
    });
  });

  it('never lets a pair-limited exemption cover a draft-wide finding', () => {
    const [shown] = apply([finding('OCG-POLICY-003')], policy({ exemptions: [exempt({ findingId: 'OCG-POLICY-003', scope: '*' })] }));
    expect(shown?.exemption).toBeUndefined();
  });

  it('counts a user exemption only where userMayExempt allows it', () => {
    const user = [exempt({ findingId: 'OCG-*', justification: 'I need it' })];
    const allowed = apply([scopeDenied(0), finding('OCG-POLICY-004')], policy({ userMayExempt: ['OCG-POLICY-002'] }), user);
    expect(allowed.map((f) => f.exemption?.by)).toEqual(['user', undefined]);
    const notAllowed = apply([scopeDenied(0)], policy({}), user);
    expect(notAllowed[0]?.exemption).toBeUndefined();
  });

  it('prefers the policy exemption over the user one', () => {
    const shown = apply([scopeDenied(0)], policy({ userMayExempt: ['*'], exemptions: [exempt({})] }), [exempt({ justification: 'mine' })]);
    expect(shown[0]?.exemption).toMatchObject({ by: 'policy', justification: 'Legacy, SEC-1234' });
  });
});

describe('isGenerateBlocked', () => {
  const error = finding('OCG-SCOPE-001', { severity: 'error', title: 'Broad scope' });
  const blockingWarning = finding('OCG-POLICY-004', { blocking: true, title: 'A description is required' });
  const warning = finding('OCG-SCOPE-002', { title: 'Consider a narrower scope' });
  const exempted: PolicyFinding = { ...error, exemption: { justification: 'ok', pattern: 'OCG-SCOPE-001', by: 'policy' } };

  it.each<[string, EffectivePolicy['enforcement'], PolicyFinding[], string[]]>([
    ['block: an error blocks', 'block', [error, warning], ['OCG-SCOPE-001: Broad scope']],
    ['block: a blocking policy finding blocks whatever its severity', 'block', [blockingWarning], ['OCG-POLICY-004: A description is required']],
    ['block: a plain warning does not', 'block', [warning], []],
    ['block: an exempted error does not', 'block', [exempted, warning], []],
    ['block: every reason is listed', 'block', [error, blockingWarning], ['OCG-SCOPE-001: Broad scope', 'OCG-POLICY-004: A description is required']],
    ['warn: nothing blocks', 'warn', [error, blockingWarning], []],
    ['off: nothing blocks', 'off', [error, blockingWarning], []],
  ])('%s', (_label, enforcement, findings, reasons) => {
    expect(isGenerateBlocked(findings, policy({ enforcement }))).toEqual({ blocked: reasons.length > 0, reasons });
  });
});
