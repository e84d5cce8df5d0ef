import type { CaptureContext, VaultItem } from '@/utils/vault/item';

// Small builders for vault tests: a plausible context and items around it.

export const HOUR = 3_600_000;
export const T0 = Date.UTC(2025, 0, 15, 9, 0, 0);
export const OCID_OC1 = 'ocid1.credential.oc1..aaaaaaaa4xq7mhdswc2fzjv5l3k6yqbtnupre2oa7xiwgdmc5hsjqlzb6fka';
export const OCID_OC1_OTHER = 'ocid1.credential.oc1..aaaaaaaab3k2jwq6hzn5x7rdptf4lmyvcs2ge6ou3iqa7wkdx5bsnhjrtlma';
export const OCID_OC2 = 'ocid1.credential.oc2..aaaaaaaa7gm3qk4nztw5rxl2vbh6sdpj5cuyfea3oi7wqkmxd2tbhnslzrva';

export function context(overrides: Partial<CaptureContext> = {}): CaptureContext {
  return {
    credentialName: 'ci-deploy',
    description: 'Deploys integrations from CI',
    pairs: [{ audience: 'https://ci1.integration.ocp.oraclecloud.com:443', scope: '/ic/api/' }],
    realm: 'oc1',
    region: 'us-ashburn-1',
    host: 'cloud.oracle.com',
    identityDomain: 'Default',
    targetUser: 'svc-ci@example.com',
    createdAt: T0,
    ...overrides,
  };
}

let counter = 0;
export function itemId(): string {
  counter += 1;
  return counter.toString(16).padStart(32, '0');
}

export function sealedItem(overrides: Partial<Extract<VaultItem, { state: 'sealed' }>> = {}): VaultItem {
  return {
    schemaVersion: 1,
    id: itemId(),
    state: 'sealed',
    sealed: '-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n',
    recipient: 'age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq',
    context: context(),
    capturedAt: T0,
    expiresAt: T0 + 24 * HOUR,
    ...overrides,
  };
}
