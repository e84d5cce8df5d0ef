import { describe, expect, it } from 'vitest';
import { HandoffError } from '@/utils/handoff/errors';
import { handoffDocumentForItem, missingForPackage } from '@/utils/handoff/from-vault-item';
import type { VaultItemSummary } from '@/utils/vault/item';
import { context, HOUR, OCID_OC1, T0 } from '../vault/fixtures';

const item = (overrides: Partial<VaultItemSummary> = {}): VaultItemSummary => ({
  id: '0'.repeat(32),
  state: 'sealed',
  context: context(),
  capturedAt: T0,
  expiresAt: T0 + 24 * HOUR,
  ocid: OCID_OC1,
  ...overrides,
});

const SECRET = 'i7BKNOG:1z1A)bqaY(]F';
const NOW = new Date(T0 + HOUR);

describe('the handoff document of a vault item', () => {
  it('carries the captured facts, the OCID, the token endpoint and the secret', () => {
    const document = handoffDocumentForItem(item(), SECRET, { now: NOW });
    expect(document.credential).toEqual({
      name: 'ci-deploy',
      description: 'Deploys integrations from CI',
      ocid: OCID_OC1,
      realm: 'oc1',
      region: 'us-ashburn-1',
      identityDomain: 'Default',
      targetUser: 'svc-ci@example.com',
      pairs: [
        {
          audience: 'https://ci1.integration.ocp.oraclecloud.com:443',
          scope: '/ic/api/',
          fullyQualifiedScope: 'https://ci1.integration.ocp.oraclecloud.com:443/ic/api/',
        },
      ],
      tokenEndpoint: 'https://auth.us-ashburn-1.oraclecloud.com/oauth2/token',
      created: new Date(T0).toISOString(),
    });
    expect(document.secret).toBe(SECRET);
    expect(document.handoff).toEqual({ created: NOW.toISOString() });
  });

  it.each([
    ['a note, trimmed', '  For the nightly job.  ', 'For the nightly job.'],
    ['no note for blank text', '   ', undefined],
  ])('takes %s', (_case, note, expected) => {
    expect(handoffDocumentForItem(item(), SECRET, { note, now: NOW }).handoff.note).toBe(expected);
  });

  it('leaves out an identity domain or target user the Console showed as empty', () => {
    const document = handoffDocumentForItem(item({ context: context({ identityDomain: '', targetUser: '' }) }), SECRET, { now: NOW });
    expect(document.credential.identityDomain).toBeUndefined();
    expect(document.credential.targetUser).toBeUndefined();
  });

  it.each([
    ['the OCID', item({ ocid: undefined }), 'Enter the credential’s OCID first'],
    ['the realm', item({ context: context({ realm: undefined }) }), 'did not show the realm and region'],
    ['the region', item({ context: context({ region: undefined }) }), 'did not show the realm and region'],
  ])('says what is missing without %s, and refuses to build', (_case, missing, words) => {
    expect(missingForPackage(missing)).toContain(words);
    expect(() => handoffDocumentForItem(missing, SECRET)).toThrow(HandoffError);
  });

  it('needs nothing more for a complete item', () => {
    expect(missingForPackage(item())).toBeUndefined();
  });
});
