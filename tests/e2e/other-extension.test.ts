import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionStorage, useBrowser } from './harness';

// Another extension installed next to ours: it can name our id, but the vault answers only its own
// extension (no onMessageExternal, no externally_connectable), and storage is per extension.

const browser = useBrowser();
let otherDir = '';

beforeAll(async () => {
  otherDir = await mkdtemp(join(tmpdir(), 'ocg-other-extension-'));
  await writeFile(
    join(otherDir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Curious neighbour', version: '1.0', permissions: ['storage'], background: { service_worker: 'worker.js' } }),
  );
  await writeFile(join(otherDir, 'worker.js'), '// Driven by the test.\n');
});

afterAll(async () => {
  await rm(otherDir, { recursive: true, force: true });
});

declare const chrome: {
  runtime: { sendMessage(extensionId: string, message: unknown): Promise<unknown> };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

describe('another extension', () => {
  it('cannot message the vault, and sees none of its storage', async () => {
    const { browser: chromium, extensionId, worker } = browser();
    const otherId = await chromium.installExtension(otherDir);
    const target = await chromium.waitForTarget((candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith(`chrome-extension://${otherId}/`));
    const other = await target.worker();
    // Something of ours to look for.
    await worker!.evaluate(() => chrome.storage.local.set({ 'test.marker': 'ours' }));
    const ours = await extensionStorage(worker!);
    expect(ours.local).toMatchObject({ 'test.marker': 'ours' });
    const attempts = await other!.evaluate(async (id) => {
      const results: string[] = [];
      for (const message of [{ type: 'vault/list' }, { type: 'vault/get-recipient' }, { type: 'policy/get' }]) {
        try {
          results.push(`answered ${JSON.stringify(await chrome.runtime.sendMessage(id, message))}`);
        } catch (error) {
          results.push(`refused: ${(error as Error).message}`);
        }
      }
      return { results, storage: await chrome.storage.local.get(null) };
    }, extensionId!);
    for (const result of attempts.results) expect(result).toMatch(/^refused: .*(Receiving end does not exist|Could not establish connection)/);
    expect(attempts.storage).toEqual({});
    expect(await extensionStorage(worker!)).toEqual(ours);
  });
});
