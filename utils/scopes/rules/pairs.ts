import type { Finding } from '../../findings/finding';
import type { CatalogIndex } from '../catalog-index';
import { atPair, ruleFinding, SCOPE_RULES } from '../finding-rules';
import { audienceHost, audienceKind, type PairView } from '../pair-view';
import { placeholdersIn } from '../template-syntax';

// Checks across the pairs of one credential: Oracle's limit, the scope that must stand alone,
// repeats, and one secret opening several services.

/** Oracle's limit on audience-scope pairs per credential. */
export const MAX_PAIRS = 10;

function pairList(indexes: readonly number[]): string {
  const numbers = indexes.map((index) => index + 1);
  return numbers.length === 1 ? `pair ${numbers[0]}` : `pairs ${numbers.join(', ')}`;
}

function tooManyPairs(filled: readonly PairView[]): Finding[] {
  const first = filled[MAX_PAIRS];
  if (!first) return [];
  return [ruleFinding(SCOPE_RULES.tooManyPairs, atPair(first.index, 'pair'), `${filled.length} pairs: Oracle allows at most ${MAX_PAIRS}`,
    `Pair ${first.index + 1} and the ones after it are over the limit. Split the access over separate credentials, one per service.`)];
}

function exclusiveCombined(filled: readonly PairView[], catalog: CatalogIndex): Finding[] {
  return filled.flatMap((view) => {
    if (!view.scopeEntry?.exclusive) return [];
    const others = filled.filter((other) => other.scope !== '' && other.pairKey !== view.pairKey);
    if (others.length === 0) return [];
    const narrower = catalog.narrowerFor(view.scopeEntry, audienceKind(view)).find((scope) => placeholdersIn(scope).length === 0);
    return [ruleFinding(SCOPE_RULES.exclusiveCombined, atPair(view.index, 'scope'), `Pair ${view.index + 1}: ${view.scope} cannot be combined with other scopes`,
      `Oracle refuses ${view.scope} next to any other scope in one credential (here ${pairList(others.map((other) => other.index))}). Make it the only pair, or use a narrower scope.`,
      { fix: narrower === undefined ? undefined : { kind: 'set-scope', index: view.index, scope: narrower, label: `Use ${narrower}` } })];
  });
}

function duplicates(filled: readonly PairView[]): Finding[] {
  const firstOf = new Map<string, PairView>();
  return filled.flatMap((view) => {
    if (view.audience === '' || view.scope === '') return [];
    const first = firstOf.get(view.pairKey);
    if (!first) {
      firstOf.set(view.pairKey, view);
      return [];
    }
    const n = view.index + 1;
    const exact = first.audience === view.audience && first.scope === view.scope;
    return [ruleFinding(SCOPE_RULES.duplicatePair, atPair(view.index, 'pair'), `Pair ${n} repeats pair ${first.index + 1}`,
      exact ? 'The same audience and scope are already in the credential.' : 'They differ only in case, a trailing slash or the default port :443, which name the same thing.',
      { fix: { kind: 'remove-pair', index: view.index, label: `Remove pair ${n}` } })];
  });
}

function severalAudiences(filled: readonly PairView[]): Finding[] {
  const groups = new Map<string, { label: string; indexes: number[] }>();
  for (const view of filled) {
    if (view.form.kind !== 'known' && view.form.kind !== 'https') continue;
    const host = audienceHost(view);
    const service = view.form.kind === 'known' ? view.form.match.entry.service : undefined;
    const label = service === undefined ? (host ?? view.audience) : host === undefined ? service : `${service} (${host})`;
    const group = groups.get(view.audienceKey) ?? { label, indexes: [] };
    group.indexes.push(view.index);
    groups.set(view.audienceKey, group);
  }
  if (groups.size < 2) return [];
  const reached = [...groups.values()].map((group) => `${group.label} in ${pairList(group.indexes)}`).join('; ');
  return [ruleFinding(SCOPE_RULES.severalAudiences, { kind: 'draft' }, `One credential for ${groups.size} audiences`,
    `This credential reaches ${reached}. If its secret leaks, all of them are exposed: make one credential per service.`)];
}

export function pairsFindings(views: readonly PairView[], catalog: CatalogIndex): Finding[] {
  const filled = views.filter((view) => !view.blank);
  return [...tooManyPairs(filled), ...exclusiveCombined(filled, catalog), ...duplicates(filled), ...severalAudiences(filled)];
}
