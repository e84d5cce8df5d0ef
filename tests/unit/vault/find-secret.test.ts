import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSecretIn } from './find-secret';

const SECRET = 'i7BKNOG:1z1A)bqaY(]F';
const utf8 = Buffer.from(SECRET, 'utf8');
const utf16le = Buffer.from(SECRET, 'utf16le');

describe('findSecretIn', () => {
  it.each([
    ['plain text inside a longer string', { log: `token=${SECRET}; done` }, 'text'],
    ['UTF-8 bytes as a number array', { bytes: [...Buffer.concat([Buffer.from('xx'), utf8])] }, 'text'],
    ['UTF-8 bytes as a Uint8Array', { bytes: new Uint8Array(utf8) }, 'text'],
    ['a typed array serialised by JSON', JSON.parse(JSON.stringify({ bytes: new Uint8Array(utf8) })), 'text'],
    ['UTF-16LE bytes', { bytes: [...utf16le] }, 'utf-16le bytes'],
    ['UTF-16LE packed into a string', { s: utf16le.toString('latin1') }, 'utf-16le bytes'],
    ['base64 at offset 0', { b: utf8.toString('base64') }, 'utf-8 base64 (offset 0)'],
    ['base64 at offset 1', { b: Buffer.concat([Buffer.from('a'), utf8]).toString('base64') }, 'utf-8 base64 (offset 1)'],
    ['base64 at offset 2', { b: Buffer.concat([Buffer.from('ab'), utf8, Buffer.from('tail')]).toString('base64') }, 'utf-8 base64 (offset 2)'],
    ['base64 of UTF-16LE', { b: utf16le.toString('base64') }, 'utf-16le base64 (offset 0)'],
    ['lower-case hex', { h: utf8.toString('hex') }, 'utf-8 hex'],
    ['upper-case hex', { h: utf8.toString('hex').toUpperCase() }, 'utf-8 hex'],
    ['encodeURIComponent', { url: `https://x.test/?s=${encodeURIComponent(SECRET)}` }, 'URL-encoded (encodeURIComponent)'],
    ['form encoding', { body: new URLSearchParams({ secret: SECRET }).toString() }, 'URL-encoded (form)'],
    ['lower-case percent escapes', { url: encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()) }, 'URL-encoded (encodeURIComponent, lower-case escapes)'],
    ['an object key', { [SECRET]: 1 }, 'text'],
  ])('finds the secret as %s', (_label, dump, encoding) => {
    expect(findSecretIn(dump, SECRET).map((sighting) => sighting.encoding)).toContain(encoding);
  });

  it('reports where it found the secret', () => {
    expect(findSecretIn({ local: { 'vault.item.a': { note: SECRET } } }, SECRET)).toContainEqual({
      encoding: 'text',
      path: '$["local"]["vault.item.a"]["note"]',
    });
  });

  it('finds nothing in a dump that holds only ciphertext and facts', () => {
    const dump = {
      local: { 'vault.item.a': { sealed: '-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3JnL3Yx\n-----END AGE ENCRYPTED FILE-----\n', name: 'ci-deploy' } },
      session: { 'vault.identity': { recipient: 'age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq' } },
      console: ['captured ci-deploy'],
    };
    expect(findSecretIn(dump, SECRET)).toEqual([]);
  });

  it('finds base64 of the secret embedded at any position in longer data', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.uint8Array({ maxLength: 40 }), (before, after) => {
        const data = Buffer.concat([before, utf8, after]);
        return findSecretIn({ b64: data.toString('base64'), b64url: data.toString('base64url') }, SECRET).length >= 2;
      }),
    );
  });

  it('refuses secrets too short to search without false alarms', () => {
    expect(() => findSecretIn({}, 'abc')).toThrow(/at least 8 characters/);
  });
});
