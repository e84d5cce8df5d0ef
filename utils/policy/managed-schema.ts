import { z } from 'zod';
import { policySchema } from './schema';

// Chrome reads managed (enterprise) policy for an extension only through the manifest's
// storage.managed_schema, a JSON Schema in Chrome's own subset: a schema outside it stops the
// extension from loading. This file derives that schema from the zod policy schema, so the two
// cannot drift, and refuses to produce anything outside the subset.
//
// What it keeps is the structure (types, properties, items, additionalProperties as a schema) and
// the descriptions. It deliberately leaves out value constraints (enum, pattern, ranges): Chrome
// silently drops a value that breaks its schema, so "enforcement": "Block" would vanish and a
// weaker policy would apply; without the constraint the value reaches zod, which rejects it and
// the extension fails closed with an error naming the field. (A value of the wrong JSON type is
// still dropped by Chrome; chrome://policy shows it.)

export type ChromeSchemaType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';

export interface ChromeSchema {
  type: ChromeSchemaType;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
}

type JsonSchema = Record<string, unknown>;

/** Constraints zod checks itself at run time; left out on purpose (see above). */
const LEFT_TO_ZOD = new Set([
  '$schema', 'required', 'enum', 'const', 'pattern', 'format', 'propertyNames', 'default',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems',
]);
const TYPES = new Set<string>(['object', 'array', 'string', 'integer', 'number', 'boolean']);

function fail(path: string, why: string): never {
  throw new Error(`managed_schema: ${path || '(top)'} ${why}; Chrome's schema subset cannot express it.`);
}

/** The single Chrome type of a node; a union only when every branch has that same scalar type. */
function typeOf(node: JsonSchema, path: string): ChromeSchemaType {
  if (Array.isArray(node.anyOf)) {
    const types = new Set((node.anyOf as JsonSchema[]).map((branch, i) => typeOf(branch, `${path}|${i}`)));
    const [only] = types;
    if (types.size !== 1 || only === undefined || only === 'object' || only === 'array') fail(path, 'is a union of different shapes');
    return only;
  }
  const type = node.type;
  if (Array.isArray(type)) fail(path, `is a union of the types ${type.join(', ')}`);
  if (typeof type !== 'string' || !TYPES.has(type)) fail(path, `has type ${JSON.stringify(type)}`);
  // zod writes a numeric literal as "number"; schemaVersion and the like are whole numbers.
  if (type === 'number' && Number.isInteger(node.const)) return 'integer';
  return type as ChromeSchemaType;
}

function convert(node: JsonSchema, path: string): ChromeSchema {
  for (const key of Object.keys(node)) {
    const known = LEFT_TO_ZOD.has(key) || ['type', 'description', 'properties', 'additionalProperties', 'items', 'anyOf'].includes(key);
    if (!known) fail(path, `uses "${key}"`);
  }
  const out: ChromeSchema = { type: typeOf(node, path) };
  if (typeof node.description === 'string') out.description = node.description;
  if (out.type === 'object') {
    const properties = node.properties as Record<string, JsonSchema> | undefined;
    if (properties) {
      out.properties = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, convert(v, `${path}.${k}`)]));
    }
    // A strict zod object writes `false`; Chrome wants a schema here or nothing.
    if (typeof node.additionalProperties === 'object' && node.additionalProperties !== null) {
      out.additionalProperties = convert(node.additionalProperties as JsonSchema, `${path}.*`);
    }
  }
  if (out.type === 'array') {
    if (typeof node.items !== 'object' || node.items === null) fail(path, 'is an array without one item schema');
    out.items = convert(node.items as JsonSchema, `${path}[]`);
  }
  return out;
}

/** A zod object schema as a top-level Chrome managed schema; throws where Chrome's subset cannot follow. */
export function toChromeSchema(schema: z.ZodType): ChromeSchema {
  const root = convert(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' }) as JsonSchema, '');
  if (root.type !== 'object') fail('', 'is not an object');
  // Chrome: the top level declares the policies and may not have additionalProperties.
  delete root.additionalProperties;
  return root;
}

/** The storage.managed schema for the manifest (public/managed_schema.json). */
export function managedSchema(): ChromeSchema {
  return toChromeSchema(policySchema);
}
