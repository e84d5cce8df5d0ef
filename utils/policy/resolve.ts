import { DEFAULT_POLICY, FAIL_CLOSED_DENIED_SCOPES } from './defaults';
import {
  auditSettingsSchema,
  policySchema,
  vaultSettingsSchema,
  type AuditSettings,
  type EffectivePolicy,
  type PolicyDocument,
  type PolicyField,
  type VaultSettings,
} from './schema';
import { parsePolicyDocument } from './validate';

// Managed > local > defaults, field by field (and sub-field by sub-field inside vault and audit).
// A managed policy that does not validate fails closed: enforcement becomes "block", the
// fail-closed scopes are denied on top of any valid managed denies, the managed fields that are
// valid still apply, and the local policy is ignored, so that a local file cannot fill the gaps a
// broken organisation policy left.

export type PolicySourceName = 'managed' | 'local';
/** Where an effective value comes from; 'fail-closed' marks values forced by an invalid managed policy. */
export type PolicySource = PolicySourceName | 'default' | 'fail-closed';

export type PolicyProvenance = Record<PolicyField, PolicySource> & {
  vault: Record<keyof VaultSettings, PolicySource>;
  audit: Record<keyof AuditSettings, PolicySource>;
};

export interface PolicyError {
  source: PolicySourceName;
  path: string;
  message: string;
}

export interface ResolvedPolicy {
  policy: EffectivePolicy;
  provenance: PolicyProvenance;
  errors: PolicyError[];
  /** The managed policy is invalid and strict values are in force. */
  failClosed: boolean;
  /** A managed policy is present (valid or not): the UI shows "Managed by your organization". */
  managed: boolean;
}

type Layer = { source: PolicySourceName; document: PolicyDocument };

const TOP_FIELDS = Object.keys(DEFAULT_POLICY).filter((key) => key !== 'vault' && key !== 'audit') as PolicyField[];
const GROUPS = { vault: vaultSettingsSchema, audit: auditSettingsSchema } as const;
type Group = keyof typeof GROUPS;

/** Chrome's storage.managed reads `{}` when no policy is set. */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
}

/** The valid parts of an invalid document: each field (and vault/audit sub-field) that passes on its own. */
function salvage(value: unknown): PolicyDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const input = value as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const field of TOP_FIELDS) {
    const parsed = policySchema.shape[field].safeParse(input[field]);
    if (parsed.success && parsed.data !== undefined) kept[field] = parsed.data;
  }
  for (const [group, schema] of Object.entries(GROUPS)) {
    const sub = input[group];
    if (typeof sub !== 'object' || sub === null) continue;
    const subKept: Record<string, unknown> = {};
    for (const [key, fieldSchema] of Object.entries(schema.shape)) {
      const parsed = fieldSchema.safeParse((sub as Record<string, unknown>)[key]);
      if (parsed.success && parsed.data !== undefined) subKept[key] = parsed.data;
    }
    kept[group] = subKept;
  }
  return kept as PolicyDocument;
}

/** The first layer that sets the value wins; otherwise the default. */
function pick(layers: readonly Layer[], read: (document: PolicyDocument) => unknown, fallback: unknown): [unknown, PolicySource] {
  for (const layer of layers) {
    const value = read(layer.document);
    if (value !== undefined) return [value, layer.source];
  }
  return [fallback, 'default'];
}

function pickGroup(layers: readonly Layer[], group: Group): [Record<string, unknown>, Record<string, PolicySource>] {
  const values: Record<string, unknown> = {};
  const sources: Record<string, PolicySource> = {};
  const defaults: Record<string, unknown> = DEFAULT_POLICY[group];
  for (const key of Object.keys(defaults)) {
    [values[key], sources[key]] = pick(layers, (d) => (d[group] as Record<string, unknown> | undefined)?.[key], defaults[key]);
  }
  return [values, sources];
}

export function resolvePolicy(sources: { managed?: unknown; local?: unknown }): ResolvedPolicy {
  const errors: PolicyError[] = [];
  const layers: Layer[] = [];
  const managed = !isAbsent(sources.managed);
  let failClosed = false;

  if (managed) {
    const result = parsePolicyDocument(sources.managed);
    if (result.ok) {
      layers.push({ source: 'managed', document: result.policy });
    } else {
      failClosed = true;
      errors.push(...result.errors.map((e) => ({ source: 'managed' as const, ...e })));
      layers.push({ source: 'managed', document: salvage(sources.managed) });
    }
  }
  if (!isAbsent(sources.local)) {
    const result = parsePolicyDocument(sources.local);
    if (!result.ok) errors.push(...result.errors.map((e) => ({ source: 'local' as const, ...e })));
    else if (!failClosed) layers.push({ source: 'local', document: result.policy });
  }

  const policy: Record<string, unknown> = {};
  const provenance: Record<string, unknown> = {};
  for (const field of TOP_FIELDS) {
    [policy[field], provenance[field]] = pick(layers, (d) => d[field], DEFAULT_POLICY[field]);
  }
  for (const group of Object.keys(GROUPS) as Group[]) {
    [policy[group], provenance[group]] = pickGroup(layers, group);
  }

  const effective = structuredClone(policy) as EffectivePolicy;
  const sourceOf = provenance as PolicyProvenance;
  if (failClosed) {
    effective.enforcement = 'block';
    sourceOf.enforcement = 'fail-closed';
    effective.deniedScopes = [...new Set([...effective.deniedScopes, ...FAIL_CLOSED_DENIED_SCOPES])];
    sourceOf.deniedScopes = 'fail-closed';
  }
  return { policy: effective, provenance: sourceOf, errors, failClosed, managed };
}
