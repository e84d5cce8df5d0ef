import type { DiscardedEntryEvent, VaultEvent, VaultEventKind } from '../vault/events';
import type { AuditEvent, AuditKind } from './record';

// The vault reports what happens to a captured secret; this maps its events onto audit records.
// Only the identifying facts travel: the vault event never holds the secret, and the audit record
// could not take it anyway.

const KIND: Record<VaultEventKind, Exclude<AuditKind, 'credential-generated' | 'closed-before-capture'>> = {
  captured: 'secret-captured',
  'ocid-attached': 'ocid-attached',
  opened: 'item-opened',
  delivered: 'handoff-delivered',
  deleted: 'item-purged',
  expired: 'item-expired',
  unopenable: 'item-unopenable',
};

/** The audit event for a vault event. Throws when a delivery has no channel or an attachment no OCID: a vault bug. */
export function auditEventFromVault(event: VaultEvent | DiscardedEntryEvent): AuditEvent {
  // A damaged entry's facts could not be read: the record says which item was purged, if the key tells.
  if (event.kind === 'discarded') return { kind: 'item-purged', ...(event.itemId ? { itemId: event.itemId } : {}) };
  const ref = {
    itemId: event.itemId,
    credentialName: event.credentialName,
    ...(event.ocid !== undefined ? { ocid: event.ocid } : {}),
    ...(event.realm !== undefined ? { realm: event.realm } : {}),
  };
  const kind = KIND[event.kind];
  if (kind === 'handoff-delivered') {
    if (!event.channel) throw new Error('A vault "delivered" event must name its handoff channel.');
    return { kind, ...ref, channel: event.channel };
  }
  if (kind === 'ocid-attached') {
    if (!event.ocid) throw new Error('A vault "ocid-attached" event must carry the OCID.');
    return { kind, ...ref, ocid: event.ocid };
  }
  return { kind, ...ref };
}
