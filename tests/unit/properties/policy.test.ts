import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '@/utils/findings/finding';
import { DEFAULT_POLICY, FAIL_CLOSED_DENIED_SCOPES } from '@/utils/policy/defaults';
import { applyPolicyToFindings, evaluatePolicy, isGenerateBlocked, POLICY_FINDING_IDS } from '@/utils/policy/evaluate';
import { audienceMatches, globMatches, scopeMatches } from '@/utils/policy/glob';
import { presetsForPolicy } from '@/utils/policy/presets';
import { resolvePolicy } from '@/utils/policy/resolve';
import {
  auditSettingsSchema,
  CAPTURE_BEFORE_CLOSE,
  credentialNamePatternSchema,
  ENFORCEMENTS,
  policySchema,
  vaultSettingsSchema,
  type EffectivePolicy,
  type PolicyDocument,
} from '@/utils/policy/schema';
import { formatPolicyPath, parsePolicyDocument, validateLocalPolicy } from '@/utils/policy/validate';
import { analyze } from '@/utils/scopes/analyze';
import { SCOPE_CATALOG } from '@/utils/scopes/catalog';
import { BUILT_IN_PRESETS } from '@/utils/scopes/presets';
import { HANDOFF_CHANNELS } from '@/utils/vault/events';
import { credentialDraft, jsonish, text } from './arbitraries';

// A policy comes from a managed-storage blob or a file someone pastes: parsing must never throw,
// a valid document must come back unchanged, anything unknown must be refused with its place, and
// the effective policy must be complete and valid whatever the sources hold (failing closed when
// the organisation's policy is broken).

/** Text the schema keeps as is: not blank, no surrounding spaces. */
const trimmed = (maxLength: number) => fc.string({ minLength: 1, maxLength }).map((s) => s.trim()).filter((s) => s.length > 0);
const pattern = fc.oneof(
  fc.constantFrom('*', 'urn:opc:resource:consumer::all', '*::all', 'urn:opc:idm:*', 'https://*.integration.ocp.oraclecloud.com:443'),
  trimmed(40),
);
const findingIdPattern = fc.stringMatching(/^[A-Za-z0-9*?-]{1,20}$/);
const day = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const validPolicy: fc.Arbitrary<PolicyDocument> = fc.record(
  {
    schemaVersion: fc.constant(1 as const),
    enforcement: fc.constantFrom(...ENFORCEMENTS),
    allowedAudiences: fc.array(pattern, { maxLength: 5 }),
    deniedScopes: fc.array(pattern, { maxLength: 5 }),
    maxPairsPerCredential: fc.integer({ min: 1, max: 10 }),
    requireDescription: fc.boolean(),
    credentialNamePattern: fc.record({ regex: fc.constantFrom('[a-z]+-[a-z]+-(dev|prod)', '.*', 'team-.+', '\\p{L}+'), message: trimmed(50) }),
    presets: fc.uniqueArray(fc.constantFrom(...BUILT_IN_PRESETS), { maxLength: 3, selector: (preset) => preset.id }),
    hideBuiltInPresets: fc.boolean(),
    realmAvailability: fc.dictionary(fc.stringMatching(/^oc[0-9]{1,3}$/), fc.record({ available: fc.boolean(), note: trimmed(40) }, { requiredKeys: ['available'] }), { maxKeys: 3 }),
    vault: fc.record(
      {
        itemTtlHours: fc.integer({ min: 1, max: 720 }),
        handoffChannels: fc.uniqueArray(fc.constantFrom(...HANDOFF_CHANNELS), { minLength: 1 }),
        allowPlaintextPrint: fc.boolean(),
        minPassphraseBits: fc.integer({ min: 40, max: 256 }),
        captureBeforeClose: fc.constantFrom(...CAPTURE_BEFORE_CLOSE),
        autoCapture: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    audit: fc.record({ enabled: fc.boolean(), retentionDays: fc.integer({ min: 1, max: 3650 }) }, { requiredKeys: [] }),
    severityOverrides: fc.dictionary(findingIdPattern, fc.constantFrom(...SEVERITIES, 'off' as const), { maxKeys: 3 }),
    exemptions: fc.array(
      fc.record({ findingId: findingIdPattern, scope: pattern, audience: pattern, justification: trimmed(60), expires: day }, { requiredKeys: ['findingId', 'justification'] }),
      { maxLength: 3 },
    ),
    userMayExempt: fc.array(findingIdPattern, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

const POLICY_FIELDS = new Set(Object.keys(policySchema.shape));
const unknownKey = fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !POLICY_FIELDS.has(key) && key !== '__proto__');

/** A source as storage or a file may hold it: nothing, a valid policy, a valid policy with a wrong field, or garbage. */
const anySource = fc.oneof(
  fc.constant(undefined),
  validPolicy,
  fc.tuple(validPolicy, unknownKey, jsonish).map(([policy, key, value]) => ({ ...policy, [key]: value })),
  fc.tuple(validPolicy, fc.constantFrom('enforcement', 'maxPairsPerCredential', 'deniedScopes', 'vault'), jsonish).map(([policy, key, value]) => ({ ...policy, [key]: value })),
  jsonish,
);

/** A text and the same text in random case. */
const withCaseVariant = (value: string) => fc.mixedCase(fc.constant(value)).map((variant) => [value, variant] as const);

/** The effective policy written as a document: it must pass the very schema every source is held to. */
function asDocument(policy: EffectivePolicy): unknown {
  const { credentialNamePattern, ...rest } = policy;
  return credentialNamePattern ? { ...rest, credentialNamePattern } : rest;
}

describe('parsePolicyDocument and validateLocalPolicy', () => {
  it('never throw: anything is a policy or a list of problems with places', () => {
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.anything()), (value) => {
        const result = parsePolicyDocument(value);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(typeof error.path).toBe('string');
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 120 },
    );
    fc.assert(
      fc.property(fc.oneof(text(200), jsonish.map((value) => JSON.stringify(value) ?? '')), (file) => {
        const result = validateLocalPolicy(file);
        expect(result.ok || result.errors.length > 0).toBe(true);
      }),
      { numRuns: 120 },
    );
  });

  it('give a valid policy back unchanged, also through its JSON file', () => {
    fc.assert(
      fc.property(validPolicy, (policy) => {
        expect(parsePolicyDocument(policy)).toEqual({ ok: true, policy });
        expect(validateLocalPolicy(JSON.stringify(policy, null, 2))).toEqual({ ok: true, policy });
      }),
      { numRuns: 120 },
    );
  });

  it('refuse an unknown field, naming it at its place', () => {
    const groups = {
      vault: vaultSettingsSchema.shape,
      audit: auditSettingsSchema.shape,
      credentialNamePattern: credentialNamePatternSchema.shape,
    } as const;
    const where = fc.constantFrom<(keyof typeof groups)[]>([], ['vault'], ['audit'], ['credentialNamePattern']);
    fc.assert(
      fc.property(validPolicy, where, unknownKey, jsonish, (policy, path, key, value) => {
        const [group] = path;
        fc.pre(group === undefined || !Object.hasOwn(groups[group], key));
        const document: Record<string, unknown> = structuredClone(policy);
        const parent = group === undefined ? document : ((document[group] as Record<string, unknown> | undefined) ?? {});
        if (group === 'credentialNamePattern') Object.assign(parent, { regex: '.*', message: 'anything' }, policy.credentialNamePattern);
        if (group !== undefined) document[group] = parent;
        parent[key] = value;
        const result = parsePolicyDocument(document);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors).toContainEqual({ path: formatPolicyPath([...path, key]), message: `unknown field "${key}"` });
      }),
      { numRuns: 120 },
    );
  });
});

describe('resolvePolicy', () => {
  it('always yields a complete policy that passes the schema, the same each time', () => {
    fc.assert(
      fc.property(anySource, anySource, (managed, local) => {
        const resolved = resolvePolicy({ managed, local });
        expect(Object.keys(resolved.policy).sort()).toEqual(Object.keys(DEFAULT_POLICY).sort());
        expect(Object.keys(resolved.policy.vault).sort()).toEqual(Object.keys(DEFAULT_POLICY.vault).sort());
        expect(Object.keys(resolved.policy.audit).sort()).toEqual(Object.keys(DEFAULT_POLICY.audit).sort());
        expect(policySchema.safeParse(asDocument(resolved.policy)).success).toBe(true);
        expect(resolvePolicy({ managed, local })).toEqual(resolved);
      }),
      { numRuns: 120 },
    );
  });

  it('lets a valid managed policy win every field it sets, and the local policy only the rest', () => {
    fc.assert(
      fc.property(validPolicy, validPolicy, (managed, local) => {
        fc.pre(Object.keys(managed).some((key) => key !== 'schemaVersion'));
        const { policy, provenance, failClosed, errors } = resolvePolicy({ managed, local });
        expect({ failClosed, errors }).toEqual({ failClosed: false, errors: [] });
        for (const field of Object.keys(DEFAULT_POLICY) as (keyof typeof DEFAULT_POLICY)[]) {
          if (field === 'vault' || field === 'audit') continue;
          const from = managed[field] !== undefined ? 'managed' : local[field] !== undefined ? 'local' : 'default';
          expect(provenance[field]).toBe(from);
          expect(policy[field]).toEqual(from === 'managed' ? managed[field] : from === 'local' ? local[field] : DEFAULT_POLICY[field]);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('fails closed on a broken managed policy: block, the broad scopes denied, the local policy ignored', () => {
    const broken = fc.tuple(validPolicy, fc.oneof(unknownKey.map((key) => [key, true] as const), fc.constant(['enforcement', 'maybe'] as const)))
      .map(([policy, [key, value]]) => ({ ...policy, [key]: value }));
    fc.assert(
      fc.property(broken, anySource, (managed, local) => {
        const resolved = resolvePolicy({ managed, local });
        expect(resolved.failClosed).toBe(true);
        expect(resolved.policy.enforcement).toBe('block');
        expect(resolved.policy.deniedScopes).toEqual(expect.arrayContaining([...FAIL_CLOSED_DENIED_SCOPES]));
        const sources = [...Object.values(resolved.provenance), ...Object.values(resolved.provenance.vault), ...Object.values(resolved.provenance.audit)];
        expect(sources).not.toContain('local');
      }),
      { numRuns: 120 },
    );
  });
});

describe('policy globs', () => {
  /** The reference: the glob as an anchored regular expression over code points. */
  const reference = (glob: string) =>
    new RegExp(`^${Array.from(glob, (c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))).join('')}$`, 'su');
  const alphabet = fc.constantFrom('a', 'b', '*', '?', '.', ':', '\\', '\n', '😀');

  it('match exactly what the equivalent regular expression matches', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 8 }), fc.array(alphabet.filter((c) => c !== '*' && c !== '?'), { maxLength: 12 }), (p, v) => {
        const [glob, value] = [p.join(''), v.join('')];
        expect(globMatches(glob, value)).toBe(reference(glob).test(value));
      }),
      { numRuns: 500 },
    );
  });

  it('cannot be dodged by case or surrounding spaces in a scope, or by case in an audience host', () => {
    const literal = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/[*?]/.test(s) && s.trim() === s);
    fc.assert(
      fc.property(literal.chain(withCaseVariant), fc.constantFrom('', ' ', '\t', '\n '), ([denied, typedCase], pad) => {
        expect(scopeMatches(denied, `${pad}${typedCase}${pad}`)).toBe(true);
      }),
      { numRuns: 120 },
    );
    fc.assert(
      fc.property(fc.domain(), fc.webPath(), (host, path) => {
        const allowed = `https://${host}${path}`;
        expect(audienceMatches(allowed, `HTTPS://${host.toUpperCase()}${path}`)).toBe(true);
      }),
      { numRuns: 120 },
    );
  });
});

describe('evaluatePolicy, applyPolicyToFindings, isGenerateBlocked, presetsForPolicy', () => {
  const effective = fc.tuple(validPolicy, fc.option(validPolicy, { nil: undefined })).map(([managed, local]) => resolvePolicy({ managed, local }).policy);
  const now = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true });

  it('never throw; policy findings are all blocking and point into the draft', () => {
    fc.assert(
      fc.property(credentialDraft, effective, now, (draft, policy, at) => {
        const findings = evaluatePolicy(draft, policy);
        if (policy.enforcement === 'off') expect(findings).toEqual([]);
        for (const finding of findings) {
          expect(Object.values(POLICY_FINDING_IDS)).toContain(finding.id);
          expect(finding.blocking).toBe(true);
          if (finding.location.kind === 'pair') expect(finding.location.index).toBeLessThan(draft.pairs.length);
        }
        const all = [...analyze(draft, { catalog: SCOPE_CATALOG }), ...findings];
        const shown = applyPolicyToFindings(all, policy, { draft, now: at });
        expect(shown.length).toBeLessThanOrEqual(all.length);
        for (const finding of shown) {
          expect(all.map((f) => f.id)).toContain(finding.id);
          expect(finding.exemption?.by ?? 'policy').toBe('policy');
        }
        const { blocked, reasons } = isGenerateBlocked(shown, policy);
        expect(blocked).toBe(reasons.length > 0);
        if (policy.enforcement !== 'block') expect(blocked).toBe(false);
      }),
      { numRuns: 120 },
    );
  });

  it('block a denied scope under "block", however it is cased or padded', () => {
    const denied = fc.constantFrom('urn:opc:resource:consumer::all', 'urn:opc:idm:__myscopes__', '/ic/api/admin');
    fc.assert(
      fc.property(credentialDraft, denied.chain(withCaseVariant), fc.nat(), (draft, [deny, typed], at) => {
        const policy: EffectivePolicy = { ...DEFAULT_POLICY, enforcement: 'block', deniedScopes: [deny] };
        const pairs = [...draft.pairs];
        pairs.splice(at % (pairs.length + 1), 0, { audience: 'https://x.integration.ocp.oraclecloud.com:443', scope: ` ${typed} ` });
        const withDenied = { ...draft, pairs };
        const shown = applyPolicyToFindings(evaluatePolicy(withDenied, policy), policy, { draft: withDenied, now: new Date() });
        expect(isGenerateBlocked(shown, policy).blocked).toBe(true);
        expect(shown.some((finding) => finding.id === POLICY_FINDING_IDS.scopeDenied)).toBe(true);
      }),
      { numRuns: 120 },
    );
  });

  it('offer only presets from the policy and the built-in list, none with a denied scope under "block"', () => {
    fc.assert(
      fc.property(effective, (policy) => {
        const offered = presetsForPolicy(BUILT_IN_PRESETS, policy);
        for (const preset of offered) expect([...policy.presets, ...BUILT_IN_PRESETS]).toContainEqual(preset);
        expect(new Set(offered.map((preset) => preset.id)).size).toBe(offered.length);
        if (policy.enforcement === 'block') {
          for (const preset of offered) {
            expect(preset.pairs.some((pair) => policy.deniedScopes.some((p) => scopeMatches(p, pair.scope)))).toBe(false);
          }
        }
      }),
      { numRuns: 120 },
    );
  });
});
