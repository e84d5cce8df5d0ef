import { generateHybridIdentity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { X25519_RECIPIENT, generateRecipientKeyPair, parseIdentityFile, parseRecipient } from '@/utils/handoff/age-keys';
import { thrown } from './fixtures';

const keys = await generateRecipientKeyPair(new Date('2025-03-04T10:00:00.123Z'));
const identity = keys.identityFile.split('\n')[2] ?? '';
const postQuantum = await identityToRecipient(await generateHybridIdentity());

/** Changes one data character of a Bech32 string, keeping it well-formed but breaking its checksum. */
function typo(bech32: string): string {
  const at = bech32.length - 10;
  return bech32.slice(0, at) + (bech32[at] === 'q' ? 'p' : 'q') + bech32.slice(at + 1);
}

describe('generateRecipientKeyPair', () => {
  it('writes an age-keygen style identity file for an X25519 recipient', async () => {
    expect(keys.identityFile).toMatch(/^# created: 2025-03-04T10:00:00Z\n# public key: age1[02-9ac-hj-np-z]{58}\nAGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}\n$/);
    expect(keys.identityFile).toContain(`# public key: ${keys.recipient}\n`);
    expect(keys.recipient).toMatch(X25519_RECIPIENT);
    expect(await identityToRecipient(identity)).toBe(keys.recipient);
  });

  it('makes a new key every time', async () => {
    expect((await generateRecipientKeyPair()).recipient).not.toBe(keys.recipient);
  });
});

describe('parseRecipient', () => {
  it('accepts an X25519 public key, trimmed', () => {
    expect(parseRecipient(`  ${keys.recipient}\n`)).toBe(keys.recipient);
  });

  it.each([
    ['an SSH key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl user@host', 'unsupported-recipient', 'SSH'],
    ['a post-quantum recipient', postQuantum, 'unsupported-recipient', 'post-quantum'],
    ['a tag recipient', 'age1tag1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq', 'unsupported-recipient', 'tag'],
    ['a plugin recipient', 'age1yubikey1qwvlvyyjqm9adf9ynh5zuuelr6h7mjx8wc2cdp2k4ewmd6ddmwmwxlzlyh6', 'unsupported-recipient', 'plugin recipient (age1yubikey)'],
    ['a key with a typo', typo(keys.recipient), 'invalid-recipient', 'checksum'],
    ['a key in capitals', keys.recipient.toUpperCase(), 'invalid-recipient', 'age1'],
    ['a cut key', keys.recipient.slice(0, -1), 'invalid-recipient', 'age1'],
    ['nothing', '', 'invalid-recipient', 'age1'],
    ['an identity pasted by mistake', identity, 'invalid-recipient', 'age1'],
  ])('refuses %s', (_case, text, kind, says) => {
    const error = thrown(() => parseRecipient(text));
    expect(error.kind).toBe(kind);
    expect(error.message).toContain(says);
    expect(error.message).not.toContain('AGE-SECRET-KEY-1');
  });
});

describe('parseIdentityFile', () => {
  it.each([
    ['age-keygen output', keys.identityFile, [identity]],
    ['Windows line ends and indentation', keys.identityFile.replaceAll('\n', '\r\n').replace(identity, `  ${identity}  `), [identity]],
    ['just the key line', identity, [identity]],
  ])('reads %s', (_case, text, identities) => {
    expect(parseIdentityFile(text)).toEqual(identities);
  });

  it('reads every identity of a file with several', async () => {
    const other = await generateRecipientKeyPair();
    const otherIdentity = other.identityFile.split('\n')[2];
    expect(parseIdentityFile(`${keys.identityFile}\n${other.identityFile}`)).toEqual([identity, otherIdentity]);
  });

  it.each([
    ['an empty file', '', 'invalid-identity', 'No identity found'],
    ['comments only', '# created: 2025-03-04T10:00:00Z\n# public key: age1…\n', 'invalid-identity', 'No identity found'],
    ['a public key instead', keys.recipient, 'invalid-identity', 'Line 1'],
    ['a damaged identity', `# comment\n${typo(identity)}`, 'invalid-identity', 'line 2'],
    ['a post-quantum identity', 'AGE-SECRET-KEY-PQ-1QQQQ', 'unsupported-identity', 'post-quantum'],
    ['a plugin identity', 'AGE-PLUGIN-YUBIKEY-1QQQQ', 'unsupported-identity', 'plugin'],
    ['an SSH private key', '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----', 'unsupported-identity', 'SSH'],
  ])('refuses %s without echoing it', (_case, text, kind, says) => {
    const error = thrown(() => parseIdentityFile(text));
    expect(error.kind).toBe(kind);
    expect(error.message).toContain(says);
    expect(error.message).not.toContain(identity.slice(16, 30));
  });
});
