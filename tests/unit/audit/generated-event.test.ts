import { describe, expect, it } from 'vitest';
import { credentialGeneratedEventSchema } from '@/utils/audit/record';
import { credentialGeneratedEvent, type GeneratedFacts } from '@/utils/audit/generated-event';
import type { PolicyFinding } from '@/utils/policy/evaluate';
import { detectRealm } from '@/utils/realm/detect-realm';

const OIC = 'https://orders.integration.ocp.oraclegovcloud.com:443';
const ALL = 'urn:opc:resource:consumer::all';
const findings: PolicyFinding[] = [
  {
    id: 'OCG-POLICY-002',
    severity: 'error',
    title: `Scope "${ALL}" is denied by your organisation`,
    detail: 'Pair 1 matches the denied scope.',
    location: { kind: 'pair', index: 0, field: 'scope' },
    blocking: true,
    exemption: { justification: 'Approved for the migration', pattern: 'OCG-POLICY-*', by: 'user' },
  },
  { id: 'OCG-SCOPE-012', severity: 'suggestion', title: 'Add a description', detail: '…', location: { kind: 'description' } },
];
const facts: GeneratedFacts = {
  draft: { name: '  orders-sync ', description: '', pairs: [{ audience: OIC, scope: ALL }, { audience: ' ', scope: '' }] },
  findings,
  detection: detectRealm('https://console.us-langley-1.oraclegovcloud.com/identity/domains/my-profile'),
  page: { myProfile: false, domainOcid: 'ocid1.domain.oc2..aaaa', userOcid: 'ocid1.user.oc2..bbbb', userName: 'Ada Lovelace' },
};

describe('credentialGeneratedEvent', () => {
  it('reports the draft, where it was made, and the findings and exemptions shown', () => {
    expect(credentialGeneratedEvent(facts)).toEqual({
      kind: 'credential-generated',
      credentialName: 'orders-sync',
      realm: 'oc2',
      region: 'us-langley-1',
      identityDomain: 'ocid1.domain.oc2..aaaa',
      targetUser: 'Ada Lovelace',
      pairs: [{ audience: OIC, scope: ALL }],
      findings: [
        { id: 'OCG-POLICY-002', severity: 'error', title: `Scope "${ALL}" is denied by your organisation` },
        { id: 'OCG-SCOPE-012', severity: 'suggestion', title: 'Add a description' },
      ],
      exemptions: [{ findingId: 'OCG-POLICY-002', pattern: 'OCG-POLICY-*', justification: 'Approved for the migration', by: 'user' }],
    });
  });

  it('is a valid audit event, also for an unknown realm and a draft over every limit', () => {
    const huge: GeneratedFacts = {
      draft: { name: 'n'.repeat(400), description: '', pairs: Array.from({ length: 60 }, () => ({ audience: `https://${'a'.repeat(3000)}`, scope: ALL })) },
      findings: Array.from({ length: 250 }, (_, i) => ({ ...findings[0]!, id: `OCG-SCOPE-${i}`, title: 't'.repeat(600) })),
      detection: detectRealm('https://console.us-newgov-9.oraclegovcloud.com/'),
      page: { myProfile: true },
    };
    for (const input of [facts, huge]) {
      const parsed = credentialGeneratedEventSchema.safeParse(credentialGeneratedEvent(input));
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    }
    const event = credentialGeneratedEvent(huge)!;
    expect([event.credentialName.length, event.pairs.length, event.findings.length, event.exemptions.length]).toEqual([256, 50, 200, 200]);
    expect('realm' in event || 'region' in event || 'targetUser' in event).toBe(false);
  });

  it('is nothing for a nameless draft: the Console refuses it and a record needs a name', () => {
    expect(credentialGeneratedEvent({ ...facts, draft: { ...facts.draft, name: '   ' } })).toBeUndefined();
  });
});
