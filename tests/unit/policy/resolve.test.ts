import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, FAIL_CLOSED_DENIED_SCOPES } from '@/utils/policy/defaults';
import { resolvePolicy, type PolicySource } from '@/utils/policy/resolve';

describe('resolvePolicy: no sources', () => {
  it.each([
    ['nothing', {}],
    ['an empty managed object (Chrome with no policy)', { managed: {} }],
    ['null managed', { managed: null }],
    ['empty local', { local: {} }],
  ])('%s gives the defaults, all from "default"', (_label, sources) => {
    const resolved = resolvePolicy(sources);
    expect(resolved.policy).toEqual(DEFAULT_POLICY);
    expect(resolved.errors).toEqual([]);
    expect(resolved.failClosed).toBe(false);
    expect(resolved.managed).toBe(false);
    expect(resolved.provenance.enforcement).toBe('default');
    expect(resolved.provenance.vault.itemTtlHours).toBe('default');
    expect(resolved.provenance.audit.retentionDays).toBe('default');
  });

  it('hands out a copy, so changing the result cannot change the defaults', () => {
    const { policy } = resolvePolicy({});
    policy.deniedScopes.push('x');
    policy.vault.handoffChannels.pop();
    expect(DEFAULT_POLICY.deniedScopes).toEqual([]);
    expect(DEFAULT_POLICY.vault.handoffChannels).toHaveLength(4);
  });
});

describe('resolvePolicy: precedence managed > local > default, per field', () => {
  const managed = { enforcement: 'block', deniedScopes: ['urn:opc:idm:*'], vault: { itemTtlHours: 4 }, audit: { enabled: true } };
  const local = {
    enforcement: 'off',
    deniedScopes: ['*::all'],
    allowedAudiences: ['https://*.example.com'],
    vault: { itemTtlHours: 48, allowPlaintextPrint: true },
    audit: { retentionDays: 30 },
  };
  const resolved = resolvePolicy({ managed, local });

  it.each<[string, (r: typeof resolved) => [unknown, PolicySource]]>([
    ['enforcement', (r) => [r.policy.enforcement, r.provenance.enforcement]],
    ['deniedScopes', (r) => [r.policy.deniedScopes, r.provenance.deniedScopes]],
    ['allowedAudiences', (r) => [r.policy.allowedAudiences, r.provenance.allowedAudiences]],
    ['maxPairsPerCredential', (r) => [r.policy.maxPairsPerCredential, r.provenance.maxPairsPerCredential]],
    ['credentialNamePattern', (r) => [r.policy.credentialNamePattern, r.provenance.credentialNamePattern]],
    ['vault.itemTtlHours', (r) => [r.policy.vault.itemTtlHours, r.provenance.vault.itemTtlHours]],
    ['vault.allowPlaintextPrint', (r) => [r.policy.vault.allowPlaintextPrint, r.provenance.vault.allowPlaintextPrint]],
    ['vault.minPassphraseBits', (r) => [r.policy.vault.minPassphraseBits, r.provenance.vault.minPassphraseBits]],
    ['audit.enabled', (r) => [r.policy.audit.enabled, r.provenance.audit.enabled]],
    ['audit.retentionDays', (r) => [r.policy.audit.retentionDays, r.provenance.audit.retentionDays]],
  ])('%s', (field, read) => {
    const expected: Record<string, [unknown, PolicySource]> = {
      enforcement: ['block', 'managed'],
      deniedScopes: [['urn:opc:idm:*'], 'managed'],
      allowedAudiences: [['https://*.example.com'], 'local'],
      maxPairsPerCredential: [10, 'default'],
      credentialNamePattern: [null, 'default'],
      'vault.itemTtlHours': [4, 'managed'],
      'vault.allowPlaintextPrint': [true, 'local'],
      'vault.minPassphraseBits': [77, 'default'],
      'audit.enabled': [true, 'managed'],
      'audit.retentionDays': [30, 'local'],
    };
    expect(read(resolved)).toEqual(expected[field]);
  });

  it('marks the policy as managed and reports no error', () => {
    expect(resolved.managed).toBe(true);
    expect(resolved.failClosed).toBe(false);
    expect(resolved.errors).toEqual([]);
  });

  it('has a provenance entry for every field of the effective policy', () => {
    expect(Object.keys(resolved.provenance).sort()).toEqual(Object.keys(resolved.policy).sort());
    expect(Object.keys(resolved.provenance.vault).sort()).toEqual(Object.keys(resolved.policy.vault).sort());
    expect(Object.keys(resolved.provenance.audit).sort()).toEqual(Object.keys(resolved.policy.audit).sort());
  });

  it('lets a source set a field to an empty list (allow no audience)', () => {
    const r = resolvePolicy({ local: { allowedAudiences: [] } });
    expect(r.policy.allowedAudiences).toEqual([]);
    expect(r.provenance.allowedAudiences).toBe('local');
  });
});

describe('resolvePolicy: an invalid managed policy fails closed', () => {
  const managed = {
    enforcement: 'off',
    allowedAudiences: ['https://*.integration.ocp.oraclecloud.com:443'],
    deniedScopes: ['urn:opc:resource:consumer:paas::all'],
    maxPairsPerCredential: 'three',
    vault: { itemTtlHours: 4, minPassphraseBits: 10 },
  };
  const local = { enforcement: 'warn', maxPairsPerCredential: 2, exemptions: [{ findingId: '*', justification: 'local bypass' }] };
  const resolved = resolvePolicy({ managed, local });

  it('blocks, denies the built-in broad scopes on top of the valid managed denies, and says which field is wrong', () => {
    expect(resolved.failClosed).toBe(true);
    expect(resolved.policy.enforcement).toBe('block');
    expect(resolved.provenance.enforcement).toBe('fail-closed');
    expect(resolved.policy.deniedScopes).toEqual(['urn:opc:resource:consumer:paas::all', ...FAIL_CLOSED_DENIED_SCOPES]);
    expect(resolved.provenance.deniedScopes).toBe('fail-closed');
    expect(resolved.errors).toEqual([
      { source: 'managed', path: 'maxPairsPerCredential', message: expect.stringMatching(/expected number, received string/) },
      { source: 'managed', path: 'vault.minPassphraseBits', message: expect.stringMatching(/>=40/) },
    ]);
  });

  it('keeps the managed fields that are valid on their own', () => {
    expect(resolved.policy.allowedAudiences).toEqual(['https://*.integration.ocp.oraclecloud.com:443']);
    expect(resolved.provenance.allowedAudiences).toBe('managed');
    expect(resolved.policy.vault.itemTtlHours).toBe(4);
    expect(resolved.provenance.vault.itemTtlHours).toBe('managed');
    expect(resolved.policy.vault.minPassphraseBits).toBe(77);
    expect(resolved.provenance.vault.minPassphraseBits).toBe('default');
  });

  it('ignores the local policy, so a local file cannot loosen a broken organisation policy', () => {
    expect(resolved.policy.maxPairsPerCredential).toBe(10);
    expect(resolved.provenance.maxPairsPerCredential).toBe('default');
    expect(resolved.policy.exemptions).toEqual([]);
  });

  it.each([
    ['a string', 'block'],
    ['a list', ['block']],
    ['an unknown field', { enforcment: 'block' }],
    ['a newer schema version', { schemaVersion: 2, enforcement: 'warn' }],
  ])('fails closed on %s', (_label, value) => {
    const r = resolvePolicy({ managed: value });
    expect(r.failClosed).toBe(true);
    expect(r.managed).toBe(true);
    expect(r.policy.enforcement).toBe('block');
    expect(r.policy.deniedScopes).toEqual([...FAIL_CLOSED_DENIED_SCOPES]);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors.every((e) => e.source === 'managed')).toBe(true);
  });

  it('does not list a denied scope twice when the managed policy already denies it', () => {
    const r = resolvePolicy({ managed: { deniedScopes: ['urn:opc:idm:__myscopes__'], enforcement: 'nope' } });
    expect(r.policy.deniedScopes).toEqual(['urn:opc:idm:__myscopes__', 'urn:opc:resource:consumer::all']);
  });
});

describe('resolvePolicy: an invalid local policy is ignored with its errors', () => {
  it('uses the managed policy and defaults, and reports the local problem', () => {
    const r = resolvePolicy({ managed: { enforcement: 'block' }, local: { enforcement: 'warn', maxPairsPerCredential: 0 } });
    expect(r.failClosed).toBe(false);
    expect(r.policy.enforcement).toBe('block');
    expect(r.policy.maxPairsPerCredential).toBe(10);
    expect(r.errors).toEqual([{ source: 'local', path: 'maxPairsPerCredential', message: expect.stringMatching(/>=1/) }]);
  });
});
