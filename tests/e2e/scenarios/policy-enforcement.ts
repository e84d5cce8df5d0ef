import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { findSecretIn } from '../../unit/vault/find-secret';
import {
  REPLICA_PATHS,
  clickGenerate,
  consoleUrl,
  extensionStorage,
  fieldLabelled,
  fillPanel,
  importOutcome,
  importPolicyText,
  openConsole,
  openCredentialsList,
  openGeneratePanel,
  openOptions,
  storedAuditRecords,
  readSecretFromDialog,
  replicaRecords,
  serviceFrame,
  waitForOcg,
  type LaunchedBrowser,
} from '../harness';

// The cross-feature flow of issue 4, in whichever browser the spec file launched
// (tests/e2e/policy-enforcement.test.ts, tests/e2e/firefox/policy-enforcement.test.ts): a local
// policy imported in the options page blocks Generate in the Console for a denied scope (click and
// Enter; the replica records no credential); with the scope fixed, Generate succeeds and the audit
// log holds a "credential-generated" record without the secret.

const DENIED = 'urn:opc:resource:consumer::all';
const DRAFT = {
  name: 'orders-oic-prod',
  description: 'Orders integration calls OIC REST',
  pairs: [{ audience: 'https://oicdev-idq7w2.integration.ocp.oraclegovcloud.com:443', scope: DENIED }],
};

async function generateButton(page: Page): Promise<ElementHandle<HTMLButtonElement>> {
  const frame = await serviceFrame(page);
  const handle = await frame.waitForFunction(
    () => Array.from(document.querySelectorAll<HTMLButtonElement>('#__root_layer_host button')).find((b) => b.textContent?.trim() === 'Generate') ?? null,
    { polling: 50 },
  );
  return handle.asElement() as ElementHandle<HTMLButtonElement>;
}

/** Neither the secret dialog nor a credential appears for a while after the attempt. */
async function expectNothingCreated(page: Page) {
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await replicaRecords(page)).toEqual([]);
  const frame = await serviceFrame(page);
  expect(await frame.$$eval('#__root_layer_host [role="dialog"] h2', (headings) => headings.map((h) => h.textContent))).not.toContain(
    'OAuth 2.0 client credential generated',
  );
}

export function policyEnforcementTests(browser: () => LaunchedBrowser): void {
  describe('policy enforcement in the Console', () => {
    it('blocks Generate for a denied scope, then lets the fixed draft through and audits it', async () => {
      const options = await openOptions(browser().browser, browser().extensionId!);
      await importPolicyText(options, JSON.stringify({ enforcement: 'block', deniedScopes: [DENIED] }));
      await importOutcome(options, 'imported');

      const page = await openConsole(browser().browser, consoleUrl('console.us-langley-1.oraclegovcloud.com', REPLICA_PATHS.myCredentials), {
        replicaQuery: { ocgDelay: 50 },
      });
      await openCredentialsList(page);
      await openGeneratePanel(page);
      await fillPanel(page, DRAFT);
      await waitForOcg(page, 'ocg-scope-assistant', { blocked: 'true' });

      // A click, then the keyboard: both stopped.
      const generate = await generateButton(page);
      await generate.click();
      await expectNothingCreated(page);
      await generate.focus();
      await page.keyboard.press('Enter');
      await expectNothingCreated(page);

      // The user narrows the scope: the assistant unblocks and Generate goes through.
      const scope = await fieldLabelled(page, 'Scope', 0);
      await scope.click({ count: 3 });
      await scope.type('/ic/api/');
      await waitForOcg(page, 'ocg-scope-assistant', { blocked: 'false' });
      await clickGenerate(page);
      const secret = await readSecretFromDialog(page);
      expect((await replicaRecords(page)).map((record) => record.name)).toEqual([DRAFT.name]);

      await options.waitForSelector('tr[data-kind="credential-generated"]');
      const log = await storedAuditRecords(options);
      expect(log.find((record) => record.kind === 'credential-generated')).toMatchObject({
        credentialName: DRAFT.name,
        pairs: [{ audience: DRAFT.pairs[0]!.audience, scope: '/ic/api/' }],
      });
      expect(findSecretIn(await extensionStorage(options), secret)).toEqual([]);
      await page.close();
      await options.close();
    });
  });
}
