import { createHash, generateKeyPairSync } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './paths.mjs';

// A copy of the build whose id is known before the browser loads it: Chromium derives an
// extension's id from the manifest "key" (its public key), and managed policy files are keyed by
// that id. The key is made here, at test time, so the shipped build never carries one.

export interface FixedIdExtension {
  dir: string;
  extensionId: string;
  remove(): Promise<void>;
}

/** Chromium's id for a public key: the first 128 bits of its SHA-256, each hex digit written as a letter a–p. */
export function extensionIdFor(publicKeyDer: Buffer): string {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return Array.from(hex, (digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16))).join('');
}

export async function copyWithFixedId(): Promise<FixedIdExtension> {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const dir = await mkdtemp(join(tmpdir(), 'ocg-keyed-'));
  try {
    await cp(EXTENSION_DIR, dir, { recursive: true });
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
    await writeFile(manifestPath, JSON.stringify({ ...manifest, key: der.toString('base64') }));
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, extensionId: extensionIdFor(der), remove: () => rm(dir, { recursive: true, force: true }) };
}
