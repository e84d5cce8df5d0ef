import type { VaultItemSummary } from '../vault/item';
import { HandoffError } from './errors';
import { buildHandoffDocument } from './package';
import type { HandoffDocument } from './package-schema';

// The handoff document for a vault item: the facts the Console showed at capture, the OCID attached
// since, and the secret the vault opened for this page.

/** What is still missing before the item can become a package, in the words the page shows. */
export function missingForPackage(item: VaultItemSummary): string | undefined {
  if (item.ocid === undefined) return 'Enter the credential’s OCID first: it is the client id the recipient needs.';
  if (item.context.realm === undefined || item.context.region === undefined) {
    return 'The Console page did not show the realm and region of this credential, so its token endpoint is unknown: a package cannot be made.';
  }
  return undefined;
}

export function handoffDocumentForItem(item: VaultItemSummary, secret: string, options: { note?: string; now?: Date } = {}): HandoffDocument {
  const missing = missingForPackage(item);
  if (missing !== undefined) throw new HandoffError('invalid-field', missing);
  const { context } = item;
  const note = options.note?.trim();
  return buildHandoffDocument({
    credential: {
      name: context.credentialName,
      description: context.description,
      ocid: item.ocid ?? '',
      realm: context.realm ?? '',
      region: context.region ?? '',
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
