import { describe, expect, it } from 'vitest';
import {
  audienceMatches,
  findingIdMatches,
  globMatches,
  isGlobPattern,
  patternSpecificity,
  scopeMatches,
} from '@/utils/policy/glob';

describe('globMatches', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abcd', false],
    ['abc', 'ab', false],
    ['', '', true],
    ['', 'a', false],
    ['*', '', true],
    ['*', 'anything at all', true],
    ['a*', 'a', true],
    ['a*c', 'abbbc', true],
    ['a*c', 'abbbd', false],
    ['*c', 'abc', true],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['a?c', 'abbc', false],
    ['??', 'ab', true],
    ['?', '😀', true],
    ['*a*b*', 'xxaxxbxx', true],
    ['*a*b*', 'xxbxxaxx', false],
    ['urn:opc:resource:consumer:*', 'urn:opc:resource:consumer::all', true],
    ['urn:opc:resource:consumer:*:all', 'urn:opc:resource:consumer:paas:stack::all', true],
    ['*::all', 'urn:opc:resource:consumer::all', true],
    ['*::all', 'urn:opc:resource:consumer::read', false],
    ['a.b', 'aXb', false],
    ['[ab]', '[ab]', true],
    ['[ab]', 'a', false],
    ['ABC', 'abc', false],
  ])('%j against %j → %s', (pattern, value, expected) => {
    expect(globMatches(pattern, value)).toBe(expected);
  });

  it('stays fast on patterns that make backtracking regexes explode', () => {
    const started = performance.now();
    expect(globMatches('*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('audience matching: scheme and host ignore case, the path does not', () => {
  it.each([
    ['https://*.integration.ocp.oraclecloud.com:443', 'https://ABC.Integration.OCP.oraclecloud.com:443', true],
    ['HTTPS://X.EXAMPLE', 'https://x.example', true],
    ['https://x.example/Path', 'https://X.EXAMPLE/Path', true],
    ['https://x.example/Path', 'https://x.example/path', false],
    ['https://*.analytics.ocp.oraclecloud.com', 'https://a.analytics.ocp.oraclecloud.com:443', false],
    ['https://*.analytics.ocp.oraclecloud.com*', 'https://a.analytics.ocp.oraclecloud.com:443', true],
    ['*', 'urn:opc:resource:scope:account', true],
    ['urn:opc:resource:scope:account', 'URN:OPC:RESOURCE:SCOPE:ACCOUNT', false],
    ['https://x.example', '  https://x.example  ', true],
  ])('%j against %j → %s', (pattern, audience, expected) => {
    expect(audienceMatches(pattern, audience)).toBe(expected);
  });
});

describe('scope and finding id matching ignore case', () => {
  it.each([
    ['urn:opc:resource:consumer::all', 'URN:OPC:Resource:Consumer::ALL', true],
    ['urn:opc:idm:*', 'urn:opc:idm:__myscopes__', true],
    ['/ic/api/*', '/IC/API/integration/v1', true],
    ['urn:opc:idm:role.*', 'urn:opc:idm:__myscopes__', false],
    ['urn:opc:resource:consumer::all', ' urn:opc:resource:consumer::all ', true],
  ])('scope %j against %j → %s', (pattern, scope, expected) => {
    expect(scopeMatches(pattern, scope)).toBe(expected);
  });

  it.each([
    ['OCG-SCOPE-00*', 'OCG-SCOPE-003', true],
    ['ocg-policy-00?', 'OCG-POLICY-002', true],
    ['OCG-POLICY-00?', 'OCG-POLICY-0021', false],
    ['OCG-SCOPE-003', 'OCG-SCOPE-004', false],
  ])('finding id %j against %j → %s', (pattern, id, expected) => {
    expect(findingIdMatches(pattern, id)).toBe(expected);
  });
});

describe('pattern specificity', () => {
  it('ranks an exact id above any glob, then by literal characters', () => {
    expect(isGlobPattern('OCG-SCOPE-001')).toBe(false);
    expect(isGlobPattern('OCG-*')).toBe(true);
    const ranked = ['*', 'OCG-*', 'OCG-SCOPE-00?', 'OCG-SCOPE-001'].sort((a, b) => patternSpecificity(b) - patternSpecificity(a));
    expect(ranked).toEqual(['OCG-SCOPE-001', 'OCG-SCOPE-00?', 'OCG-*', '*']);
  });
});
