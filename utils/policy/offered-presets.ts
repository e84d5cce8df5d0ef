import { loadPresets, type LoadedPreset } from '../scopes/preset-sources';
import type { Preset } from '../scopes/preset-schema';
import { presetsForPolicy } from './presets';
import type { EffectivePolicy } from './schema';

// What the preset picker offers: the presets merged from their sources with each one's source
// (loadPresets), keeping only those the policy lets the user pick (presetsForPolicy: under "block"
// none with a denied scope). Before the policy is known, the built-in presets.

export function offeredPresets(builtIn: readonly Preset[], policy: EffectivePolicy | null): LoadedPreset[] {
  const { presets } = loadPresets({ builtIn, organisation: policy?.presets ?? [], hideBuiltIn: policy?.hideBuiltInPresets ?? false });
  if (!policy) return presets;
  const allowed = new Set(presetsForPolicy(builtIn, policy).map((preset) => preset.id));
  return presets.filter(({ preset }) => allowed.has(preset.id));
}
