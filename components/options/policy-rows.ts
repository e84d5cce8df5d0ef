import { DEFAULT_POLICY } from '@/utils/policy/defaults';
import type { PolicySource, ResolvedPolicy } from '@/utils/policy/resolve';
import type { EffectivePolicy } from '@/utils/policy/schema';

// The effective policy as the options page lists it: one row per field (vault and audit per
// sub-field, as precedence works), each with its value written out exactly and where it came from.

export interface PolicyRow {
  /** The field's path in a policy document, e.g. "vault.itemTtlHours". */
  field: string;
  value: string;
  source: PolicySource;
}

type Field = keyof EffectivePolicy;

function formatValue(field: Field, value: unknown): string {
  if (value === null) return 'none';
  if (field === 'presets') {
    const ids = (value as EffectivePolicy['presets']).map((preset) => preset.id);
    return ids.length === 0 ? '[]' : `${ids.length} preset${ids.length === 1 ? '' : 's'}: ${ids.join(', ')}`;
  }
  return JSON.stringify(value);
}

export function policyRows({ policy, provenance }: ResolvedPolicy): PolicyRow[] {
  return (Object.keys(DEFAULT_POLICY) as Field[]).flatMap((field): PolicyRow[] => {
    if (field === 'vault' || field === 'audit') {
      const values = policy[field] as Record<string, unknown>;
      const sources = provenance[field] as Record<string, PolicySource>;
      return Object.keys(DEFAULT_POLICY[field]).map((key) => ({
        field: `${field}.${key}`,
        value: formatValue(field, values[key]),
        source: sources[key]!,
      }));
    }
    return [{ field, value: formatValue(field, policy[field]), source: provenance[field] }];
  });
}
