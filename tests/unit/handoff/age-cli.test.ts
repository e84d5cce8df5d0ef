import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptPackage, encryptPackage } from '@/utils/handoff/age';
import { generateRecipientKeyPair } from '@/utils/handoff/age-keys';
import { generatePassphrase } from '@/utils/handoff/passphrase';
import { age, ageKeygen, ageOnTerminal } from './age-cli';

// Interop with Debian's age CLI 1.1.1, the tool the format documentation tells recipients to use.

const PLAINTEXT = '{"format":"oci-credential-guard/handoff","secret":"i7BKNOG:1z1A)bqaY(]F"}';

let folder = '';
const path = (name: string) => join(folder, name);

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'ocg-age-'));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('our packages open with the age CLI', () => {
  it.each(['binary', 'armored'] as const)('X25519, %s, with our identity file', async (form) => {
    const keys = await generateRecipientKeyPair();
    writeFileSync(path('key.txt'), keys.identityFile);
    // Our identity file is age-keygen's format: age-keygen derives the same public key from it.
    expect(ageKeygen(['-y', path('key.txt')]).trim()).toBe(keys.recipient);
    const encrypted = await encryptPackage(PLAINTEXT, { recipients: [keys.recipient] });
    writeFileSync(path('package.age'), form === 'binary' ? encrypted.binary : encrypted.armored);
    expect(age(['-d', '-i', path('key.txt'), path('package.age')])).toBe(PLAINTEXT);
  });

  it('passphrase, armored, typed on a terminal', async () => {
    const passphrase = generatePassphrase();
    const encrypted = await encryptPackage(PLAINTEXT, { passphrase, workFactor: 10 });
    writeFileSync(path('passphrase.age'), encrypted.armored);
    ageOnTerminal(['-d', '-o', path('passphrase.txt'), path('passphrase.age')], [passphrase]);
    expect(readFileSync(path('passphrase.txt'), 'utf8')).toBe(PLAINTEXT);
  }, 60_000);
});

describe('the age CLI’s files open with ours', () => {
  it.each([['binary', []], ['armored', ['-a']]] as const)('X25519, %s, with an age-keygen identity file', async (form, armor) => {
    ageKeygen(['-o', path(`keygen-${form}.txt`)]);
    const identityFile = readFileSync(path(`keygen-${form}.txt`), 'utf8');
    const recipient = /# public key: (age1\S+)/.exec(identityFile)?.[1] ?? '';
    writeFileSync(path('plain.json'), PLAINTEXT);
    age([...armor, '-r', recipient, '-o', path('cli.age'), path('plain.json')]);
    expect(await decryptPackage(new Uint8Array(readFileSync(path('cli.age'))), { identityFile })).toBe(PLAINTEXT);
  });

  // age -p always uses work factor 18: this is the test of our decryption at the default factor.
  it('passphrase, binary, from age -p', async () => {
    const passphrase = generatePassphrase();
    writeFileSync(path('plain.json'), PLAINTEXT);
    ageOnTerminal(['-p', '-o', path('cli-passphrase.age'), path('plain.json')], [passphrase, passphrase]);
    const file = new Uint8Array(readFileSync(path('cli-passphrase.age')));
    expect(new TextDecoder().decode(file.subarray(0, 60))).toMatch(/^age-encryption\.org\/v1\n-> scrypt /);
    expect(await decryptPackage(file, { passphrase })).toBe(PLAINTEXT);
  }, 60_000);
});
