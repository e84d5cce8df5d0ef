import { MessageRefused } from '../messages/result';
import { knownTokenEndpoint, parseEndpointEntry } from '../realm/endpoint-entry';
import { showAwaitingCount } from './badge';
import { vaultEvent, type DiscardedEntryEvent, type HandoffChannel, type VaultAuditSink, type VaultEvent } from './events';
import { isExpired, resolveTtl, type TtlSource } from './expiry';
import { scheduleExpiryAlarm } from './expiry-alarm';
import { itemIdInKey, trackDamaged, type DamagedEntry } from './damaged';
import { createIdentityKeeper } from './identity';
import { markUnopenable, summarise, VAULT_SCHEMA_VERSION, type CaptureContext, type SealedItem, type VaultItem, type VaultItemSummary } from './item';
import { matchOcid, type SeenCredential } from './match-ocid';
import { checkOcidForRealm, credentialRealm } from './ocid';
import { openSealed } from './seal';
import { createSerialQueue } from './serial';
import { readItems, removeEntries, removeItems, writeItem } from './store';

// The background's vault. Every operation first settles storage against the clock and the session
// (expired items purged, items sealed in an earlier session made unopenable, damaged entries removed
// once their grace period is over), and all of them run one at a time, so captures from several
// tabs never overwrite each other.

export interface VaultOptions {
  /** Time to live for new items (the policy's); default 24 h. */
  ttl?: TtlSource;
  /** Receives capture, delivery, deletion, expiry and loss events for the audit trail. */
  audit?: VaultAuditSink;
  now?: () => number;
}

export interface SealedCapture {
  captureId: string;
  sealed: string;
  context: CaptureContext;
}

export interface Vault {
  recipient(): Promise<string>;
  store(capture: SealedCapture): Promise<{ itemId: string; duplicate: boolean }>;
  attachSeen(credentials: readonly SeenCredential[]): Promise<{ attached: number }>;
  attachOcid(itemId: string, ocid: string): Promise<{ item: VaultItemSummary }>;
  /** Keeps the region or token endpoint entered on the handoff page, checked against the credential's realm, as its endpoint URL. */
  keepTokenEndpoint(itemId: string, entry: string): Promise<{ item: VaultItemSummary }>;
  list(): Promise<{ items: VaultItemSummary[]; problems: DamagedEntry[] }>;
  open(itemId: string): Promise<{ item: VaultItemSummary; secret: string }>;
  remove(itemId: string): Promise<{ deleted: boolean }>;
  markDelivered(itemId: string, channel: HandoffChannel): Promise<{ delivered: true }>;
  /** Purges what expired or stayed damaged too long, marks what the session can no longer open, re-arms the alarm and the badge. */
  sweep(): Promise<void>;
}

const GONE = 'This item is no longer in the vault: it was delivered, deleted or it expired.';
// storage.local.set writes all of its keys or none, so a refused write leaves nothing half-written.
const NOT_SAVED = {
  full: "Nothing was captured: the extension's storage is full. Hand over or delete the items waiting in the extension, then capture again.",
  other: 'Nothing was captured: the browser refused to save it. Capture again; if it fails again, restart the browser.',
};

/** Chrome: "QUOTA_BYTES quota exceeded"; Firefox: a QuotaExceededError. */
function isStorageFull(error: unknown): boolean {
  return error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
}

const LOST =
  'This secret was sealed in an earlier browser session and can no longer be opened. Regenerate the secret in the Console and capture it again.';

export function createVault(options: VaultOptions = {}): Vault {
  const now = options.now ?? Date.now;
  const identity = createIdentityKeeper();
  const serial = createSerialQueue();

  async function report(event: VaultEvent | DiscardedEntryEvent): Promise<void> {
    try {
      await options.audit?.(event);
    } catch (error) {
      console.warn(`The audit trail did not record the vault's "${event.kind}" event`, error);
    }
  }

  /** Removes damaged entries whose grace period is over; returns those still waiting. */
  async function discardDamaged(damaged: DamagedEntry[], at: number): Promise<DamagedEntry[]> {
    const due = damaged.filter((entry) => entry.removesAt <= at);
    await removeEntries(due.map((entry) => entry.key));
    for (const { key, reason } of due) {
      const itemId = itemIdInKey(key);
      await report({ kind: 'discarded', at, key, reason, ...(itemId ? { itemId } : {}) });
    }
    return damaged.filter((entry) => entry.removesAt > at);
  }

  async function settle(): Promise<{ items: VaultItem[]; problems: DamagedEntry[] }> {
    const { recipient } = await identity();
    const stored = await readItems();
    const at = now();
    const expired = stored.items.filter((item) => isExpired(item, at));
    await removeItems(expired.map((item) => item.id));
    for (const item of expired) if (item.state === 'sealed') await report(vaultEvent('expired', item, at));
    const items: VaultItem[] = [];
    for (const item of stored.items) {
      if (isExpired(item, at)) continue;
      if (item.state === 'sealed' && item.recipient !== recipient) {
        const lost = markUnopenable(item, at);
        await writeItem(lost);
        await report(vaultEvent('unopenable', lost, at));
        items.push(lost);
      } else items.push(item);
    }
    const problems = await discardDamaged(await trackDamaged(stored.problems, at), at);
    await scheduleExpiryAlarm([...items, ...problems.map((entry) => ({ expiresAt: entry.removesAt }))]);
    await showAwaitingCount(items.filter((item) => item.state === 'sealed').length);
    return { items, problems };
  }

  /**
   * Runs a read or a change against settled items. A change is settled again (alarm, badge) after
   * the reply, not before it: the caller (a capture, the user's click) need not wait for that, and
   * the serial queue keeps every later read or change behind it.
   */
  function withItems<T>(task: (items: VaultItem[]) => Promise<T>, changes = true): Promise<T> {
    const result = serial(async () => task((await settle()).items));
    if (changes) serial(settle).catch((error: unknown) => console.warn('The vault could not settle after a change', error));
    return result;
  }

  function find(items: VaultItem[], itemId: string): VaultItem {
    const item = items.find((candidate) => candidate.id === itemId);
    if (!item) throw new MessageRefused(GONE);
    return item;
  }

  /** The item, refused when it is gone or its secret can no longer be opened. */
  function findSealed(items: VaultItem[], itemId: string): SealedItem {
    const item = find(items, itemId);
    if (item.state !== 'sealed') throw new MessageRefused(LOST);
    return item;
  }

  return {
    recipient: async () => (await identity()).recipient,

    store: ({ captureId, sealed, context }) =>
      withItems(async (items) => {
        if (items.some((item) => item.id === captureId)) return { itemId: captureId, duplicate: true };
        const { recipient } = await identity();
        const capturedAt = now();
        const item: VaultItem = {
          schemaVersion: VAULT_SCHEMA_VERSION,
          id: captureId,
          state: 'sealed',
          sealed,
          recipient,
          context,
          capturedAt,
          expiresAt: capturedAt + (await resolveTtl(options.ttl)),
        };
        try {
          await writeItem(item);
        } catch (error) {
          console.warn('The vault could not store a capture', error);
          throw new MessageRefused(isStorageFull(error) ? NOT_SAVED.full : NOT_SAVED.other);
        }
        // Not awaited: the capture is stored, and the user's click need not wait for the audit trail's write
        // (tens of ms on a loaded machine). The audit log's own queue keeps its records in this order.
        void report(vaultEvent('captured', item, capturedAt));
        return { itemId: captureId, duplicate: false };
      }),

    attachSeen: (credentials) =>
      withItems(async (items) => {
        const at = now();
        const matches = matchOcid(items, credentials, at);
        for (const { itemId, ocid } of matches) {
          const item = { ...find(items, itemId), ocid };
          await writeItem(item);
          await report(vaultEvent('ocid-attached', item, at));
        }
        return { attached: matches.length };
      }),

    attachOcid: (itemId, ocid) =>
      withItems(async (items) => {
        const found = findSealed(items, itemId);
        const check = checkOcidForRealm(ocid, found.context.realm);
        if (!check.ok) throw new MessageRefused(check.error);
        const item = { ...found, ocid: check.ocid };
        await writeItem(item);
        await report(vaultEvent('ocid-attached', item, now()));
        return { item: summarise(item) };
      }),

    keepTokenEndpoint: (itemId, entry) =>
      withItems(async (items) => {
        const found = findSealed(items, itemId);
        if (knownTokenEndpoint(found.context)) throw new MessageRefused('The Console’s realm and region already give this credential’s token endpoint.');
        const parsed = parseEndpointEntry(entry, credentialRealm(found));
        if (!parsed.ok) throw new MessageRefused(parsed.error);
        const item = { ...found, tokenEndpoint: parsed.facts.tokenEndpoint };
        await writeItem(item);
        return { item: summarise(item) };
      }),

    list: () =>
      serial(async () => {
        const { items, problems } = await settle();
        return { items: items.map(summarise).sort((a, b) => b.capturedAt - a.capturedAt), problems };
      }),

    open: (itemId) =>
      withItems(async (items) => {
        const item = findSealed(items, itemId);
        let secret: string;
        try {
          secret = await openSealed((await identity()).identity, item.sealed);
        } catch {
          throw new MessageRefused('The sealed secret could not be decrypted: the stored item is damaged.');
        }
        await report(vaultEvent('opened', item, now()));
        return { item: summarise(item), secret };
      }, false),

    remove: (itemId) =>
      withItems(async (items) => {
        const item = items.find((candidate) => candidate.id === itemId);
        if (!item) return { deleted: false };
        await removeItems([item.id]);
        if (item.state === 'sealed') await report(vaultEvent('deleted', item, now()));
        return { deleted: true };
      }),

    markDelivered: (itemId, channel) =>
      withItems(async (items) => {
        const item = findSealed(items, itemId);
        await removeItems([item.id]);
        await report(vaultEvent('delivered', item, now(), channel));
        return { delivered: true as const };
      }),

    sweep: () => serial(async () => void (await settle())),
  };
}
