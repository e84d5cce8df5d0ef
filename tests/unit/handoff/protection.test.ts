import { describe, expect, it } from 'vitest';
import { encryptPackage, packageProtection } from '@/utils/handoff/age';
import { generateRecipientKeyPair } from '@/utils/handoff/age-keys';

// "Open a package" asks for the right key by reading the package's header first.

const keys = await generateRecipientKeyPair();
const byPassphrase = await encryptPackage('{}', { passphrase: 'correct horse battery staple', workFactor: 2 });
const byKey = await encryptPackage('{}', { recipients: [keys.recipient] });

describe('packageProtection', () => {
  it.each([
    ['armored, passphrase', byPassphrase.armored, 'passphrase'],
    ['binary, passphrase', byPassphrase.binary, 'passphrase'],
    ['armored, key', byKey.armored, 'recipient-key'],
    ['binary, key', byKey.binary, 'recipient-key'],
    ['armored inside an email', `Hi,\n\n${byKey.armored}\nBye`, 'recipient-key'],
    ['an armored .age file', new TextEncoder().encode(byPassphrase.armored), 'passphrase'],
  ])('%s → %s', (_case, input, protection) => {
    expect(packageProtection(input)).toBe(protection);
  });

  it.each([
    ['empty text', ''],
    ['text that is no package', 'hello'],
    ['armor without its end', byKey.armored.split('-----END')[0]!],
    ['a header cut short', byKey.binary.subarray(0, 40)],
    ['armor with a damaged line', byKey.armored.replace(/\n[A-Za-z0-9+/]{10}/, '\n!!!!!!!!!!')],
  ])('is unknown for %s', (_case, input) => {
    expect(packageProtection(input)).toBeUndefined();
  });
});
