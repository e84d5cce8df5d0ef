import { describe, expect, it } from 'vitest';
import type { CredentialDraft } from '@/utils/findings/finding';
import { DEFAULT_POLICY } from '@/utils/policy/defaults';
import { evaluatePolicy, POLICY_FINDING_IDS } from '@/utils/policy/evaluate';
import type { EffectivePolicy } from '@/utils/policy/schema';

const OIC = 'https://abc.integration.ocp.oraclecloud.com:443';
const OAC = 'https://xyz.analytics.ocp.oraclecloud.com';

const strict: EffectivePolicy = {
  ...DEFAULT_POLICY,
  enforcement: 'block',
  allowedAudiences: ['https://*.integration.ocp.oraclecloud.com:443'],
  deniedScopes: ['urn:opc:resource:consumer::all', 'https://*.integration.ocp.oraclecloud.com:443/ic/api/admin*'],
  maxPairsPerCredential: 2,
  requireDescription: true,
  credentialNamePattern: { regex: '[a-z]+-[a-z]+-(dev|prod)', message: 'Names look like team-app-env.' },
};

const draft = (over: Partial<CredentialDraft> = {}): CredentialDraft => ({
  name: 'pay-oic-prod',
  description: 'Orders integration, owner: payments team',
  pairs: [{ audience: OIC, scope: '/ic/api/' }],
  ...over,
});

const ids = (d: CredentialDraft, p: EffectivePolicy = strict) => evaluatePolicy(d, p).map((f) => f.id);

describe('evaluatePolicy', () => {
  it('finds nothing in a draft that follows the policy', () => {
    expect(evaluatePolicy(draft(), strict)).toEqual([]);
  });

  it.each<[string, Partial<CredentialDraft>, string[]]>([
    ['an audience outside the allow list', { pairs: [{ audience: OAC, scope: '/ic/api/' }] }, ['OCG-POLICY-001']],
    ['an allowed audience in another case', { pairs: [{ audience: OIC.toUpperCase().replace('HTTPS', 'https'), scope: '/ic/api/' }] }, []],
    ['a denied scope', { pairs: [{ audience: OIC, scope: 'urn:opc:resource:consumer::all' }] }, ['OCG-POLICY-002']],
    ['a denied scope in upper case', { pairs: [{ audience: OIC, scope: 'URN:OPC:RESOURCE:CONSUMER::ALL' }] }, ['OCG-POLICY-002']],
    ['a scope denied by its fully qualified form', { pairs: [{ audience: OIC, scope: '/ic/api/admin/v1' }] }, ['OCG-POLICY-002']],
    ['both problems on one pair', { pairs: [{ audience: OAC, scope: 'urn:opc:resource:consumer::all' }] }, ['OCG-POLICY-001', 'OCG-POLICY-002']],
    ['too many pairs', { pairs: [1, 2, 3].map((n) => ({ audience: OIC, scope: `/ic/api/${n}` })) }, ['OCG-POLICY-003']],
    ['blank rows do not count as pairs', { pairs: [{ audience: OIC, scope: '/ic/api/' }, { audience: ' ', scope: '' }, { audience: '', scope: '' }] }, []],
    ['a half-filled pair is checked on what it has', { pairs: [{ audience: OAC, scope: '' }] }, ['OCG-POLICY-001']],
    ['a missing description', { description: '   ' }, ['OCG-POLICY-004']],
    ['a name off the pattern', { name: 'PayOicProd' }, ['OCG-POLICY-005']],
    ['a name that only contains a match', { name: 'x pay-oic-prod' }, ['OCG-POLICY-005']],
    ['a name with surrounding spaces', { name: ' pay-oic-prod ' }, []],
  ])('%s', (_label, over, expected) => {
    expect(ids(draft(over))).toEqual(expected);
  });

  it('describes the finding where it applies, and marks every policy finding blocking', () => {
    const findings = evaluatePolicy(draft({ pairs: [{ audience: OIC, scope: '/ic/api/' }, { audience: OAC, scope: 'urn:opc:resource:consumer::all' }] }), strict);
    expect(findings).toEqual([
      expect.objectContaining({
        id: POLICY_FINDING_IDS.audienceNotAllowed,
        severity: 'error',
        location: { kind: 'pair', index: 1, field: 'audience' },
        blocking: true,
        title: `Audience "${OAC}" is not allowed by your organisation`,
        detail: 'Pair 2: your organisation\'s policy allows only "https://*.integration.ocp.oraclecloud.com:443".',
      }),
      expect.objectContaining({
        id: POLICY_FINDING_IDS.scopeDenied,
        location: { kind: 'pair', index: 1, field: 'scope' },
        blocking: true,
        detail: expect.stringContaining('"urn:opc:resource:consumer::all"'),
      }),
    ]);
    const name = evaluatePolicy(draft({ name: 'bad' }), strict)[0];
    expect(name).toMatchObject({ location: { kind: 'name' }, detail: 'Names look like team-app-env.', blocking: true });
  });

  it('says so when the policy allows no audience at all', () => {
    const [finding] = evaluatePolicy(draft(), { ...strict, allowedAudiences: [] });
    expect(finding?.detail).toBe('Pair 1: your organisation\'s policy allows no audience.');
  });

  it('produces no finding when enforcement is off, whatever the draft', () => {
    const bad = draft({ name: 'X', description: '', pairs: [{ audience: OAC, scope: 'urn:opc:resource:consumer::all' }] });
    expect(ids(bad)).toHaveLength(4);
    expect(evaluatePolicy(bad, { ...strict, enforcement: 'off' })).toEqual([]);
  });

  it('finds the same under warn as under block (only the blocking differs)', () => {
    const bad = draft({ description: '' });
    expect(ids(bad, { ...strict, enforcement: 'warn' })).toEqual(ids(bad));
  });

  it('adds no rule with the built-in defaults', () => {
    expect(evaluatePolicy(draft({ name: 'Anything At All', description: '', pairs: [{ audience: OAC, scope: 'urn:opc:resource:consumer::all' }] }), DEFAULT_POLICY)).toEqual([]);
  });
});
