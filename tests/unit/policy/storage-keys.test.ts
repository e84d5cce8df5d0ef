import { describe, expect, it } from 'vitest';
import { auditChunkId, auditChunkKey, touchesAuditLog } from '@/utils/policy/storage-keys';

describe('audit log storage keys', () => {
  it.each([
    ['audit.log.0', 0],
    ['audit.log.42', 42],
    ['audit.log.index', undefined],
    ['audit.log', undefined],
    ['audit.log.07', undefined],
    ['audit.log.-1', undefined],
    ['vault.item.1', undefined],
  ])('auditChunkId(%j) is %j', (key, id) => {
    expect(auditChunkId(key)).toBe(id);
  });

  it('names chunks so that auditChunkId reads them back', () => {
    expect(auditChunkId(auditChunkKey(123))).toBe(123);
  });

  it.each([
    [{ 'audit.log.index': 1 }, 'local', true],
    [{ 'audit.log.3': 1 }, 'local', true],
    [{ 'audit.unreadable': 1 }, 'local', true],
    [{ 'audit.log': 1 }, 'local', true],
    [{ 'policy.local': 1, 'vault.item.1': 1 }, 'local', false],
    [{ 'audit.log.index': 1 }, 'session', false],
  ])('touchesAuditLog(%j, %s) is %s', (changes, area, touches) => {
    expect(touchesAuditLog(changes, area)).toBe(touches);
  });
});
