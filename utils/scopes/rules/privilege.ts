import type { Finding } from '../../findings/finding';
import { REALM_TABLE } from '../../realm/realms';
import type { CatalogIndex } from '../catalog-index';
import { atPair, ruleFinding, SCOPE_RULES } from '../finding-rules';
import { audienceHost, audienceKind, type PairView } from '../pair-view';
import { realmDomainOfHost } from '../realm-domains';
import { describeTemplate, placeholdersIn } from '../template-syntax';

// Checks of what a pair lets a token do: a broad scope where the catalog knows a narrower one, an
// audience in another realm, and a scope the catalog does not know.

/** Scopes that read as "everything": a wildcard, `…::all`, `__myscopes__`. */
const WILDCARD_LIKE = /\*|::all$|__myscopes__/;

function serviceOf(view: PairView): string | undefined {
  return view.form.kind === 'known' ? view.form.match.entry.service : undefined;
}

function broadScope(view: PairView, catalog: CatalogIndex): Finding | undefined {
  const kind = audienceKind(view);
  const entry = view.scopeEntry;
  // A catalog scope names its own alternatives; an unknown wildcard gets every narrower scope known for the audience.
  const alternatives = entry ? catalog.narrowerFor(entry, kind) : WILDCARD_LIKE.test(view.scopeKey) && kind ? catalog.anyNarrowerFor(kind) : [];
  if (alternatives.length === 0) return undefined;
  const listed = alternatives.map((scope) => {
    const known = catalog.scope(scope.toLowerCase());
    return `${describeTemplate(scope)}${known ? ` (${known.title})` : ''}`;
  });
  const concrete = alternatives.find((scope) => placeholdersIn(scope).length === 0);
  const service = serviceOf(view);
  return ruleFinding(SCOPE_RULES.broadScope, atPair(view.index, 'scope'), `Pair ${view.index + 1}: ${view.scope} is broader than needed`,
    `${entry ? entry.grants : 'A wildcard scope grants everything it matches.'} Narrower${service ? ` for ${service}` : ''}: ${listed.join('; ')}.`,
    {
      fix: concrete === undefined ? undefined : { kind: 'set-scope', index: view.index, scope: concrete, label: `Use ${concrete}` },
      learnMore: entry?.learnMore,
    });
}

function realmsOf(domain: string): string {
  return REALM_TABLE.realms.filter((realm) => realm.domain === domain).map((realm) => realm.key.toUpperCase()).join(' or ');
}

function otherRealm(view: PairView, consoleDomain: string | undefined): Finding | undefined {
  const host = audienceHost(view);
  const domain = host === undefined ? undefined : realmDomainOfHost(host);
  if (consoleDomain === undefined || domain === undefined || domain === consoleDomain) return undefined;
  return ruleFinding(SCOPE_RULES.otherRealm, atPair(view.index, 'audience'), `Pair ${view.index + 1}: the audience is in another realm`,
    `${host} is under ${domain} (${realmsOf(domain)}), but this Console is under ${consoleDomain}. Realms are separate clouds: check that this is the intended service and not an address copied from another environment.`);
}

function unknownScope(view: PairView): Finding | undefined {
  const n = view.index + 1;
  const at = atPair(view.index, 'scope');
  const entry = view.scopeEntry;
  const kind = audienceKind(view);
  if (!entry) {
    return ruleFinding(SCOPE_RULES.unknownScope, at, `Pair ${n}: scope not in the catalog`,
      `The extension does not know ${view.scope}${serviceOf(view) ? ` for ${serviceOf(view)}` : ''}. It may be right: check Oracle's documentation for the service.`);
  }
  if (kind === undefined || entry.kinds === undefined || entry.kinds.includes(kind)) return undefined;
  return ruleFinding(SCOPE_RULES.unknownScope, at, `Pair ${n}: ${view.scope} is not known for ${serviceOf(view)}`,
    `The catalog knows ${view.scope} (${entry.title}) only for other services. Check Oracle's documentation for ${serviceOf(view)}.`,
    { learnMore: entry.learnMore });
}

export function privilegeFindings(view: PairView, catalog: CatalogIndex, consoleDomain: string | undefined): Finding[] {
  const found: (Finding | undefined)[] = [otherRealm(view, consoleDomain)];
  if (view.scope !== '' && !view.scopeUnfilled) found.push(broadScope(view, catalog), unknownScope(view));
  return found.filter((finding): finding is Finding => finding !== undefined);
}
