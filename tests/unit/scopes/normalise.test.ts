import { describe, expect, it } from 'vitest';
import { hasInvisible, normaliseAudience, normaliseScope, removeInvisible } from '@/utils/scopes/normalise';

describe('normalising', () => {
  it.each([
    ['https://X.Integration.OCP.oraclecloud.com:443', 'https://x.integration.ocp.oraclecloud.com'],
    ['https://x.example.com:443/', 'https://x.example.com'],
    ['https://x.example.com/path//', 'https://x.example.com/path'],
    ['https://x.example.com:4430', 'https://x.example.com:4430'],
    ['https://x.example.com:8443', 'https://x.example.com:8443'],
    ['  URN:OPC:RESOURCE:SCOPE:ACCOUNT ', 'urn:opc:resource:scope:account'],
  ])('audience %s → %s', (audience, normalised) => expect(normaliseAudience(audience)).toBe(normalised));

  it.each([
    ['/ic/api/', '/ic/api'],
    ['/', '/'],
    ['URN:OPC:RESOURCE:CONSUMER::ALL', 'urn:opc:resource:consumer::all'],
  ])('scope %s → %s', (scope, normalised) => expect(normaliseScope(scope)).toBe(normalised));

  it.each([
    ['a b', true], ['a\tb', true], ['a\u00a0b', true], ['a\u200bb', true], ['a\u0000b', true], ['a\ufeffb', true], ['/ic/api/', false], ['User%20Administrator', false],
  ])('%j has invisible characters: %s', (text, expected) => {
    expect(hasInvisible(text)).toBe(expected);
    expect(hasInvisible(removeInvisible(text))).toBe(false);
  });
});
