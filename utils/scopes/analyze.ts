import type { CredentialDraft, Finding } from '../findings/finding';
import { realmDomain } from '../realm/token-endpoint';
import { indexCatalog } from './catalog-index';
import { orderFindings } from './finding-order';
import { viewPair } from './pair-view';
import type { Catalog } from './preset-schema';
import { namingFindings } from './rules/naming';
import { pairsFindings } from './rules/pairs';
import { privilegeFindings } from './rules/privilege';
import { emptyDraftFinding, valueFindings } from './rules/values';

// The scope analyzer: what is wrong or too broad in a credential draft, as findings the assistant
// shows live. Pure and cheap (it runs on every keystroke in the Console page): no zod, no DOM, the
// catalog compiled once. The organisation's policy adds its own findings elsewhere (utils/policy).

export interface AnalyzeContext {
  catalog: Catalog;
  /** The Console's realm key (oc1, oc19, …); gives the realm domain when realmDomain is not set. */
  realm?: string;
  /** The Console's realm domain (oraclecloud.com, …); without it, or a known realm, no realm check. */
  realmDomain?: string;
}

export function analyze(draft: CredentialDraft, context: AnalyzeContext): Finding[] {
  const catalog = indexCatalog(context.catalog);
  const consoleDomain = context.realmDomain ?? (context.realm === undefined ? undefined : realmDomain(context.realm));
  const views = draft.pairs.map((pair, index) => viewPair(pair, index, catalog));
  return orderFindings([
    ...(views.length === 0 ? [emptyDraftFinding()] : []),
    ...views.flatMap((view) => valueFindings(view, views.length)),
    ...pairsFindings(views, catalog),
    ...views.flatMap((view) => privilegeFindings(view, catalog, consoleDomain)),
    ...namingFindings(draft),
  ]);
}
