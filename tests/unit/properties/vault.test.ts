import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeIssues } from '@/utils/messages/issues';
import { markUnopenable, summarise, vaultItemSchema, type SealedItem, type VaultItem } from '@/utils/vault/item';
import { matchOcid, type SeenCredential } from '@/utils/vault/match-ocid';
import { CREDENTIAL_OCID, checkOcidForRealm, parseCredentialOcid } from '@/utils/vault/ocid';
import { armoredAge, captureContext, credentialOcid, hexId, jsonish, marker, realmKey, recipient, text, time } from './arbitraries';

// Vault items are read back from storage.local, which anything with disk access can edit, and
// OCIDs come from the Console page or the user's typing. Parsing must never throw, must give a
// valid item back unchanged, must refuse a stray field (a plaintext `secret`) and never echo a value.

const sealedItem: fc.Arbitrary<SealedItem> = fc
  .record({ id: hexId, context: captureContext, capturedAt: time, ttl: fc.integer({ min: 1, max: 720 * 3_600_000 }), sealed: armoredAge, recipient, ocid: fc.option(credentialOcid(), { nil: undefined }) })
  .map(({ ttl, ocid, ...item }) => ({
    schemaVersion: 1 as const,
    state: 'sealed' as const,
    ...item,
    expiresAt: item.capturedAt + ttl,
    ...(ocid === undefined ? {} : { ocid }),
  }));

const anyItem: fc.Arbitrary<VaultItem> = fc.oneof(sealedItem, fc.tuple(sealedItem, time).map(([item, at]) => markUnopenable(item, at)));

describe('vault items read from storage', () => {
  it('come back unchanged when valid, also after a JSON round trip', () => {
    fc.assert(
      fc.property(anyItem, (item) => {
        expect(vaultItemSchema.parse(item)).toEqual(item);
        expect(vaultItemSchema.parse(JSON.parse(JSON.stringify(item)))).toEqual(item);
      }),
      { numRuns: 150 },
    );
  });

  it('are refused with a stray field anywhere, and the reason never quotes a stored value', () => {
    const field = fc.constantFrom('secret', 'password', 'plaintext', 'token');
    fc.assert(
      fc.property(anyItem, field, marker, fc.boolean(), (item, key, value, inContext) => {
        const tampered: Record<string, unknown> = inContext ? { ...item, context: { ...item.context, [key]: value } } : { ...item, [key]: value };
        const parsed = vaultItemSchema.safeParse(tampered);
        expect(parsed.success).toBe(false);
        if (!parsed.success) expect(describeIssues(parsed.error)).not.toContain(value);
      }),
      { numRuns: 150 },
    );
  });

  it('never throw on whatever storage holds, and never echo it', () => {
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.anything(), anyItem.chain((item) => fc.tuple(fc.constantFrom(...Object.keys(item)), marker).map(([key, value]) => ({ ...item, [key]: value })))), (stored) => {
        const parsed = vaultItemSchema.safeParse(stored);
        if (!parsed.success) expect(describeIssues(parsed.error)).not.toMatch(/ZQ[a-z0-9]{10}QZ/);
      }),
      { numRuns: 200 },
    );
  });

  it('lose their ciphertext, and only it, when marked unopenable; summaries never carry it', () => {
    fc.assert(
      fc.property(sealedItem, time, (item, at) => {
        const lost = markUnopenable(item, at);
        expect(vaultItemSchema.parse(lost)).toEqual(lost);
        expect(lost).not.toHaveProperty('sealed');
        expect(lost).not.toHaveProperty('recipient');
        expect({ ...lost, state: 'sealed', sealed: item.sealed, recipient: item.recipient, lostAt: undefined }).toEqual({ ...item, lostAt: undefined });
        expect(Object.keys(summarise(item)).sort()).toEqual(['capturedAt', 'context', 'expiresAt', 'id', 'state', ...(item.ocid ? ['ocid'] : [])].sort());
      }),
      { numRuns: 150 },
    );
  });
});

describe('credential OCIDs', () => {
  it('parse any text without throwing, and accept only the credential shape', () => {
    fc.assert(
      fc.property(fc.oneof(text(80), credentialOcid(), credentialOcid().map((ocid) => ocid.toUpperCase()), marker.map((m) => `ocid1.credential.${m}`)), fc.option(realmKey, { nil: undefined }), (value, realm) => {
        const parsed = parseCredentialOcid(value);
        if (parsed.ok) {
          expect(parsed.ocid).toMatch(CREDENTIAL_OCID);
          expect(parsed.ocid).toBe(value.trim());
        } else {
          expect(parsed.error).not.toMatch(/ZQ[a-z0-9]{10}QZ/);
        }
        const checked = checkOcidForRealm(value, realm);
        if (checked.ok) expect(realm === undefined || checked.realm === realm).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('take a pasted OCID with spaces around, and refuse it for another realm', () => {
    fc.assert(
      fc.property(realmKey.chain((realm) => fc.tuple(fc.constant(realm), credentialOcid(fc.constant(realm)))), realmKey, fc.constantFrom('', ' ', '\n', '\t'), ([realm, ocid], other, pad) => {
        expect(parseCredentialOcid(`${pad}${ocid}${pad}`)).toEqual({ ok: true, ocid, realm });
        expect(checkOcidForRealm(ocid, other).ok).toBe(other === realm);
      }),
      { numRuns: 150 },
    );
  });
});

describe('matchOcid', () => {
  const seen: fc.Arbitrary<SeenCredential> = fc.record(
    { name: fc.oneof(text(30), fc.constantFrom('ci-deploy', ' ci-deploy ', 'ci  deploy')), ocid: fc.oneof(credentialOcid(), text(40)), targetUser: fc.string({ maxLength: 10 }) },
    { requiredKeys: ['name', 'ocid'] },
  );

  it('never throws, and pairs only live sealed items without an OCID with one credential of the same name and realm', () => {
    fc.assert(
      fc.property(fc.array(anyItem, { maxLength: 5 }), fc.array(seen, { maxLength: 8 }), time, (items, credentials, now) => {
        const matches = matchOcid(items, credentials, now);
        expect(matchOcid(items, credentials, now)).toEqual(matches);
        expect(new Set(matches.map((match) => match.itemId)).size).toBe(matches.length);
        for (const { itemId, ocid } of matches) {
          const item = items.find((candidate) => candidate.id === itemId)!;
          expect(item.state).toBe('sealed');
          expect(item.ocid).toBeUndefined();
          expect(item.capturedAt <= now && now < item.expiresAt).toBe(true);
          const parsed = parseCredentialOcid(ocid);
          expect(parsed.ok && (item.context.realm === undefined || parsed.realm === item.context.realm)).toBe(true);
          const name = (value: string) => value.trim().replace(/\s+/g, ' ');
          expect(credentials.some((row) => row.ocid.trim() === ocid && name(row.name) === name(item.context.credentialName))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds the OCID of the one credential listed under the item\'s name, however its spaces are written', () => {
    fc.assert(
      fc.property(sealedItem, fc.constantFrom('', ' ', '  '), (item, pad) => {
        const waiting = { ...item, ocid: undefined, context: { ...item.context, credentialName: 'orders sync' } };
        delete waiting.ocid;
        const ocid = `ocid1.credential.${item.context.realm ?? 'oc1'}..aaaaaaaabbbbbbbbcccc`;
        expect(matchOcid([waiting], [{ name: `${pad}orders ${pad}sync${pad}`, ocid }], item.capturedAt)).toEqual([{ itemId: item.id, ocid }]);
      }),
      { numRuns: 100 },
    );
  });
});
