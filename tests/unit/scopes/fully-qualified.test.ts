import { describe, expect, it } from 'vitest';
import { fullyQualifiedScope, splitFullyQualifiedScope } from '@/utils/scopes/fully-qualified';

const OIC = 'https://abc123.integration.ocp.oraclecloud.com:443';

describe('fully qualified scopes', () => {
  it.each([
    [`${OIC}urn:opc:resource:consumer::all`, { audience: OIC, scope: 'urn:opc:resource:consumer::all' }],
    [`${OIC}/ic/api/`, { audience: OIC, scope: '/ic/api/' }],
    ['https://x.analytics.ocp.oraclecloud.comurn:opc:resource:consumer::all', { audience: 'https://x.analytics.ocp.oraclecloud.com', scope: 'urn:opc:resource:consumer::all' }],
    ['  https://h.example/p  ', { audience: 'https://h.example', scope: '/p' }],
  ])('splits %s', (text, pair) => {
    expect(splitFullyQualifiedScope(text)).toEqual(pair);
    expect(fullyQualifiedScope(pair)).toBe(text.trim());
  });

  it.each(['', 'urn:opc:resource:consumer::all', 'https://only.host:443', 'not a scope', 'http:/x'])(
    'rejects %j',
    (text) => expect(splitFullyQualifiedScope(text)).toBeUndefined(),
  );
});
