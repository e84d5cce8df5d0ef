import { keptTokenEndpoint, knownTokenEndpoint, type TokenEndpointFacts } from '../realm/endpoint-entry';
import type { VaultItemSummary } from '../vault/item';
import { credentialRealm } from '../vault/ocid';
import { HandoffError } from './errors';
import { buildHandoffDocument } from './package';
import type { HandoffDocument } from './package-schema';

// The handoff document for a vault item: the facts the Console showed at capture, the OCID attached
// since, the token endpoint (from the Console's realm and region, else as the administrator entered
// it: utils/realm/endpoint-entry.ts), and the secret the vault opened for this page.

export interface ItemEndpoint {
  /** From the Console's realm and region, else as entered on the handoff page (kept with the item). */
  facts?: TokenEndpointFacts;
  /** Whether `facts` were entered on the handoff page. */
  entered: boolean;
  /** Why the endpoint kept with the item cannot be used (it must be entered again). */
  problem?: string;
}

/** The item's token endpoint: the Console's, else the one kept with it, checked again as it is read. */
export function endpointForItem(item: VaultItemSummary): ItemEndpoint {
  const known = knownTokenEndpoint(item.context);
  if (known) return { facts: known, entered: false };
  if (item.tokenEndpoint === undefined) return { entered: false };
  const kept = keptTokenEndpoint(item.tokenEndpoint, credentialRealm(item));
  return kept.ok ? { facts: kept.facts, entered: true } : { entered: false, problem: kept.error };
}

/** What is still missing before the item can become a package, in the words the page shows. */
export function missingForPackage(item: VaultItemSummary, endpoint: TokenEndpointFacts | undefined): string | undefined {
  if (item.ocid === undefined) return 'Enter the credential’s OCID first: it is the client id the recipient needs.';
  if (endpoint === undefined) {
    return 'The token endpoint of this credential is unknown (the Console page did not show a realm and region this extension knows): enter the region or the token endpoint above first.';
  }
  return undefined;
}

export function handoffDocumentForItem(
  item: VaultItemSummary,
  secret: string,
  endpoint: TokenEndpointFacts | undefined,
  options: { note?: string; now?: Date } = {},
): HandoffDocument {
  const missing = missingForPackage(item, endpoint);
  if (missing !== undefined || endpoint === undefined) throw new HandoffError('invalid-field', missing ?? '');
  const { context } = item;
  const note = options.note?.trim();
  return buildHandoffDocument({
    credential: {
      name: context.credentialName,
      description: context.description,
      ocid: item.ocid ?? '',
      realm: endpoint.realm,
      region: endpoint.region,
      tokenEndpoint: endpoint.tokenEndpoint,
      identityDomain: context.identityDomain || undefined,
      targetUser: context.targetUser || undefined,
      pairs: context.pairs,
      created: context.createdAt,
    },
    secret,
    ...(note ? { note } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
}
