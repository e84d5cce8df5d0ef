import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyze } from '@/utils/scopes/analyze';
import { SCOPE_CATALOG } from '@/utils/scopes/catalog';
import { BUILT_IN_PRESETS } from '@/utils/scopes/presets';
import { presetListSchema, presetSchema, type Preset } from '@/utils/scopes/preset-schema';
import { fillPreset } from '@/utils/scopes/templates';

const EXAMPLE = { instance: 'orders-abcdefgh1234-ia', region: 'us-ashburn-1', role: 'User Administrator' };
const CONSOLE = { realmDomain: 'oraclecloud.com', region: 'us-ashburn-1' };

function filledPairs(preset: Preset) {
  const filled = fillPreset(preset, EXAMPLE, CONSOLE);
  if (!filled.ok) throw new Error(`${preset.id}: ${filled.errors.map((error) => error.message).join('; ')}`);
  return filled.pairs;
}

const valid: Preset = {
  id: 'team-oic',
  title: 'Team integration',
  description: 'Our integration instance.',
  pairs: [{ audience: 'https://{instance}.integration.ocp.{realmDomain}:443', scope: '/ic/api/' }],
};

describe('built-in presets', () => {
  it('keep the preset list schema', () => {
    const parsed = presetListSchema.safeParse(BUILT_IN_PRESETS);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('relate both ways: a wider preset names its narrower one back', () => {
    for (const preset of BUILT_IN_PRESETS) {
      for (const id of preset.relations?.wider ?? []) {
        expect(BUILT_IN_PRESETS.find((other) => other.id === id)?.relations?.narrower, `${preset.id} → ${id}`).toContain(preset.id);
      }
      for (const id of preset.relations?.narrower ?? []) {
        expect(BUILT_IN_PRESETS.find((other) => other.id === id)?.relations?.wider, `${preset.id} → ${id}`).toContain(preset.id);
      }
    }
  });

  it.each(BUILT_IN_PRESETS.map((preset) => [preset.id, preset] as const))('%s fills into pairs the analyzer knows, with no error or warning', (_id, preset) => {
    const draft = { name: `${preset.id}-job`, description: preset.description, pairs: filledPairs(preset) };
    const findings = analyze(draft, { catalog: SCOPE_CATALOG, realm: 'oc1' });
    expect(findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning')).toEqual([]);
    expect(findings.filter((finding) => finding.id === 'OCG-SCOPE-011')).toEqual([]);
  });

  it.each(BUILT_IN_PRESETS.filter((preset) => preset.tags?.includes('least-privilege')).map((preset) => [preset.id, preset] as const))(
    'least-privilege preset %s has no finding at all',
    (_id, preset) => {
      const draft = { name: `${preset.id}-job`, description: preset.description, pairs: filledPairs(preset) };
      expect(analyze(draft, { catalog: SCOPE_CATALOG, realm: 'oc1' })).toEqual([]);
    },
  );

  it('offer a least-privilege preset for each service', () => {
    const leastPrivilege = BUILT_IN_PRESETS.filter((preset) => preset.tags?.includes('least-privilege')).map((preset) => preset.title);
    expect(leastPrivilege).toEqual(expect.arrayContaining([
      'Oracle Integration — REST API, least privilege',
      'Oracle Analytics Cloud — read',
    ]));
  });
});

describe('presetSchema', () => {
  const issues = (value: unknown) => {
    const parsed = presetSchema.safeParse(value);
    return parsed.success ? '' : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
  };

  it('accepts an organisation preset in the built-in shape', () => {
    expect(issues(valid)).toBe('');
    expect(issues({ ...valid, relations: { narrower: ['oic-rest-api'] }, tags: ['team'] })).toBe('');
  });

  it.each<[string, unknown, string]>([
    ['an id with capitals', { ...valid, id: 'Team_OIC' }, 'id: a preset id is lower-case letters'],
    ['an empty title', { ...valid, title: '  ' }, 'title: cannot be empty'],
    ['no pairs', { ...valid, pairs: [] }, 'pairs: a preset needs at least one pair'],
    ['11 pairs', { ...valid, pairs: Array.from({ length: 11 }, (_, i) => ({ audience: `https://s${i}.example.com`, scope: '/r' })) }, 'Oracle allows at most 10 pairs'],
    ['an unknown placeholder', { ...valid, pairs: [{ audience: 'https://{tenant}.example.com', scope: '/r' }] }, 'pairs.0.audience: {tenant} is not a placeholder'],
    ['a space in a scope', { ...valid, pairs: [{ audience: 'https://x.example.com', scope: '/ic/ api/' }] }, 'pairs.0.scope: must not contain spaces'],
    ['a pair twice', { ...valid, pairs: [valid.pairs[0], valid.pairs[0]] }, 'pairs.1: this pair is already in the preset'],
    ['a relation to itself', { ...valid, relations: { wider: ['team-oic'] } }, 'relations.wider.0: a preset cannot relate to itself'],
    ['an unknown field', { ...valid, colour: 'red' }, 'colour'],
  ])('rejects %s', (_label, value, message) => {
    expect(issues(value)).toContain(message);
  });

  it('reports relations that lead nowhere in a list', () => {
    const parsed = presetListSchema.safeParse([{ ...valid, relations: { wider: ['missing'] } }]);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('no preset has the id "missing"');
  });

  it('converts to JSON Schema, as the policy managed_schema needs', () => {
    expect(() => z.toJSONSchema(presetSchema, { io: 'input', unrepresentable: 'throw' })).not.toThrow();
  });
});
