import { fakeBrowser } from 'wxt/testing/fake-browser';
import { auditIndexSchema, chunkAudit, chunkStorageEntries } from '@/utils/audit/chunk-plan';
import type { AuditRecord } from '@/utils/audit/record';
import { AUDIT_INDEX_KEY, auditChunkKey } from '@/utils/policy/storage-keys';

// The audit log as the fake storage.local holds it: chunks in the index's order, past each one's skip.

export async function storedAuditRecords(): Promise<AuditRecord[]> {
  const stored = await fakeBrowser.storage.local.get(AUDIT_INDEX_KEY);
  const index = auditIndexSchema.parse(stored[AUDIT_INDEX_KEY]);
  const chunks = await fakeBrowser.storage.local.get(index.chunks.map((chunk) => auditChunkKey(chunk.id)));
  return index.chunks.flatMap((chunk) => (chunks[auditChunkKey(chunk.id)] as AuditRecord[]).slice(chunk.skip ?? 0));
}

/** Stores records (oldest first) as the background does: chunks and an index. */
export async function storeAuditLog(records: readonly AuditRecord[], chunkRecords?: number): Promise<void> {
  const { index, write } = chunkAudit(records, 0, chunkRecords);
  await fakeBrowser.storage.local.set({ [AUDIT_INDEX_KEY]: index, ...chunkStorageEntries(write) });
}
