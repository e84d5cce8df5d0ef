import { REGION_ID } from '../realm/realms';
import { hasInvisible } from './normalise';
import { REALM_DOMAINS } from './realm-domains';

// Audience and scope templates: text with placeholders such as {instance}, as in
// `https://{instance}.integration.ocp.{realmDomain}:443`. The catalog matches what the user typed
// against them; presets are filled from them.

export const TEMPLATE_KEYS = ['instance', 'region', 'realmDomain', 'role'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** What each placeholder may stand for, as a regular expression over the lower-cased value. */
const MATCHES: Record<TemplateKey, string> = {
  // One DNS label: Oracle instance host names start with the instance's own label.
  instance: '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?',
  region: REGION_ID.source.replace(/^\^|\$$/g, ''),
  realmDomain: REALM_DOMAINS.map(escape).join('|'),
  // Oracle writes a role's spaces as %20: urn:opc:idm:role.User%20Administrator.
  role: '[a-z0-9][a-z0-9._~%-]{0,199}',
};

function isTemplateKey(name: string): name is TemplateKey {
  return (TEMPLATE_KEYS as readonly string[]).includes(name);
}

/** The placeholders of a template, each once, in the order they appear. */
export function placeholdersIn(template: string): TemplateKey[] {
  const keys = [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').filter(isTemplateKey);
  return [...new Set(keys)];
}

/** Why a template is not well formed, or undefined when it is. */
export function templateProblem(template: string): string | undefined {
  if (hasInvisible(template)) return 'must not contain spaces or control characters';
  const unknown = [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').find((name) => !isTemplateKey(name));
  if (unknown !== undefined) {
    return `{${unknown}} is not a placeholder this extension knows: use ${TEMPLATE_KEYS.map((key) => `{${key}}`).join(', ')}`;
  }
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) return 'a "{" or "}" must be part of a placeholder such as {instance}';
  return undefined;
}

/** The template with each placeholder replaced by its value. */
export function fillTemplate(template: string, values: Partial<Record<TemplateKey, string>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (isTemplateKey(name) ? (values[name] ?? whole) : whole));
}

/** The template as a person reads it: `https://<instance>.integration.ocp.<realm domain>:443`. */
export function describeTemplate(template: string): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => `<${name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}>`);
}

export interface CompiledTemplate {
  /** Matches a whole value that was put through the same normaliser. */
  pattern: RegExp;
  /** The placeholder of each capture group, in order. */
  keys: TemplateKey[];
}

/**
 * A template as a regular expression over normalised values. The normaliser runs on the template too
 * (placeholders shielded), so `https://{instance}.x.com:443` matches what normaliseAudience makes of
 * `https://ABC.x.com/`.
 */
export function compileTemplate(template: string, normalise: (text: string) => string): CompiledTemplate {
  const keys: TemplateKey[] = [];
  const shielded = template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!isTemplateKey(name)) return whole;
    keys.push(name);
    return `\ue000${keys.length - 1}\ue001`;
  });
  const source = normalise(shielded)
    .split(/\ue000(\d+)\ue001/)
    .map((part, index) => (index % 2 === 0 ? escape(part) : `(${MATCHES[keys[Number(part)] as TemplateKey]})`))
    .join('');
  return { pattern: new RegExp(`^${source}$`), keys };
}

/** The placeholder values of a normalised value that matches, or undefined. */
export function matchTemplate(compiled: CompiledTemplate, value: string): Partial<Record<TemplateKey, string>> | undefined {
  const match = compiled.pattern.exec(value);
  if (!match) return undefined;
  return Object.fromEntries(compiled.keys.map((key, index) => [key, match[index + 1] ?? '']));
}
