import type { VaultItem } from './item';
import { parseCredentialOcid } from './ocid';

// After the secret dialog closes, the Console lists the new credential (name + OCID) and shows it on
// its details page. The content script reports every credential it sees there; this decides which
// waiting items the OCIDs belong to. It never guesses: a name that maps to two different OCIDs is
// left for the user to enter on the handoff page.

export interface SeenCredential {
  name: string;
  ocid: string;
  /** The user whose credentials the page shows, when visible. */
  targetUser?: string;
}

export interface OcidMatch {
  itemId: string;
  ocid: string;
}

const normaliseName = (name: string) => name.trim().replace(/\s+/g, ' ');

function fits(item: VaultItem, seen: SeenCredential, realm: string): boolean {
  const { context } = item;
  if (normaliseName(seen.name) !== normaliseName(context.credentialName)) return false;
  if (context.realm !== undefined && context.realm !== realm) return false;
  return seen.targetUser === undefined || context.targetUser === undefined || seen.targetUser === context.targetUser;
}

/**
 * Pairs sealed items that still lack an OCID with credentials seen in the Console at `now`: same
 * name, an OCID of the item's realm, the same target user when both are known, and seen after the
 * capture while the item is alive. Several items may share one OCID (a regenerated secret keeps its
 * credential's OCID).
 */
export function matchOcid(items: readonly VaultItem[], seen: readonly SeenCredential[], now: number): OcidMatch[] {
  const valid = seen.flatMap((row) => {
    const parsed = parseCredentialOcid(row.ocid);
    return parsed.ok ? [{ row, ocid: parsed.ocid, realm: parsed.realm }] : [];
  });
  const matches: OcidMatch[] = [];
  for (const item of items) {
    if (item.state !== 'sealed' || item.ocid || item.capturedAt > now || now >= item.expiresAt) continue;
    const ocids = new Set(valid.filter((entry) => fits(item, entry.row, entry.realm)).map((entry) => entry.ocid));
    const [ocid] = ocids;
    if (ocids.size === 1 && ocid) matches.push({ itemId: item.id, ocid });
  }
  return matches;
}
