import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CredentialDraft, Finding, FindingFix } from '@/utils/findings/finding';
import { analyze } from '@/utils/scopes/analyze';
import { SCOPE_CATALOG } from '@/utils/scopes/catalog';
import { indexCatalog } from '@/utils/scopes/catalog-index';
import { orderFindings } from '@/utils/scopes/finding-order';
import { SCOPE_RULES } from '@/utils/scopes/finding-rules';
import { fullyQualifiedScope, splitFullyQualifiedScope } from '@/utils/scopes/fully-qualified';
import { normaliseAudience, normaliseScope, removeInvisible } from '@/utils/scopes/normalise';
import type { Preset } from '@/utils/scopes/preset-schema';
import { BUILT_IN_PRESETS } from '@/utils/scopes/presets';
import { REALM_DOMAINS } from '@/utils/scopes/realm-domains';
import { compileTemplate, fillTemplate, matchTemplate, placeholdersIn, templateProblem } from '@/utils/scopes/template-syntax';
import { fillPreset, templateFields, type TemplateValues } from '@/utils/scopes/templates';
import { credentialDraft, realmKey, realmRegion, text } from './arbitraries';

// The analyzer runs on every keystroke on whatever the user typed or pasted; presets are filled from
// pasted URLs. Neither may throw, both must be deterministic, and what they produce must hold up:
// findings point into the draft, a fix fixes, a filled preset is a complete catalog pair.

const RULE_SEVERITY = new Map<string, string>(Object.values(SCOPE_RULES).map((rule) => [rule.id, rule.severity]));
const catalog = indexCatalog(SCOPE_CATALOG);

const instanceId = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/);
const realmDomain = fc.constantFrom(...REALM_DOMAINS);
const role = fc.constantFrom('User Administrator', 'Identity Domain Administrator', 'Audit%20Administrator');
const validValues = fc.record({ instance: instanceId, region: realmRegion.map((entry) => entry.region), realmDomain, role });

function fixedDraft(draft: CredentialDraft, fix: FindingFix): CredentialDraft {
  const pairs = draft.pairs.map((pair) => ({ ...pair }));
  if (fix.kind === 'remove-pair') pairs.splice(fix.index, 1);
  else if (fix.kind === 'set-scope') pairs[fix.index]!.scope = fix.scope;
  else pairs[fix.index]!.audience = fix.audience;
  return { ...draft, pairs };
}

const place = (finding: Finding) => JSON.stringify(finding.location);

describe('analyze', () => {
  const context = fc.record({ realm: fc.option(fc.oneof(realmKey, text(6)), { nil: undefined }) });

  it('never throws, answers the same twice, and reports ordered, known findings inside the draft', () => {
    fc.assert(
      fc.property(credentialDraft, context, (draft, { realm }) => {
        const findings = analyze(draft, { catalog: SCOPE_CATALOG, realm });
        expect(analyze(draft, { catalog: SCOPE_CATALOG, realm })).toEqual(findings);
        expect(orderFindings(findings)).toEqual(findings);
        for (const finding of findings) {
          expect(RULE_SEVERITY.get(finding.id)).toBe(finding.severity);
          expect(finding.title.length).toBeGreaterThan(0);
          if (finding.location.kind === 'pair') expect(finding.location.index).toBeLessThan(draft.pairs.length);
          if (finding.fix) expect(finding.fix.index).toBeLessThan(draft.pairs.length);
        }
        if (draft.pairs.length === 0) expect(findings.map((finding) => finding.id)).toContain(SCOPE_RULES.emptyValue.id);
      }),
      { numRuns: 200 },
    );
  });

  it('offers fixes that remove the finding they come with', () => {
    fc.assert(
      fc.property(credentialDraft, (draft) => {
        for (const finding of analyze(draft, { catalog: SCOPE_CATALOG, realm: 'oc1' })) {
          if (!finding.fix || finding.fix.kind === 'remove-pair') continue;
          const after = analyze(fixedDraft(draft, finding.fix), { catalog: SCOPE_CATALOG, realm: 'oc1' });
          expect(after.filter((other) => other.id === finding.id && place(other) === place(finding)), `${finding.id}: ${finding.fix.label}`).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('fully qualified scopes', () => {
  const authority = fc.tuple(fc.domain(), fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }))
    .map(([host, port]) => `https://${host}${port === undefined ? '' : `:${port}`}`);
  const scope = fc.oneof(
    fc.stringMatching(/^urn:opc:[a-z:_.]{1,30}$/),
    fc.webPath().filter((path) => path.startsWith('/')),
  );

  it('split back into the audience and scope they were made of', () => {
    fc.assert(
      fc.property(authority, scope, (audience, path) => {
        expect(splitFullyQualifiedScope(fullyQualifiedScope({ audience, scope: path }))).toEqual({ audience, scope: path });
      }),
      { numRuns: 200 },
    );
  });

  it('split any text without throwing, and only into parts that make the text again', () => {
    fc.assert(
      fc.property(text(80), (value) => {
        const pair = splitFullyQualifiedScope(value);
        if (pair) expect(fullyQualifiedScope(pair)).toBe(value.trim());
      }),
      { numRuns: 200 },
    );
  });

  it('normalise cleaned values to a fixed point', () => {
    // The analyzer removes spaces and invisible characters before it normalises (pair-view.ts).
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'] }), text(40).map(removeInvisible), (url, value) => {
        expect(normaliseAudience(normaliseAudience(url))).toBe(normaliseAudience(url));
        expect(normaliseScope(normaliseScope(value))).toBe(normaliseScope(value));
      }),
      { numRuns: 200 },
    );
  });
});

describe('templates', () => {
  it('read back the values they were filled with', () => {
    const templates = fc.constantFrom(...SCOPE_CATALOG.audiences.map((entry) => entry.template));
    fc.assert(
      fc.property(templates, validValues, (template, values) => {
        const compiled = compileTemplate(template, normaliseAudience);
        const read = matchTemplate(compiled, normaliseAudience(fillTemplate(template, values)));
        const expected = Object.fromEntries(placeholdersIn(template).map((key) => [key, values[key].toLowerCase()]));
        expect(read).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('say what is wrong with any text without throwing; a well-formed one has only known placeholders', () => {
    fc.assert(
      fc.property(text(60), (template) => {
        const problem = templateProblem(template);
        if (problem === undefined) expect(template.replace(/\{(instance|region|realmDomain|role)\}/g, '')).not.toMatch(/[{}\s]/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fillPreset', () => {
  // An organisation's preset may ask for a role; no built-in one does.
  const rolePreset: Preset = {
    id: 'one-role',
    title: 'One role',
    description: 'One identity domain role.',
    pairs: [{ audience: 'urn:opc:resource:scope:account', scope: 'urn:opc:idm:role.{role}' }],
  };
  const preset = fc.constantFrom(...BUILT_IN_PRESETS, rolePreset);
  const typed: fc.Arbitrary<TemplateValues> = fc.record(
    {
      instance: fc.oneof(instanceId, text(40), fc.webUrl()),
      region: fc.oneof(realmRegion.map((entry) => entry.region), text(20)),
      realmDomain: fc.oneof(realmDomain, text(20)),
      role: fc.oneof(role, text(20)),
    },
    { requiredKeys: [] },
  );

  it('never throws; a filled preset is complete catalog pairs the analyzer does not call unfilled or malformed', () => {
    fc.assert(
      fc.property(preset, typed, typed, (chosen, values, fromConsole) => {
        const filled = fillPreset(chosen, values, fromConsole);
        const keys = templateFields(chosen).map((field) => field.key);
        if (!filled.ok) {
          for (const error of filled.errors) {
            expect(keys).toContain(error.key);
            expect(error.message.length).toBeGreaterThan(0);
          }
          return;
        }
        expect(filled.pairs).toHaveLength(chosen.pairs.length);
        for (const pair of filled.pairs) {
          expect(placeholdersIn(pair.audience + pair.scope)).toEqual([]);
          expect(catalog.audience(normaliseAudience(pair.audience))).toBeDefined();
        }
        const ids = analyze({ name: 'orders-sync-prod', description: 'Orders sync', pairs: filled.pairs }, { catalog: SCOPE_CATALOG }).map((f) => f.id);
        expect(ids).not.toContain(SCOPE_RULES.unfilledPlaceholder.id);
        expect(ids).not.toContain(SCOPE_RULES.audienceForm.id);
        expect(ids).not.toContain(SCOPE_RULES.invisibleCharacters.id);
      }),
      { numRuns: 250 },
    );
  });

  it('fills the same pairs from a pasted instance URL as from the typed instance id', () => {
    const withInstance = fc.constantFrom(...BUILT_IN_PRESETS.filter((entry) => entry.pairs.some((pair) => pair.audience.includes('{instance}'))));
    fc.assert(
      fc.property(withInstance, validValues, fc.webPath(), (chosen, values, path) => {
        const typedIn = fillPreset(chosen, values);
        expect(typedIn.ok).toBe(true);
        if (!typedIn.ok) return;
        const [audience] = typedIn.pairs.map((pair) => pair.audience);
        const url = `${audience!.replace(/:443$/, '')}${path}`;
        expect(fillPreset(chosen, { ...values, instance: url })).toEqual(typedIn);
      }),
      { numRuns: 200 },
    );
  });
});
