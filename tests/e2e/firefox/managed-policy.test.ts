import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploymentTemplates } from '../../../utils/policy/deployment';
import { resolvePolicy } from '../../../utils/policy/resolve';
import type { PolicyDocument } from '../../../utils/policy/schema';
import { evaluateInExtension, firefoxAddonId, launchBrowser, type LaunchedBrowser } from '../harness';

// The organisation's policy on Firefox: the policies.json that deploymentTemplates() writes for
// administrators (3rdparty.Extensions.<add-on id>), read by Firefox's own policy engine, reaches the
// extension as storage.managed with every value intact and resolves as a valid managed policy.

const POLICY: PolicyDocument = {
  schemaVersion: 1,
  enforcement: 'block',
  deniedScopes: ['urn:opc:resource:consumer::all', 'urn:opc:idm:__myscopes__'],
  maxPairsPerCredential: 3,
  requireDescription: true,
  credentialNamePattern: { regex: '[a-z]+(-[a-z0-9]+)+', message: 'Names look like team-app-env' },
  realmAvailability: { oc1: { available: true, note: 'Enabled for our tenancy by Oracle support' } },
  vault: { itemTtlHours: 8, handoffChannels: ['email', 'file'], allowPlaintextPrint: false },
  audit: { enabled: true, retentionDays: 365 },
};
// The Chrome id only fills the Chrome templates, which this test does not use.
const CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop';

let launched: LaunchedBrowser;

beforeAll(async () => {
  const templates = deploymentTemplates(POLICY, { chrome: CHROME_ID, firefox: await firefoxAddonId() });
  launched = await launchBrowser({ browser: 'firefox', firefoxPolicies: templates.firefoxPoliciesJson });
});

afterAll(async () => {
  await launched?.close();
});

describe('managed policy in Firefox', () => {
  it('reaches the extension as storage.managed from the deployed policies.json and resolves as the managed policy', async () => {
    const managed = await evaluateInExtension(launched, async () => {
      const scope = globalThis as unknown as { browser: { storage: { managed: { get(): Promise<Record<string, unknown>> } } } };
      return scope.browser.storage.managed.get();
    });
    expect(managed).toEqual(POLICY);

    const resolved = resolvePolicy({ managed });
    expect(resolved).toMatchObject({ managed: true, failClosed: false, errors: [] });
    expect(resolved.policy).toMatchObject({ enforcement: 'block', maxPairsPerCredential: 3, vault: { itemTtlHours: 8 } });
    expect(resolved.provenance).toMatchObject({ enforcement: 'managed', realmAvailability: 'managed', vault: { itemTtlHours: 'managed' } });
  });
});
