import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@/utils/policy/defaults';
import { presetsForPolicy } from '@/utils/policy/presets';
import type { EffectivePolicy } from '@/utils/policy/schema';
import { validateLocalPolicy } from '@/utils/policy/validate';
import type { Preset } from '@/utils/scopes/preset-schema';

const preset = (id: string, scope: string, title = id): Preset => ({
  id,
  title,
  description: `Preset ${id}`,
  pairs: [{ audience: 'https://{instance}.integration.ocp.{realmDomain}:443', scope }],
});

const builtIn = [
  preset('oic-rest-api', '/ic/api/'),
  preset('oic-consumer-all', 'urn:opc:resource:consumer::all'),
  preset('idm-role', 'urn:opc:idm:role.{role}'),
];
const organisation = [preset('payments-oic', '/ic/api/integration/v1/'), preset('oic-rest-api', '/ic/api/', 'Our OIC preset')];
const policy = (over: Partial<EffectivePolicy>): EffectivePolicy => ({ ...DEFAULT_POLICY, ...over });
const offered = (p: EffectivePolicy) => presetsForPolicy(builtIn, p).map((x) => `${x.id}:${x.title}`);

describe('presetsForPolicy', () => {
  it.each<[string, Partial<EffectivePolicy>, string[]]>([
    ['the built-in presets by default', {}, ['oic-rest-api:oic-rest-api', 'oic-consumer-all:oic-consumer-all', 'idm-role:idm-role']],
    ['organisation presets first, replacing a built-in with the same id', { presets: organisation },
      ['payments-oic:payments-oic', 'oic-rest-api:Our OIC preset', 'oic-consumer-all:oic-consumer-all', 'idm-role:idm-role']],
    ['only organisation presets when built-ins are hidden', { presets: organisation, hideBuiltInPresets: true },
      ['payments-oic:payments-oic', 'oic-rest-api:Our OIC preset']],
    ['nothing when built-ins are hidden and the organisation has none', { hideBuiltInPresets: true }, []],
    ['under block, no preset with a denied scope', { enforcement: 'block', deniedScopes: ['*::all', 'urn:opc:idm:role.*'] },
      ['oic-rest-api:oic-rest-api']],
    ['under warn, denied presets are still offered (they warn)', { enforcement: 'warn', deniedScopes: ['*::all'] },
      ['oic-rest-api:oic-rest-api', 'oic-consumer-all:oic-consumer-all', 'idm-role:idm-role']],
  ])('%s', (_label, over, expected) => {
    expect(offered(policy(over))).toEqual(expected);
  });

  it('accepts organisation presets in the built-in shape and rejects a repeated id', () => {
    expect(validateLocalPolicy(JSON.stringify({ presets: organisation })).ok).toBe(true);
    const twice = validateLocalPolicy(JSON.stringify({ presets: [organisation[0], organisation[0]] }));
    expect(twice.ok ? [] : twice.errors).toEqual([{ path: 'presets[1].id', message: 'preset id "payments-oic" appears more than once' }]);
    const bad = validateLocalPolicy(JSON.stringify({ presets: [{ ...organisation[0], pairs: [] }] }));
    expect(bad.ok ? [] : bad.errors).toEqual([{ path: 'presets[0].pairs', message: 'a preset needs at least one pair' }]);
  });
});
