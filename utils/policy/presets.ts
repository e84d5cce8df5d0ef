import type { Preset } from '../scopes/preset-schema';
import { scopeMatches } from './glob';
import type { EffectivePolicy } from './schema';

/**
 * The presets the picker offers under a policy: the organisation's first, then the built-in ones
 * unless the policy hides them (an organisation preset with a built-in id replaces that preset).
 * Under enforcement "block", a preset with a denied scope is left out: Generate could never run
 * with it. Scope templates are matched as written, so a deny of `urn:opc:idm:role.*` also catches
 * the template `urn:opc:idm:role.{role}`.
 */
export function presetsForPolicy(builtIn: readonly Preset[], policy: EffectivePolicy): Preset[] {
  const organisation = policy.presets;
  const replaced = new Set(organisation.map((preset) => preset.id));
  const offered = policy.hideBuiltInPresets
    ? [...organisation]
    : [...organisation, ...builtIn.filter((preset) => !replaced.has(preset.id))];
  if (policy.enforcement !== 'block') return offered;
  return offered.filter((preset) =>
    !preset.pairs.some((pair) => policy.deniedScopes.some((pattern) => scopeMatches(pattern, pair.scope))));
}
