import { describe, expect, it } from 'vitest';
import { matchOcid, type SeenCredential } from '@/utils/vault/match-ocid';
import type { VaultItem } from '@/utils/vault/item';
import { context, HOUR, OCID_OC1, OCID_OC1_OTHER, OCID_OC2, sealedItem, T0 } from './fixtures';

const NOW = T0 + HOUR;
const row = (overrides: Partial<SeenCredential> = {}): SeenCredential => ({ name: 'ci-deploy', ocid: OCID_OC1, ...overrides });

describe('matchOcid', () => {
  const cases: [string, VaultItem[], SeenCredential[], (items: VaultItem[]) => { itemId: string; ocid: string }[]][] = [
    ['same name, same realm', [sealedItem()], [row()], ([item]) => [{ itemId: item!.id, ocid: OCID_OC1 }]],
    ['name with different spacing', [sealedItem()], [row({ name: '  ci-deploy ' })], ([item]) => [{ itemId: item!.id, ocid: OCID_OC1 }]],
    ['one row among others', [sealedItem()], [row({ name: 'other', ocid: OCID_OC1_OTHER }), row()], ([item]) => [{ itemId: item!.id, ocid: OCID_OC1 }]],
    ['OCID from another realm', [sealedItem()], [row({ ocid: OCID_OC2 })], () => []],
    ['different name', [sealedItem()], [row({ name: 'ci-deploy-2' })], () => []],
    ['name differs in case', [sealedItem()], [row({ name: 'CI-Deploy' })], () => []],
    ['malformed OCID', [sealedItem()], [row({ ocid: 'ocid1.credential.oc1..' })], () => []],
    ['two credentials with the same name: ambiguous', [sealedItem()], [row(), row({ ocid: OCID_OC1_OTHER })], () => []],
    ['the same row listed twice', [sealedItem()], [row(), row()], ([item]) => [{ itemId: item!.id, ocid: OCID_OC1 }]],
    ['another target user', [sealedItem()], [row({ targetUser: 'someone@example.com' })], () => []],
    ['same target user', [sealedItem()], [row({ targetUser: 'svc-ci@example.com' })], ([item]) => [{ itemId: item!.id, ocid: OCID_OC1 }]],
    [
      'item without a target user',
      [sealedItem({ context: context({ targetUser: undefined }) })],
      [row({ targetUser: 'someone@example.com' })],
      ([item]) => [{ itemId: item!.id, ocid: OCID_OC1 }],
    ],
    ['item in an unknown realm', [sealedItem({ context: context({ realm: undefined }) })], [row({ ocid: OCID_OC2 })], ([item]) => [{ itemId: item!.id, ocid: OCID_OC2 }]],
    ['item that already has an OCID', [sealedItem({ ocid: OCID_OC1_OTHER })], [row()], () => []],
    ['item captured after the sighting', [sealedItem({ capturedAt: NOW + 1 })], [row()], () => []],
    ['expired item', [sealedItem({ expiresAt: NOW })], [row()], () => []],
    [
      'unopenable item',
      [{ ...sealedItem(), state: 'unopenable', lostAt: T0 } as unknown as VaultItem],
      [row()],
      () => [],
    ],
    [
      'a regenerated secret: two items, one credential',
      [sealedItem(), sealedItem({ capturedAt: T0 + 60_000 })],
      [row()],
      ([first, second]) => [
        { itemId: first!.id, ocid: OCID_OC1 },
        { itemId: second!.id, ocid: OCID_OC1 },
      ],
    ],
  ];

  it.each(cases)('%s', (_label, items, seen, expected) => {
    expect(matchOcid(items, seen, NOW)).toEqual(expected(items));
  });
});
