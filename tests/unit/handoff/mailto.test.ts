import { describe, expect, it } from 'vitest';
import { generateRecipientKeyPair } from '@/utils/handoff/age-keys';
import { HandoffError } from '@/utils/handoff/errors';
import { MAILTO_SAFE_LENGTH, composeHandoffEmail, type HandoffEmailInput } from '@/utils/handoff/mailto';
import { buildHandoffDocument } from '@/utils/handoff/package';
import { sealHandoffPackage } from '@/utils/handoff/seal';
import { OIC_AUDIENCE, exampleInput } from './fixtures';

const keys = await generateRecipientKeyPair();

/** A package whose credential has `pairCount` pairs; the one-pair package is as small as a real one gets. */
async function armoredPackage(pairCount: number): Promise<string> {
  const input = exampleInput();
  if (pairCount === 1) {
    Object.assign(input.credential, { name: 'oic', description: '', identityDomain: undefined });
    input.note = undefined;
  }
  input.credential.pairs = Array.from({ length: pairCount }, (_, i) => ({ audience: OIC_AUDIENCE, scope: `/ic/api/v${i}/` }));
  return (await sealHandoffPackage(buildHandoffDocument(input), { recipients: [keys.recipient] })).armored;
}

function decoded(url: string): { to: string; subject: string; body: string } {
  const [address = '', query = ''] = url.replace(/^mailto:/, '').split('?');
  const fields = new Map(query.split('&').map((field) => field.split('=').map(decodeURIComponent) as [string, string]));
  return { to: decodeURIComponent(address), subject: fields.get('subject') ?? '', body: fields.get('body') ?? '' };
}

const small = await armoredPackage(1);
const large = await armoredPackage(10);

function email(overrides: Partial<HandoffEmailInput> = {}) {
  return composeHandoffEmail({ credentialName: 'oic-nightly-sync', armoredPackage: small, fileName: 'oic-nightly-sync.age', protection: 'passphrase', ...overrides });
}

describe('composeHandoffEmail', () => {
  it('puts a one-pair package in the body, with instructions and word that the passphrase comes separately', () => {
    const result = email({ to: 'alice@example.com' });
    expect(result.packageInBody).toBe(true);
    expect(result.attachFileName).toBeUndefined();
    expect(result.url.length).toBeLessThanOrEqual(MAILTO_SAFE_LENGTH);
    expect(result.url.startsWith('mailto:alice@example.com?subject=')).toBe(true);
    const { to, subject, body } = decoded(result.url);
    expect(to).toBe('alice@example.com');
    expect(subject).toBe('OAuth 2.0 client credential "oic-nightly-sync" (encrypted)');
    expect(body).toContain(small.trimEnd().replaceAll('\n', '\r\n'));
    expect(body).toContain('age -d oic-nightly-sync.age | jq');
    expect(body).toContain('The passphrase comes separately, never by email.');
  });

  it('falls back to "attach the file" when the URL would pass the safe length', () => {
    expect(large.length).toBeGreaterThan(MAILTO_SAFE_LENGTH);
    const result = email({ armoredPackage: large });
    expect(result).toMatchObject({ packageInBody: false, attachFileName: 'oic-nightly-sync.age' });
    expect(result.url.length).toBeLessThanOrEqual(MAILTO_SAFE_LENGTH);
    const { body } = decoded(result.url);
    expect(body).not.toContain('BEGIN AGE ENCRYPTED FILE');
    expect(body).toContain('OAuth 2.0 client credential "oic-nightly-sync", encrypted with age (age-encryption.org), attached as oic-nightly-sync.age.');
    expect(body).toContain('run: age -d oic-nightly-sync.age | jq');
  });

  it('decides on the length of the whole URL', () => {
    const inline = email();
    expect(email({ maxLength: inline.url.length }).packageInBody).toBe(true);
    expect(email({ maxLength: inline.url.length - 1 }).packageInBody).toBe(false);
  });

  it('tells a key recipient to use their identity file', () => {
    const { body } = decoded(email({ protection: 'recipient-key' }).url);
    expect(body).toContain('age -d -i your-identity.txt oic-nightly-sync.age | jq');
    expect(body).toContain('identity file you saved');
    expect(body).not.toContain('passphrase');
  });

  it('keeps line breaks and controls of a credential name out of the subject', () => {
    const result = email({ credentialName: 'evil\r\nBcc: mallory@example.com\u202e' });
    expect(result.url).not.toMatch(/[\r\n]/);
    expect(decoded(result.url).subject).toBe('OAuth 2.0 client credential "evil Bcc: mallory@example.com" (encrypted)');
  });

  // Found by tests/unit/properties/handoff.test.ts: encodeURIComponent threw a URIError on these.
  it('writes a credential name with a lone surrogate (possible in page text) with U+FFFD instead of failing', () => {
    const result = email({ credentialName: 'oic-\ud800-sync' });
    expect(decoded(result.url).subject).toBe('OAuth 2.0 client credential "oic-\ufffd-sync" (encrypted)');
  });

  it.each(['alice', 'alice@example', 'a b@example.com', 'alice@example.com?cc=eve@example.com', 'alice\udc00@example.com'])('refuses the address %j', (to) => {
    expect(() => email({ to })).toThrow(HandoffError);
  });
});
