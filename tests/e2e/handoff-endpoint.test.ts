import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { age, ageKeygen } from '../unit/handoff/age-cli';
import {
  REPLICA_PATHS,
  closeDialog,
  consoleUrl,
  extensionStorage,
  generateAndCapture,
  openConsole,
  readLocalStorage,
  replicaRecords,
  useBrowser,
  writeLocalStorage,
} from './harness';
import { fillField, openFromPopup, readField, textOf } from './handoff-pages';

// A credential from a Console host whose realm the extension does not know: the handoff page cannot
// derive the token endpoint, so the administrator enters it (or the region), checked against the
// realm table and the credential's OCID; the vault keeps it with the item (a reload shows it again,
// checked again: an altered value is named, not used); the package and the print sheet carry it.

const browser = useBrowser();
// oraclegovcloud.com is shared by OC2 and OC3, and us-newgov-9 is in neither's table: realm unknown.
const HOST = 'console.us-newgov-9.oraclegovcloud.com';
const ENDPOINT = 'https://auth.us-newgov-9.oraclegovcloud.com/oauth2/token';
const DRAFT = { name: 'newgov-sync', pairs: [{ audience: 'https://oicdev-idq7w2.integration.ocp.oraclegovcloud.com:443', scope: '/ic/api/' }] };
const folder = mkdtempSync(join(tmpdir(), 'ocg-endpoint-'));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const storedItems = async () =>
  Object.entries((await extensionStorage(browser().worker!)).local).filter(([key]) => key.startsWith('vault.item.')) as [string, { ocid?: string; tokenEndpoint?: string }][];
const storedOcids = async () => (await storedItems()).map(([, item]) => item.ocid);

describe('the handoff page, for a realm and region it does not know', () => {
  it('takes the token endpoint from the administrator, checked, into the package and onto the print sheet', async () => {
    const consolePage = await openConsole(browser().browser, consoleUrl(HOST, REPLICA_PATHS.myCredentials), { replicaQuery: { ocgDelay: 50 } });
    await generateAndCapture(consolePage, DRAFT);
    await closeDialog(consolePage);
    const [record] = await replicaRecords(consolePage);
    expect(record?.ocid).toMatch(/^ocid1\.credential\.oc2\.\./);
    await expect.poll(storedOcids, { timeout: 10_000, interval: 100 }).toEqual([record!.ocid]);
    await consolePage.close();

    const handoff = await openFromPopup(browser(), 'Open handoff', 'handoff.html');
    expect(await textOf(handoff, 'main')).toContain('enter the region or the token endpoint above first');
    expect(await handoff.$('[data-token-endpoint]')).toBeNull();

    // A region of another realm than the OCID's is refused, with the reason.
    await fillField(handoff, '#endpoint-entry', 'us-ashburn-1');
    await handoff.locator('::-p-aria(Use it)').click();
    expect(await textOf(handoff, '#endpoint-entry-error')).toBe('Region us-ashburn-1 belongs to realm oc1, but this credential is in realm oc2.');
    await fillField(handoff, '#endpoint-entry', 'https://auth.us-newgov-9.evil.example/oauth2/token');
    await handoff.keyboard.press('Enter');
    await handoff.waitForFunction(() => document.querySelector('#endpoint-entry-error')?.textContent?.includes('evil.example'));

    await fillField(handoff, '#endpoint-entry', ENDPOINT);
    await handoff.keyboard.press('Enter');
    expect(await textOf(handoff, '.facts [data-token-endpoint]')).toBe(ENDPOINT);
    expect(await textOf(handoff, 'main')).toContain('oc2 · us-newgov-9 (entered here)');
    // Kept with the vault item (beside the sealed secret only), so a reload does not ask again.
    const [[itemKey, stored]] = (await storedItems()) as [[string, { tokenEndpoint?: string }]];
    expect(stored.tokenEndpoint).toBe(ENDPOINT);
    await handoff.reload();
    await handoff.waitForSelector('main[data-state="ready"]');
    expect(await textOf(handoff, '.facts [data-token-endpoint]')).toBe(ENDPOINT);
    expect(await textOf(handoff, 'main')).toContain('oc2 · us-newgov-9 (entered here)');
    expect(await handoff.$('#endpoint-entry')).toBeNull();

    // A package to a recipient key, opened with Debian's age: it carries the endpoint entered.
    const identityPath = join(folder, 'identity.txt');
    ageKeygen(['-o', identityPath]);
    const recipient = /# public key: (age1\S+)/.exec(readFileSync(identityPath, 'utf8'))![1]!;
    await handoff.locator('::-p-text(The recipient’s public key)').click();
    await fillField(handoff, '#recipient-key', recipient);
    await handoff.locator('::-p-aria(Make encrypted package)').click();
    await handoff.waitForSelector('#armored-package', { timeout: 30_000 });
    writeFileSync(join(folder, 'package.age'), await readField(handoff, '#armored-package'));
    const opened = JSON.parse(age(['-d', '-i', identityPath, join(folder, 'package.age')])) as {
      credential: { realm: string; region: string; tokenEndpoint: string; ocid: string };
    };
    expect(opened.credential).toMatchObject({ realm: 'oc2', region: 'us-newgov-9', tokenEndpoint: ENDPOINT, ocid: record!.ocid });

    // The print sheet says the same.
    await handoff.locator('::-p-aria(Show the print preview)').click();
    expect(await textOf(handoff, '.print-sheet [data-token-endpoint]')).toBe(ENDPOINT);
    expect(await textOf(handoff, '.print-sheet')).toContain('oc2 · us-newgov-9');

    // Altered in storage: named on the page and asked for again, never used.
    const item = (await readLocalStorage(browser().worker!, itemKey)) as object;
    await writeLocalStorage(browser().worker!, { [itemKey]: { ...item, tokenEndpoint: 'https://auth.us-newgov-9.evil.example/oauth2/token' } });
    await handoff.reload();
    expect(await textOf(handoff, '#endpoint-entry-error')).toBe(
      'The token endpoint kept for this credential cannot be used: evil.example is not the domain of a realm this extension knows. Enter the region or the token endpoint again.',
    );
    expect(await handoff.$('[data-token-endpoint]')).toBeNull();
    await handoff.close();
  });
});
