import type { ScopePair } from '../findings/finding';
import { REGION_ID } from '../realm/realms';
import { splitFullyQualifiedScope } from './fully-qualified';
import { normaliseAudience } from './normalise';
import type { Preset } from './preset-schema';
import { REALM_DOMAINS } from './realm-domains';
import { compileTemplate, describeTemplate, fillTemplate, matchTemplate, placeholdersIn, type TemplateKey } from './template-syntax';

// The values a preset asks for before it can fill the form (an instance, a region, …), how each is
// checked, and the filling itself. A pasted instance URL is read for its instance id (and region and
// realm domain, where the preset's audience has them), because that is what users have at hand.

export type TemplateValues = Partial<Record<TemplateKey, string>>;

export interface TemplateField {
  key: TemplateKey;
  label: string;
  hint: string;
  example: string;
  /** The Console the user is on can supply it (its region, its realm's domain). */
  fromConsole: boolean;
}

export interface TemplateError {
  key: TemplateKey;
  message: string;
}

export type FilledPreset = { ok: true; pairs: ScopePair[] } | { ok: false; errors: TemplateError[] };

interface FieldRules extends TemplateField {
  missing: string;
  /** The value as it goes into the template, or an error message. */
  check(value: string): { value: string } | { error: string };
}

const INSTANCE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const ROLE = /^[A-Za-z0-9][A-Za-z0-9._~%-]{0,199}$/;

const FIELDS: Record<TemplateKey, FieldRules> = {
  instance: {
    key: 'instance',
    label: 'Instance',
    hint: 'Paste the instance URL, or type the first part of its host name.',
    example: 'myoic-abcdefgh1234-ia',
    fromConsole: false,
    missing: 'Enter the instance: paste its URL or type the first part of its host name.',
    check(raw) {
      const value = raw.toLowerCase();
      if (value.length > 63) return { error: 'An instance id is at most 63 characters: paste the instance URL if unsure.' };
      if (/^-|-$/.test(value)) return { error: 'An instance id cannot start or end with a hyphen.' };
      if (!INSTANCE.test(value)) {
        return { error: `An instance id is letters, digits and hyphens only (no spaces, dots or brackets), e.g. ${FIELDS.instance.example}; or paste the instance URL.` };
      }
      return { value };
    },
  },
  region: {
    key: 'region',
    label: 'Region',
    hint: "The region of the instance, which may differ from the Console's.",
    example: 'us-ashburn-1',
    fromConsole: true,
    missing: 'Enter the region, e.g. us-ashburn-1.',
    check(raw) {
      const value = raw.toLowerCase();
      return REGION_ID.test(value) ? { value } : { error: `"${raw}" is not a region id: a region id looks like us-ashburn-1.` };
    },
  },
  realmDomain: {
    key: 'realmDomain',
    label: 'Realm domain',
    hint: "The realm's domain, e.g. oraclecloud.com; the Console's own by default.",
    example: 'oraclecloud.com',
    fromConsole: true,
    missing: 'Enter the realm domain, e.g. oraclecloud.com.',
    check(raw) {
      const value = raw.toLowerCase();
      return REALM_DOMAINS.includes(value)
        ? { value }
        : { error: `"${raw}" is not a realm domain this extension knows; known: ${REALM_DOMAINS.join(', ')}.` };
    },
  },
  role: {
    key: 'role',
    label: 'Role',
    hint: 'The name of the one identity domain role the client needs, as the domain shows it.',
    example: 'User Administrator',
    fromConsole: false,
    missing: 'Enter the name of the role the client needs, e.g. User Administrator.',
    check(raw) {
      // Oracle's form is role.User%20Administrator: encode a typed name, keep an encoded one. A lone
      // surrogate cannot be encoded (encodeURIComponent throws) and is no role's name.
      if (!raw.isWellFormed()) return { error: `"${raw.toWellFormed()}" is not a role name: it contains a broken character.` };
      const value = raw.includes('%') ? raw : encodeURIComponent(raw);
      return ROLE.test(value) ? { value } : { error: `"${raw}" is not a role name: use the role's name as the identity domain shows it, e.g. User Administrator.` };
    },
  },
};

function fieldOf(key: TemplateKey): TemplateField {
  const { label, hint, example, fromConsole } = FIELDS[key];
  return { key, label, hint, example, fromConsole };
}

/** The values a preset asks for, each once, in the order its pairs use them. */
export function templateFields(preset: Preset): TemplateField[] {
  const keys = preset.pairs.flatMap((pair) => [...placeholdersIn(pair.audience), ...placeholdersIn(pair.scope)]);
  return [...new Set(keys)].map(fieldOf);
}

const looksLikeUrl = (text: string) => text.includes('://') || text.includes('.');

/** The placeholder values that a pasted instance URL gives, read against the preset's audiences. */
function valuesFromUrl(preset: Preset, raw: string): { values: TemplateValues } | { error: string } {
  // A fully qualified scope copied from elsewhere (`https://…:443urn:opc:…`) has the URL in front.
  const address = splitFullyQualifiedScope(raw)?.audience ?? raw;
  let url: URL;
  try {
    url = new URL(address.includes('://') ? address : `https://${address}`);
  } catch {
    return { error: `"${raw}" is neither an instance URL nor an instance id.` };
  }
  if (url.protocol !== 'https:') return { error: 'An instance URL starts with https://.' };
  const audiences = [...new Set(preset.pairs.map((pair) => pair.audience).filter((audience) => audience.includes('{instance}')))];
  if (audiences.length === 0) return { error: 'This preset needs the instance id itself, not a URL.' };
  for (const audience of audiences) {
    const host = /^https:\/\/([^/:]+)/.exec(audience)?.[1];
    const values = host === undefined ? undefined : matchTemplate(compileTemplate(host, normaliseAudience), url.hostname);
    if (values) return { values };
  }
  const expected = audiences.map((audience) => describeTemplate(audience)).join(' or ');
  return { error: `${url.hostname} is not an address this preset is for: it needs ${expected}.` };
}

/**
 * The preset's pairs with every placeholder filled, or every problem by field. A typed value and one
 * read from a pasted instance URL must agree; either wins over the Console's own (`fromConsole`) value,
 * because the instance may live in another region than the Console shows.
 */
export function fillPreset(preset: Preset, values: TemplateValues = {}, consoleValues: TemplateValues = {}): FilledPreset {
  const keys = templateFields(preset).map((field) => field.key);
  const errors: TemplateError[] = [];
  const resolved: TemplateValues = {};
  const instance = values.instance?.trim() ?? '';
  let pasted: TemplateValues = {};
  if (keys.includes('instance') && looksLikeUrl(instance)) {
    const read = valuesFromUrl(preset, instance);
    if ('error' in read) errors.push({ key: 'instance', message: read.error });
    else pasted = read.values;
  }
  for (const key of keys) {
    if (key === 'instance' && looksLikeUrl(instance)) {
      if (pasted.instance !== undefined) resolved.instance = pasted.instance;
      continue;
    }
    const typed = values[key]?.trim() || undefined;
    const raw = typed ?? pasted[key] ?? (FIELDS[key].fromConsole ? consoleValues[key]?.trim() || undefined : undefined);
    if (raw === undefined) {
      errors.push({ key, message: FIELDS[key].missing });
      continue;
    }
    const checked = FIELDS[key].check(raw);
    if ('error' in checked) errors.push({ key, message: checked.error });
    else if (pasted[key] !== undefined && pasted[key] !== checked.value) {
      errors.push({ key, message: `The pasted instance URL says ${FIELDS[key].label.toLowerCase()} ${pasted[key]}, not ${checked.value}.` });
    } else resolved[key] = checked.value;
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, pairs: preset.pairs.map((pair) => ({ audience: fillTemplate(pair.audience, resolved), scope: fillTemplate(pair.scope, resolved) })) };
}
