import type { ScopePair } from '../findings/finding';
import type { CatalogIndex, AudienceMatch } from './catalog-index';
import { normaliseAudience, normaliseScope, removeInvisible } from './normalise';
import type { CatalogScope } from './preset-schema';
import type { TemplateKey } from './template-syntax';

// One pair as every rule needs to see it, worked out once per analysis: values trimmed and cleaned
// of invisible characters, their normalised forms, what kind of audience it is, and the catalog
// entries they match.

/** Text left from a template or a document: {instance}, <id>. */
const PLACEHOLDER_TEXT = /\{[^{}]*\}|<[^<>]*>/;

/** Instance ids that are a document's stand-in, not an instance. */
const STAND_IN_INSTANCE = /^(?:instance|instance-?id|instance-?name|your-?instance|nameofserviceinstance|id|example|x{2,})$/;

export type AudienceForm =
  | { kind: 'empty' }
  | { kind: 'unfilled'; missing: string }
  | { kind: 'known'; match: AudienceMatch; host?: string }
  | { kind: 'https'; host: string }
  | { kind: 'invalid'; reason: string; fixed?: string };

export interface PairView {
  index: number;
  /** Trimmed, as the user typed it. */
  typed: ScopePair;
  /** Trimmed and without invisible characters: what the other rules judge. */
  audience: string;
  scope: string;
  blank: boolean;
  audienceKey: string;
  scopeKey: string;
  /** The pair's identity: same key, same pair to Oracle. */
  pairKey: string;
  form: AudienceForm;
  scopeEntry?: CatalogScope;
  scopeUnfilled: boolean;
}

const HTTPS = /^https:\/\//i;
const ROLE_SCOPE = /^urn:opc:idm:role\./i;

/**
 * A value without its invisible characters. In a role scope a space is part of the role's name and
 * Oracle writes it %20 (urn:opc:idm:role.User%20Administrator).
 */
export function cleanValue(field: 'audience' | 'scope', typed: string): string {
  return removeInvisible(field === 'scope' && ROLE_SCOPE.test(typed) ? typed.replace(/ /g, '%20') : typed);
}
const BARE_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:\/|$)/i;

function placeholderLabel(key: TemplateKey): string {
  return key === 'realmDomain' ? 'realm domain' : key;
}

function hostOf(audience: string): string | undefined {
  try {
    const url = new URL(audience);
    return url.protocol === 'https:' && url.hostname !== '' ? url.hostname : undefined;
  } catch {
    return undefined;
  }
}

function audienceForm(audience: string, key: string, catalog: CatalogIndex): AudienceForm {
  if (audience === '') return { kind: 'empty' };
  if (PLACEHOLDER_TEXT.test(audience)) return { kind: 'unfilled', missing: 'placeholder' };
  const match = catalog.audience(key);
  if (match) {
    if (match.values.instance !== undefined && STAND_IN_INSTANCE.test(match.values.instance)) return { kind: 'unfilled', missing: 'instance' };
    return { kind: 'known', match, host: hostOf(audience) };
  }
  const unfilled = catalog.unfilledAudience(key);
  if (unfilled) return { kind: 'unfilled', missing: placeholderLabel(unfilled.missing) };
  if (/^urn:/i.test(audience)) return { kind: 'invalid', reason: 'is a URN that is not a documented audience' };
  if (/^http:\/\//i.test(audience)) return withFix('uses http://, not https://', audience.replace(/^http:/i, 'https:'));
  if (BARE_HOST.test(audience)) return withFix('has no https:// in front', `https://${audience}`);
  const host = HTTPS.test(audience) ? hostOf(audience) : undefined;
  return host === undefined ? NOT_HTTPS : { kind: 'https', host };
}

const NOT_HTTPS: AudienceForm = { kind: 'invalid', reason: 'is not an absolute https:// address' };

/** The finding with its fix, when the fixed audience is itself a valid https:// address (https://a.0 is not: a URL reads a host ending in a number as IPv4). */
function withFix(reason: string, fixed: string): AudienceForm {
  return hostOf(fixed) === undefined ? NOT_HTTPS : { kind: 'invalid', reason, fixed };
}

export function viewPair(pair: ScopePair, index: number, catalog: CatalogIndex): PairView {
  const typed = { audience: pair.audience.trim(), scope: pair.scope.trim() };
  const audience = cleanValue('audience', typed.audience);
  const scope = cleanValue('scope', typed.scope);
  const audienceKey = normaliseAudience(audience);
  const scopeKey = normaliseScope(scope);
  const scopeUnfilled = PLACEHOLDER_TEXT.test(scope);
  return {
    index,
    typed,
    audience,
    scope,
    blank: audience === '' && scope === '',
    audienceKey,
    scopeKey,
    pairKey: `${audienceKey}\n${scopeKey}`,
    form: audienceForm(audience, audienceKey, catalog),
    scopeEntry: scope === '' || scopeUnfilled ? undefined : catalog.scope(scopeKey),
    scopeUnfilled,
  };
}

/** The kind of a usable audience (undefined for an unknown or unusable one). */
export function audienceKind(view: PairView): string | undefined {
  return view.form.kind === 'known' ? view.form.match.entry.kind : undefined;
}

/** The audience's host name, when it is a usable https address. */
export function audienceHost(view: PairView): string | undefined {
  return view.form.kind === 'known' || view.form.kind === 'https' ? view.form.host : undefined;
}
