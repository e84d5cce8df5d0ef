import { z } from 'zod';
import { RISK_GRADES } from './risk';
import { TEMPLATE_KEYS, templateProblem } from './template-syntax';

// The rules that the built-in presets and catalog (presets.ts, catalog.ts) and an organisation's
// presets (policy) must keep. Imported by the policy schema, unit tests and build-time code only:
// the content script reads presets and the catalog as plain data and never bundles zod.
// No transforms here: the policy's managed_schema.json is generated from these schemas.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = (what: string) =>
  z.string().max(64).regex(SLUG, { error: `a ${what} is lower-case letters, digits and single hyphens, e.g. "oic-rest-api"` });

const text = (max: number) => z.string().trim().min(1, { error: 'cannot be empty' }).max(max);

/** An audience or scope, possibly with placeholders such as {instance}; checked by templates.ts. */
const templateText = z
  .string()
  .min(1, { error: 'cannot be empty' })
  .max(2048)
  .superRefine((value, ctx) => {
    const problem = templateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const httpsUrl = z.string().regex(/^https:\/\/[^\s]+$/, { error: 'must be an https:// address' });

const presetPairSchema = z.strictObject({
  audience: templateText.describe(
    `Audience, or a template with placeholders (${TEMPLATE_KEYS.map((key) => `{${key}}`).join(', ')}), e.g. https://{instance}.integration.ocp.{realmDomain}:443.`,
  ),
  scope: templateText.describe('Scope, e.g. /ic/api/ or urn:opc:resource:consumer:paas:analytics::read.'),
});

const presetRelationsSchema = z.strictObject({
  narrower: z.array(slug('preset id')).max(20).optional().describe('Ids of presets that grant less for a similar job.'),
  wider: z.array(slug('preset id')).max(20).optional().describe('Ids of presets that grant more for a similar job.'),
});

export const presetSchema = z
  .strictObject({
    id: slug('preset id').describe('Stable id, lower-case with hyphens, e.g. "oic-rest-api". An organisation preset with a built-in id replaces it.'),
    title: text(120).describe('What the user picks, e.g. "Oracle Integration — REST API, least privilege".'),
    description: text(1000).describe('What the credential will be able to do, and when to choose this preset.'),
    pairs: z.array(presetPairSchema).min(1, { error: 'a preset needs at least one pair' })
      .max(10, { error: 'Oracle allows at most 10 pairs per credential' })
      .describe('Audience-scope pairs, in the order they fill the form.'),
    relations: presetRelationsSchema.optional().describe('Presets to offer instead: narrower or wider ones.'),
    tags: z.array(slug('tag')).max(20).optional().describe('Words the preset picker searches, e.g. "oracle-integration".'),
  })
  .superRefine((preset, ctx) => {
    const seen = new Set<string>();
    preset.pairs.forEach((pair, index) => {
      const key = `${pair.audience}\n${pair.scope}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['pairs', index], message: 'this pair is already in the preset' });
      seen.add(key);
    });
    for (const kind of ['narrower', 'wider'] as const) {
      preset.relations?.[kind]?.forEach((id, index) => {
        if (id === preset.id) ctx.addIssue({ code: 'custom', path: ['relations', kind, index], message: 'a preset cannot relate to itself' });
      });
    }
  });

export type Preset = z.infer<typeof presetSchema>;
export type PresetPair = z.infer<typeof presetPairSchema>;

function reportDuplicates(values: readonly string[], what: string, path: PropertyKey[], ctx: z.RefinementCtx): void {
  values.forEach((value, index) => {
    if (values.indexOf(value) !== index) ctx.addIssue({ code: 'custom', path: [...path, index], message: `${what} "${value}" appears more than once` });
  });
}

/** One source's presets (the built-in list): unique ids, and relations that point inside the list. */
export const presetListSchema = z.array(presetSchema).superRefine((presets, ctx) => {
  const ids = presets.map((preset) => preset.id);
  reportDuplicates(ids, 'preset id', [], ctx);
  presets.forEach((preset, index) => {
    for (const kind of ['narrower', 'wider'] as const) {
      preset.relations?.[kind]?.forEach((id, at) => {
        if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: [index, 'relations', kind, at], message: `no preset has the id "${id}"` });
      });
    }
  });
});

const catalogAudienceSchema = z.strictObject({
  id: slug('catalog audience id'),
  /** Audiences of one kind share scopes and narrower alternatives, e.g. every Oracle Integration address. */
  kind: slug('audience kind'),
  /** The service in the user's words; audiences of different services are unrelated. */
  service: text(80),
  title: text(120),
  template: templateText,
  grants: text(500),
  risk: z.enum(RISK_GRADES),
  /** How sure the catalog is: documented by Oracle, or inferred from how Oracle names things. */
  source: z.enum(['documented', 'inferred']),
  learnMore: httpsUrl.optional(),
});

const narrowerAlternativeSchema = z.strictObject({
  /** An audience kind of the catalog, or "any" for every kind without its own entry (and unknown audiences). */
  kind: z.union([slug('audience kind'), z.literal('any')]),
  /** Narrower scopes, the one a fix applies first. */
  scopes: z.array(templateText).min(1),
});

const catalogScopeSchema = z.strictObject({
  scope: templateText,
  title: text(120),
  grants: text(500),
  risk: z.enum(RISK_GRADES),
  /** Audience kinds the scope is known for; absent: any audience. */
  kinds: z.array(slug('audience kind')).min(1).optional(),
  /** Oracle does not accept this scope together with any other scope in one credential. */
  exclusive: z.boolean().optional(),
  narrower: z.array(narrowerAlternativeSchema).min(1).optional(),
  source: z.enum(['documented', 'inferred']),
  learnMore: httpsUrl.optional(),
});

export const catalogSchema = z
  .strictObject({
    /** Date the catalog was last checked against Oracle's documentation. */
    version: z.iso.date(),
    audiences: z.array(catalogAudienceSchema).min(1),
    scopes: z.array(catalogScopeSchema).min(1),
  })
  .superRefine((catalog, ctx) => {
    reportDuplicates(catalog.audiences.map((audience) => audience.id), 'audience id', ['audiences'], ctx);
    reportDuplicates(catalog.audiences.map((audience) => audience.template.toLowerCase()), 'audience template', ['audiences'], ctx);
    reportDuplicates(catalog.scopes.map((entry) => entry.scope.toLowerCase()), 'scope', ['scopes'], ctx);
    const kinds = new Set(catalog.audiences.map((audience) => audience.kind));
    const scopes = new Set(catalog.scopes.map((entry) => entry.scope));
    catalog.scopes.forEach((entry, index) => {
      entry.kinds?.forEach((kind, at) => {
        if (!kinds.has(kind)) ctx.addIssue({ code: 'custom', path: ['scopes', index, 'kinds', at], message: `no audience has the kind "${kind}"` });
      });
      entry.narrower?.forEach((alternative, at) => {
        if (alternative.kind !== 'any' && !kinds.has(alternative.kind)) {
          ctx.addIssue({ code: 'custom', path: ['scopes', index, 'narrower', at, 'kind'], message: `no audience has the kind "${alternative.kind}"` });
        }
        alternative.scopes.forEach((scope, n) => {
          if (!scopes.has(scope)) ctx.addIssue({ code: 'custom', path: ['scopes', index, 'narrower', at, 'scopes', n], message: `"${scope}" is not a scope of the catalog` });
          if (scope === entry.scope) ctx.addIssue({ code: 'custom', path: ['scopes', index, 'narrower', at, 'scopes', n], message: 'a scope cannot be narrower than itself' });
        });
      });
    });
  });

export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogAudience = z.infer<typeof catalogAudienceSchema>;
export type CatalogScope = z.infer<typeof catalogScopeSchema>;
