import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { managedSchema, toChromeSchema } from '@/utils/policy/managed-schema';
import { policySchema } from '@/utils/policy/schema';
import { validateLocalPolicy } from '@/utils/policy/validate';
import { readFileSync } from 'node:fs';

// Chrome refuses to load an extension whose managed_schema leaves its subset of JSON Schema. This
// checker is deliberately stricter than Chrome: only the keywords below, exactly one of type/$ref
// per schema, no booleans where a schema belongs, RE2-compatible patterns.
const TYPE_KEYWORDS: Record<string, string[]> = {
  object: ['properties', 'additionalProperties'],
  array: ['items'],
  string: ['enum', 'pattern'],
  integer: ['enum'],
  number: [],
  boolean: [],
};
const COMMON = ['type', '$ref', 'id', 'title', 'description'];

function chromeSubsetProblems(schema: unknown): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const refs: [string, string][] = [];
  const visit = (node: unknown, path: string, root: boolean) => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      problems.push(`${path}: a schema must be an object`);
      return;
    }
    const s = node as Record<string, unknown>;
    const hasType = 'type' in s;
    if (hasType === ('$ref' in s)) problems.push(`${path}: needs exactly one of "type" and "$ref"`);
    if (typeof s.$ref === 'string') refs.push([path, s.$ref]);
    if (typeof s.id === 'string') ids.add(s.id);
    const type = s.type;
    if (hasType && (typeof type !== 'string' || !(type in TYPE_KEYWORDS))) problems.push(`${path}: type ${JSON.stringify(type)} is not supported`);
    const allowed = new Set([...COMMON, ...(typeof type === 'string' ? TYPE_KEYWORDS[type] ?? [] : [])]);
    for (const key of Object.keys(s)) if (!allowed.has(key)) problems.push(`${path}: "${key}" is not allowed here`);
    for (const key of ['title', 'description', 'id']) {
      if (key in s && typeof s[key] !== 'string') problems.push(`${path}: ${key} must be a string`);
    }
    if (root && type !== 'object') problems.push(`${path}: the top level must be an object`);
    if (root && 'additionalProperties' in s) problems.push(`${path}: the top level may not have additionalProperties`);
    if (s.properties !== undefined) {
      if (typeof s.properties !== 'object' || s.properties === null) problems.push(`${path}: properties must be an object`);
      else for (const [k, v] of Object.entries(s.properties)) visit(v, `${path}.${k}`, false);
    }
    if (s.additionalProperties !== undefined) visit(s.additionalProperties, `${path}.*`, false);
    if (type === 'array') {
      if (s.items === undefined) problems.push(`${path}: an array needs items`);
      else visit(s.items, `${path}[]`, false);
    }
    if (s.enum !== undefined) {
      const ok = Array.isArray(s.enum) && s.enum.length > 0
        && s.enum.every((v) => (type === 'integer' ? Number.isInteger(v) : typeof v === 'string'));
      if (!ok) problems.push(`${path}: enum must be a non-empty list of ${String(type)} values`);
    }
    if (s.pattern !== undefined) {
      if (typeof s.pattern !== 'string') problems.push(`${path}: pattern must be a string`);
      else if (/\(\?[=!<]|\\[1-9]/.test(s.pattern)) problems.push(`${path}: pattern uses lookaround or a backreference (not RE2)`);
      else {
        try { new RegExp(s.pattern); } catch { problems.push(`${path}: pattern does not compile`); }
      }
    }
  };
  visit(schema, '(top)', true);
  for (const [path, ref] of refs) if (!ids.has(ref)) problems.push(`${path}: $ref "${ref}" names no id`);
  return problems;
}

/** What Chrome checks of a value against the schema: JSON types, objects and lists all the way down. */
function chromeTypeProblems(value: unknown, schema: Record<string, unknown>, path: string): string[] {
  const type = schema.type;
  const actual = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  const fits = actual === type || (type === 'number' && actual === 'integer');
  if (!fits) return [`${path}: ${actual} where ${String(type)} is declared`];
  if (type === 'array') return (value as unknown[]).flatMap((v, i) => chromeTypeProblems(v, schema.items as Record<string, unknown>, `${path}[${i}]`));
  if (type !== 'object') return [];
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(value as object).flatMap(([k, v]) => {
    const sub = properties[k] ?? (schema.additionalProperties as Record<string, unknown> | undefined);
    return sub ? chromeTypeProblems(v, sub, `${path}.${k}`) : [`${path}.${k}: not declared`];
  });
}

describe('the subset checker itself', () => {
  it.each([
    ['a union', { type: 'object', properties: { a: { anyOf: [{ type: 'string' }, { type: 'integer' }] } } }],
    ['null', { type: 'object', properties: { a: { type: 'null' } } }],
    ['a type list', { type: 'object', properties: { a: { type: ['string', 'null'] } } }],
    ['const', { type: 'object', properties: { a: { type: 'string', const: 'x' } } }],
    ['additionalProperties: false', { type: 'object', properties: { a: { type: 'object', additionalProperties: false } } }],
    ['top-level additionalProperties', { type: 'object', additionalProperties: { type: 'string' } }],
    ['an array without items', { type: 'object', properties: { a: { type: 'array' } } }],
    ['a schema without a type', { type: 'object', properties: { a: { description: 'x' } } }],
    ['a lookahead pattern', { type: 'object', properties: { a: { type: 'string', pattern: '^(?!x)' } } }],
    ['an enum of the wrong type', { type: 'object', properties: { a: { type: 'integer', enum: ['1'] } } }],
    ['a dangling $ref', { type: 'object', properties: { a: { $ref: 'Nope' } } }],
    ['a string top level', { type: 'string' }],
  ])('rejects %s', (_label, schema) => {
    expect(chromeSubsetProblems(schema)).not.toEqual([]);
  });

  it('accepts what Chrome documents', () => {
    expect(chromeSubsetProblems({
      type: 'object',
      properties: {
        a: { type: 'string', enum: ['x', 'y'], title: 'A', description: 'd' },
        b: { type: 'array', items: { id: 'Item', type: 'object', properties: { c: { type: 'integer', enum: [1] } } } },
        d: { type: 'object', additionalProperties: { $ref: 'Item' } },
        e: { type: 'string', pattern: '^[a-z]+$' },
      },
    })).toEqual([]);
  });
});

describe('managedSchema', () => {
  const schema = managedSchema() as unknown as Record<string, unknown>;

  it('stays inside Chrome\'s schema subset', () => {
    expect(chromeSubsetProblems(schema)).toEqual([]);
  });

  it('declares every policy field with its JSON type', () => {
    const properties = schema.properties as Record<string, { type: string }>;
    expect(Object.keys(properties).sort()).toEqual(Object.keys(policySchema.shape).sort());
    expect(Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, v.type]))).toEqual({
      schemaVersion: 'integer',
      enforcement: 'string',
      allowedAudiences: 'array',
      deniedScopes: 'array',
      maxPairsPerCredential: 'integer',
      requireDescription: 'boolean',
      credentialNamePattern: 'object',
      presets: 'array',
      hideBuiltInPresets: 'boolean',
      realmAvailability: 'object',
      vault: 'object',
      audit: 'object',
      severityOverrides: 'object',
      exemptions: 'array',
      userMayExempt: 'array',
    });
  });

  it('leaves value constraints to zod, so a wrong value reaches the extension and fails closed', () => {
    expect(JSON.stringify(schema)).not.toMatch(/"(enum|pattern|minimum|maximum)"/);
  });

  it('lets through, type for type, every document zod accepts (Chrome would drop a mismatch)', () => {
    const docs = readFileSync('docs/policy.md', 'utf8');
    const example = /## A first policy\s+```json\n([\s\S]*?)```/.exec(docs)?.[1];
    const samples = [
      example ?? 'missing',
      JSON.stringify({
        schemaVersion: 1,
        realmAvailability: { oc1: { available: true, note: 'n' } },
        severityOverrides: { 'OCG-*': 'off' },
        userMayExempt: ['OCG-SCOPE-001'],
        hideBuiltInPresets: true,
        presets: [],
        vault: { itemTtlHours: 2, handoffChannels: ['print'], allowPlaintextPrint: true, minPassphraseBits: 90, captureBeforeClose: 'block', autoCapture: true },
        audit: { enabled: false, retentionDays: 7 },
      }),
    ];
    for (const text of samples) {
      const parsed = validateLocalPolicy(text);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(chromeTypeProblems(parsed.policy, schema, 'policy')).toEqual([]);
    }
  });

  it('is plain JSON, as the manifest needs it', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

describe('toChromeSchema', () => {
  it('turns a union of same-typed literals into that type', () => {
    expect(toChromeSchema(z.object({ a: z.union([z.literal('x'), z.literal('y')]) }))).toEqual({
      type: 'object', properties: { a: { type: 'string' } },
    });
  });

  it.each([
    ['a union of different types', z.object({ a: z.union([z.string(), z.number()]) }), /union/],
    ['a nullable field', z.object({ a: z.string().nullable() }), /union|null/],
    ['an unknown value', z.object({ a: z.unknown() }), /type/],
    ['a tuple', z.object({ a: z.tuple([z.string(), z.number()]) }), /prefixItems|items/],
    ['a non-object top level', z.string(), /not an object/],
  ])('refuses %s', (_label, schema, message) => {
    expect(() => toChromeSchema(schema)).toThrow(message);
  });
});
