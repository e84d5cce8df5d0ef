import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@/utils/policy/defaults';
import { offeredPresets } from '@/utils/policy/offered-presets';
import type { EffectivePolicy } from '@/utils/policy/schema';
import type { Preset } from '@/utils/scopes/preset-schema';

const OIC = 'https://{instance}.integration.ocp.{realmDomain}:443';
const preset = (id: string, scope: string, more: Partial<Preset> = {}): Preset => ({ id, title: id, description: `Preset ${id}`, pairs: [{ audience: OIC, scope }], ...more });
const builtIn = [
  preset('oic-rest-api', '/ic/api/', { relations: { wider: ['oic-all'] } }),
  preset('oic-all', 'urn:opc:resource:consumer::all', { relations: { narrower: ['oic-rest-api'] } }),
];
const policy = (over: Partial<EffectivePolicy>): EffectivePolicy => ({ ...DEFAULT_POLICY, ...over });
const listed = (p: EffectivePolicy | null) => offeredPresets(builtIn, p).map(({ preset: x, source }) => `${x.id}:${source}`);

describe('offeredPresets', () => {
  it.each<[string, EffectivePolicy | null, string[]]>([
    ['before the policy is known: the built-in presets', null, ['oic-rest-api:built-in', 'oic-all:built-in']],
    ['the default policy: the same', DEFAULT_POLICY, ['oic-rest-api:built-in', 'oic-all:built-in']],
    ["the organisation's first, marked as such", policy({ presets: [preset('team-oic', '/ic/api/')] }),
      ['team-oic:organisation', 'oic-rest-api:built-in', 'oic-all:built-in']],
    ['an organisation preset replaces the built-in with its id', policy({ presets: [preset('oic-all', '/ic/api/')] }),
      ['oic-all:organisation', 'oic-rest-api:built-in']],
    ['built-ins hidden', policy({ presets: [preset('team-oic', '/ic/api/')], hideBuiltInPresets: true }), ['team-oic:organisation']],
    ['under block, none with a denied scope', policy({ enforcement: 'block', deniedScopes: ['*::all'] }), ['oic-rest-api:built-in']],
    ['under warn, denied presets stay (they warn)', policy({ enforcement: 'warn', deniedScopes: ['*::all'] }), ['oic-rest-api:built-in', 'oic-all:built-in']],
  ])('%s', (_label, p, expected) => {
    expect(listed(p)).toEqual(expected);
  });
});
