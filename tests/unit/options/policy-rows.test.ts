import { describe, expect, it } from 'vitest';
import { policyRows } from '@/components/options/policy-rows';
import { resolvePolicy } from '@/utils/policy/resolve';

const row = (rows: ReturnType<typeof policyRows>, field: string) => rows.find((r) => r.field === field);

describe('policyRows', () => {
  it('lists every field once, vault and audit per sub-field', () => {
    const fields = policyRows(resolvePolicy({})).map((r) => r.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields).toContain('enforcement');
    expect(fields).toContain('vault.itemTtlHours');
    expect(fields).toContain('audit.retentionDays');
    expect(fields).not.toContain('vault');
    expect(fields).not.toContain('schemaVersion');
  });

  it.each<[string, Parameters<typeof resolvePolicy>[0], string, string, string]>([
    ['a default', {}, 'enforcement', '"warn"', 'default'],
    ['a local value', { local: { enforcement: 'block' } }, 'enforcement', '"block"', 'local'],
    ['managed over local', { managed: { deniedScopes: ['a:*'] }, local: { deniedScopes: ['b'] } }, 'deniedScopes', '["a:*"]', 'managed'],
    ['a sub-field', { local: { vault: { itemTtlHours: 8 } } }, 'vault.itemTtlHours', '8', 'local'],
    ['a sibling sub-field stays default', { local: { vault: { itemTtlHours: 8 } } }, 'vault.autoCapture', 'false', 'default'],
    ['no naming rule', {}, 'credentialNamePattern', 'none', 'default'],
    ['fail closed', { managed: { enforcement: 'Block' } }, 'enforcement', '"block"', 'fail-closed'],
    [
      'presets by id',
      { local: { presets: [{ id: 'org-oic', title: 'OIC', description: 'x', pairs: [{ audience: 'https://{instance}.integration.ocp.{realmDomain}:443', scope: '/ic/api/' }] }] } },
      'presets',
      '1 preset: org-oic',
      'local',
    ],
  ])('%s', (_label, sources, field, value, source) => {
    expect(row(policyRows(resolvePolicy(sources)), field)).toEqual({ field, value, source });
  });
});
