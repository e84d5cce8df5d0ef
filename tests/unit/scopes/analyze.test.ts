import { describe, expect, it } from 'vitest';
import type { CredentialDraft, Finding, ScopePair } from '@/utils/findings/finding';
import { analyze, type AnalyzeContext } from '@/utils/scopes/analyze';
import { SCOPE_CATALOG } from '@/utils/scopes/catalog';

const OIC = 'https://myoic-abcdefgh1234-ia.integration.ocp.oraclecloud.com:443';
const OIC_OTHER = 'https://ordersoic-abcdefgh1234-ia.integration.ocp.oraclecloud.com:443';
const OIC3 = 'https://orders.integration.us-ashburn-1.ocp.oraclecloud.com:443';
const OAC = 'https://myoac-abcdefgh1234-ia.analytics.ocp.oraclecloud.com';
const ACCOUNT = 'urn:opc:resource:scope:account';
const ALL = 'urn:opc:resource:consumer::all';
const MYSCOPES = 'urn:opc:idm:__myscopes__';

const context: AnalyzeContext = { catalog: SCOPE_CATALOG, realm: 'oc1' };

function draftOf(pairs: [string, string][], name = 'oic-orders-sync', description = 'Orders sync job, owned by the integration team'): CredentialDraft {
  return { name, description, pairs: pairs.map(([audience, scope]): ScopePair => ({ audience, scope })) };
}

/** Findings of one rule, as `id@where` so a table reads at a glance. */
function hits(findings: Finding[], id: string): string[] {
  return findings.filter((finding) => finding.id === id).map((finding) => {
    const at = finding.location;
    return at.kind === 'pair' ? `${at.field}#${at.index}` : at.kind;
  });
}

type Case = [label: string, pairs: [string, string][], expected: string[]];

function ruleTable(id: string, cases: Case[], ctx: AnalyzeContext = context) {
  describe(id, () => {
    it.each(cases)('%s', (_label, pairs, expected) => {
      expect(hits(analyze(draftOf(pairs), ctx), id)).toEqual(expected);
    });
  });
}

describe('a clean least-privilege draft', () => {
  it.each<[string, [string, string][]]>([
    ['Oracle Integration REST API', [[OIC, '/ic/api/']]],
    ['Oracle Integration 3 REST API', [[OIC3, '/ic/api/']]],
    ['Oracle Analytics Cloud read', [[OAC, 'urn:opc:resource:consumer:paas:analytics::read']]],
    ['account analytics read', [[ACCOUNT, 'urn:opc:resource:consumer:paas:analytics::read']]],
    ['a role scope', [[ACCOUNT, 'urn:opc:idm:role.User%20Administrator']]],
    ['two scopes on one instance', [[OAC, 'urn:opc:resource:consumer:paas:analytics::read'], [OAC, 'urn:opc:resource:consumer:paas::read']]],
  ])('%s has no findings', (_label, pairs) => {
    expect(analyze(draftOf(pairs), context)).toEqual([]);
  });
});

ruleTable('OCG-SCOPE-001', [
  ['empty audience', [['', '/ic/api/']], ['audience#0']],
  ['empty scope', [[OIC, '']], ['scope#0']],
  ['the only row blank', [['', '']], ['pair#0']],
  ['a blank extra row', [[OIC, '/ic/api/'], ['  ', '']], ['pair#1']],
  ['spaces only count as empty', [[' ', '/ic/api/']], ['audience#0']],
  ['false positive: both filled', [[OIC, '/ic/api/']], []],
]);

ruleTable('OCG-SCOPE-002', [
  ['http', [['http://myoic.integration.ocp.oraclecloud.com', '/ic/api/']], ['audience#0']],
  ['bare host', [['myoic.integration.ocp.oraclecloud.com:443', '/ic/api/']], ['audience#0']],
  ['not a URL', [['orders integration', '/ic/api/']], ['audience#0']],
  ['unknown URN', [['urn:opc:resource:scope:tenancy', ALL]], ['audience#0']],
  ['https with nothing after it', [['https://', '/ic/api/']], ['audience#0']],
  ['false positive: unknown https service', [['https://api.example.com', 'read']], []],
  ['false positive: upper-case scheme and host', [['HTTPS://MYOIC-ABCDEFGH1234-IA.INTEGRATION.OCP.ORACLECLOUD.COM:443', '/ic/api/']], []],
  ['false positive: account URN in capitals', [['URN:OPC:RESOURCE:SCOPE:ACCOUNT', 'urn:opc:resource:consumer:paas::read']], []],
  ['false positive: placeholder is reported as such', [['https://{instance}.integration.ocp.oraclecloud.com:443', '/ic/api/']], []],
]);

const eleven: [string, string][] = Array.from({ length: 11 }, (_, i) => [`https://svc${i}.example.com`, '/read']);
ruleTable('OCG-SCOPE-003', [
  ['11 pairs', eleven, ['pair#10']],
  ['false positive: 10 pairs', eleven.slice(0, 10), []],
  ['false positive: 10 pairs and a blank row', [...eleven.slice(0, 10), ['', '']], []],
]);

ruleTable('OCG-SCOPE-004', [
  ['with another scope on the same audience', [[OIC, ALL], [OIC, '/ic/api/']], ['scope#0']],
  ['with another audience', [[OAC, ALL], [OIC, '/ic/api/']], ['scope#0']],
  ['twice on two audiences', [[OAC, ALL], [OIC, ALL]], ['scope#0', 'scope#1']],
  ['false positive: alone', [[OIC, ALL]], []],
  ['false positive: with a blank row', [[OIC, ALL], ['', '']], []],
  ['false positive: with its own repeat', [[OIC, ALL], [`${OIC}/`, ALL]], []],
]);

ruleTable('OCG-SCOPE-005', [
  ['space inside the scope', [[OIC, '/ic/ api/']], ['scope#0']],
  ['tab inside the audience', [[`${OIC}\t`.replace('.ocp', '\t.ocp'), '/ic/api/']], ['audience#0']],
  ['zero-width space', [[OIC, '/ic/api/\u200b']], ['scope#0']],
  ['non-breaking space', [[OIC, '/ic/\u00a0api/']], ['scope#0']],
  ['control character', [[OIC, '/ic/api/\u0007']], ['scope#0']],
  ['false positive: spaces around the value', [[`  ${OIC} `, ' /ic/api/ ']], []],
]);

ruleTable('OCG-SCOPE-006', [
  ['consumer::all on Oracle Integration', [[OIC, ALL]], ['scope#0']],
  ['consumer::all on Oracle Analytics Cloud', [[OAC, ALL]], ['scope#0']],
  ['consumer::all on the account audience', [[ACCOUNT, ALL]], ['scope#0']],
  ['__myscopes__', [[ACCOUNT, MYSCOPES]], ['scope#0']],
  ['consumer::all in capitals', [[OIC, ALL.toUpperCase()]], ['scope#0']],
  ['a wildcard on a known service', [[OIC, '/ic/*']], ['scope#0']],
  ['false positive: consumer::all on an unknown service', [['https://api.example.com', ALL]], []],
  ['false positive: the narrow scope', [[OIC, '/ic/api/']], []],
  ['false positive: stack::all is itself narrow', [[ACCOUNT, 'urn:opc:resource:consumer:paas:stack::all']], []],
  ['false positive: a wildcard on an unknown service', [['https://api.example.com', 'read:*']], []],
]);

describe('OCG-SCOPE-007', () => {
  it.each<[string, AnalyzeContext, string, string[]]>([
    ['gov audience from a commercial Console', context, 'https://myoic.integration.ocp.oraclegovcloud.com:443', ['audience#0']],
    ['commercial audience from OC19', { catalog: SCOPE_CATALOG, realm: 'oc19' }, OIC, ['audience#0']],
    ['commercial audience from oraclecloud8.com', { catalog: SCOPE_CATALOG, realmDomain: 'oraclecloud8.com' }, OIC, ['audience#0']],
    ['oraclecloud8.com is not oraclecloud.com', context, 'https://x.integration.ocp.oraclecloud8.com:443', ['audience#0']],
    ['false positive: same realm', context, OIC, []],
    ['false positive: OC2 and OC3 share a domain', { catalog: SCOPE_CATALOG, realm: 'oc3' }, 'https://x.integration.ocp.oraclegovcloud.com:443', []],
    ['false positive: a host outside every realm', context, 'https://api.example.com', []],
    ['false positive: a lookalike host', context, 'https://oraclegovcloud.com.example.net', []],
    ['false positive: a host that only ends in the same letters', { catalog: SCOPE_CATALOG, realm: 'oc19' }, 'https://api.notoraclecloud.com', []],
    ['false positive: Console realm unknown', { catalog: SCOPE_CATALOG, realm: 'oc99' }, 'https://x.integration.ocp.oraclegovcloud.com:443', []],
    ['false positive: no realm given', { catalog: SCOPE_CATALOG }, 'https://x.integration.ocp.oraclegovcloud.com:443', []],
  ])('%s', (_label, ctx, audience, expected) => {
    expect(hits(analyze(draftOf([[audience, '/ic/api/']]), ctx), 'OCG-SCOPE-007')).toEqual(expected);
  });
});

ruleTable('OCG-SCOPE-008', [
  ['exact repeat', [[OIC, '/ic/api/'], [OIC, '/ic/api/']], ['pair#1']],
  ['repeat with :443 dropped and a trailing slash', [[OIC, '/ic/api/'], ['https://myoic-abcdefgh1234-ia.integration.ocp.oraclecloud.com/', '/ic/api']], ['pair#1']],
  ['repeat in other case', [[OAC, 'urn:opc:resource:consumer:paas::read'], [OAC.toUpperCase(), 'URN:OPC:RESOURCE:CONSUMER:PAAS::READ']], ['pair#1']],
  ['three times', [[OIC, '/ic/api/'], [OIC, '/ic/api/'], [OIC, '/ic/api/']], ['pair#1', 'pair#2']],
  ['false positive: same audience, other scope', [[OAC, 'urn:opc:resource:consumer:paas::read'], [OAC, 'urn:opc:resource:consumer:paas:analytics::read']], []],
  ['false positive: other port', [['https://api.example.com:8443', 'read'], ['https://api.example.com', 'read']], []],
  ['false positive: two blank rows', [[OIC, '/ic/api/'], ['', ''], ['', '']], []],
]);

ruleTable('OCG-SCOPE-009', [
  ['two services', [[OIC, '/ic/api/'], [OAC, 'urn:opc:resource:consumer:paas:analytics::read']], ['draft']],
  ['two instances of one service', [[OIC, '/ic/api/'], [OIC_OTHER, '/ic/api/']], ['draft']],
  ['an instance and the account audience', [[OAC, 'urn:opc:resource:consumer:paas:analytics::read'], [ACCOUNT, 'urn:opc:resource:consumer:paas::read']], ['draft']],
  ['false positive: one instance, written two ways', [[OAC, 'urn:opc:resource:consumer:paas::read'], [`${OAC}:443/`, 'urn:opc:resource:consumer:paas:analytics::read']], []],
  ['false positive: one audience and a broken one', [[OIC, '/ic/api/'], ['http//nope', '/ic/api/']], []],
]);

ruleTable('OCG-SCOPE-010', [
  ['{instance} left in', [['https://{instance}.integration.ocp.oraclecloud.com:443', '/ic/api/']], ['audience#0']],
  ['<id> left in', [['https://<id>.integration.ocp.oraclecloud.com:443', '/ic/api/']], ['audience#0']],
  ['empty instance label', [['https://.integration.ocp.oraclecloud.com:443', '/ic/api/']], ['audience#0']],
  ['instance part dropped', [['https://integration.ocp.oraclecloud.com:443', '/ic/api/']], ['audience#0']],
  ['the word instance', [['https://instance.integration.ocp.oraclecloud.com:443', '/ic/api/']], ['audience#0']],
  ["Oracle's own example name", [['https://NameOfServiceInstance.integration.us-ashburn-1.ocp.oraclecloud.com', '/ic/api/']], ['audience#0']],
  ['the word region', [['https://orders.integration.region.ocp.oraclecloud.com', '/ic/api/']], ['audience#0']],
  ['a role placeholder', [[ACCOUNT, 'urn:opc:idm:role.<name>']], ['scope#0']],
  ['false positive: a real instance', [[OIC, '/ic/api/']], []],
  ['false positive: an instance named like a word', [['https://instances-prod.integration.ocp.oraclecloud.com:443', '/ic/api/']], []],
  ['false positive: design-time host', [['https://design.integration.us-ashburn-1.ocp.oraclecloud.com', '/ic/api/']], []],
]);

ruleTable('OCG-SCOPE-011', [
  ['unknown scope', [[OIC, '/ic/api/v2/']], ['scope#0']],
  ['known scope on the wrong service', [[OAC, '/ic/api/']], ['scope#0']],
  ['wildcard on a known service is also unknown', [[OIC, '/ic/*']], ['scope#0']],
  ['false positive: scope known for any audience', [['https://api.example.com', 'urn:opc:resource:consumer:paas::read']], []],
  ['false positive: /ic/api/ without its slash', [[OIC, '/ic/api']], []],
  ['false positive: role scope', [[ACCOUNT, 'urn:opc:idm:role.Identity%20Domain%20Administrator']], []],
]);

describe('name and description', () => {
  it.each<[string, string[]]>([
    ['', ['name']],
    ['test', ['name']],
    ['Test 2', ['name']],
    ['cred1', ['name']],
    ['asdf', ['name']],
    ['asdfasdf', ['name']],
    ['new credential', ['name']],
    ['OAuth2 client', ['name']],
    ['xx', ['name']],
    ['x1', ['name']],
    ['12345', ['name']],
    ['oic', []],
    ['prod', []],
    ['oic-orders-sync', []],
    ['test-oic-orders', []],
    ['cred-payroll', []],
    ['Gehaltsabrechnung Export', []],
    ['キー連携', []],
  ])('name %j', (name, expected) => {
    expect(hits(analyze(draftOf([[OIC, '/ic/api/']], name), context), 'OCG-SCOPE-013')).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['', ['description']],
    ['   ', ['description']],
    ['Orders sync', []],
  ])('description %j', (description, expected) => {
    expect(hits(analyze(draftOf([[OIC, '/ic/api/']], 'oic-orders-sync', description), context), 'OCG-SCOPE-012')).toEqual(expected);
  });
});

describe('fixes', () => {
  const fixOf = (pairs: [string, string][], id: string) => analyze(draftOf(pairs), context).find((finding) => finding.id === id)?.fix;

  it.each<[string, [string, string][], string, unknown]>([
    ['consumer::all on Oracle Integration → /ic/api/', [[OIC, ALL]], 'OCG-SCOPE-006', { kind: 'set-scope', index: 0, scope: '/ic/api/', label: 'Use /ic/api/' }],
    ['consumer::all on Oracle Analytics Cloud → analytics read', [[OAC, ALL]], 'OCG-SCOPE-006',
      { kind: 'set-scope', index: 0, scope: 'urn:opc:resource:consumer:paas:analytics::read', label: 'Use urn:opc:resource:consumer:paas:analytics::read' }],
    ['__myscopes__: the narrower scope needs a role name, so no fix', [[ACCOUNT, MYSCOPES]], 'OCG-SCOPE-006', undefined],
    ['combined consumer::all → the narrower scope', [[OIC, ALL], [OAC, 'urn:opc:resource:consumer:paas::read']], 'OCG-SCOPE-004',
      { kind: 'set-scope', index: 0, scope: '/ic/api/', label: 'Use /ic/api/' }],
    ['http → https', [['http://api.example.com', 'read']], 'OCG-SCOPE-002', { kind: 'set-audience', index: 0, audience: 'https://api.example.com', label: 'Use https://api.example.com' }],
    ['not a URL: nothing to offer', [['orders integration', 'read']], 'OCG-SCOPE-002', undefined],
    ['no https:// in front → added', [['api.example.com', 'read']], 'OCG-SCOPE-002', { kind: 'set-audience', index: 0, audience: 'https://api.example.com', label: 'Use https://api.example.com' }],
    // A URL reads a host ending in a number as IPv4: https://A.0 is no address, so adding https:// fixes nothing.
    ['no valid host even with https://: nothing to offer', [['A.0', 'read']], 'OCG-SCOPE-002', undefined],
    ['http:// with no valid host: nothing to offer', [['http://a.0', 'read']], 'OCG-SCOPE-002', undefined],
    ['hidden character removed', [[OIC, '/ic/\u200bapi/']], 'OCG-SCOPE-005', { kind: 'set-scope', index: 0, scope: '/ic/api/', label: 'Remove the hidden characters' }],
    ['role name space → %20', [[ACCOUNT, 'urn:opc:idm:role.User Administrator']], 'OCG-SCOPE-005',
      { kind: 'set-scope', index: 0, scope: 'urn:opc:idm:role.User%20Administrator', label: 'Write the spaces as %20' }],
    ['duplicate removed', [[OIC, '/ic/api/'], [OIC, '/ic/api/']], 'OCG-SCOPE-008', { kind: 'remove-pair', index: 1, label: 'Remove pair 2' }],
    ['blank row removed', [[OIC, '/ic/api/'], ['', '']], 'OCG-SCOPE-001', { kind: 'remove-pair', index: 1, label: 'Remove pair 2' }],
    ['the only blank row stays', [['', '']], 'OCG-SCOPE-001', undefined],
  ])('%s', (_label, pairs, id, fix) => {
    expect(fixOf(pairs, id)).toEqual(fix);
  });

  it('applying the broad-scope fix clears the finding', () => {
    const draft = draftOf([[OIC, ALL]]);
    const fix = analyze(draft, context).find((finding) => finding.id === 'OCG-SCOPE-006')?.fix;
    expect(fix?.kind).toBe('set-scope');
    const fixed = draftOf([[OIC, fix?.kind === 'set-scope' ? fix.scope : '']]);
    expect(analyze(fixed, context)).toEqual([]);
  });
});

describe('findings list', () => {
  const messy = draftOf(
    [[OIC, ALL], ['', ''], ['http://api.example.com', 'read'], [OIC, ALL], [OAC, MYSCOPES]],
    'test',
    '',
  );

  it('is sorted by severity, then location, then id', () => {
    const order = analyze(messy, context).map((finding) => `${finding.severity} ${finding.id} ${JSON.stringify(finding.location)}`);
    expect(order).toEqual([
      'error OCG-SCOPE-004 {"kind":"pair","index":0,"field":"scope"}',
      'error OCG-SCOPE-001 {"kind":"pair","index":1,"field":"pair"}',
      'error OCG-SCOPE-002 {"kind":"pair","index":2,"field":"audience"}',
      'error OCG-SCOPE-004 {"kind":"pair","index":3,"field":"scope"}',
      'security_warning OCG-SCOPE-006 {"kind":"pair","index":0,"field":"scope"}',
      'security_warning OCG-SCOPE-006 {"kind":"pair","index":3,"field":"scope"}',
      'security_warning OCG-SCOPE-006 {"kind":"pair","index":4,"field":"scope"}',
      'warning OCG-SCOPE-009 {"kind":"draft"}',
      'warning OCG-SCOPE-008 {"kind":"pair","index":3,"field":"pair"}',
      'suggestion OCG-SCOPE-013 {"kind":"name"}',
      'suggestion OCG-SCOPE-012 {"kind":"description"}',
      'suggestion OCG-SCOPE-011 {"kind":"pair","index":2,"field":"scope"}',
    ]);
  });

  it('is the same for the same draft, run after run', () => {
    const first = analyze(messy, context);
    expect(analyze(structuredClone(messy), context)).toEqual(first);
    expect(analyze(messy, { ...context })).toEqual(first);
  });

  it('has no two findings of one rule at one place', () => {
    const keys = analyze(messy, context).map((finding) => `${finding.id} ${JSON.stringify(finding.location)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('leaves the draft untouched', () => {
    const copy = structuredClone(messy);
    analyze(messy, context);
    expect(messy).toEqual(copy);
  });

  it('asks for a pair when there is none', () => {
    expect(hits(analyze(draftOf([]), context), 'OCG-SCOPE-001')).toEqual(['draft']);
  });

  it('gives every finding its rule grade and a learn-more link', () => {
    for (const finding of analyze(messy, context)) {
      expect(finding.learnMore).toMatch(/^https:\/\/docs\.oracle\.com\//);
      expect(finding.title.length).toBeGreaterThan(0);
      expect(finding.detail.length).toBeGreaterThan(0);
    }
  });
});

describe('cost', () => {
  it('analyses a 10-pair draft well under a millisecond', () => {
    const audiences = [OIC, OIC3, OAC, ACCOUNT, 'https://api.example.com', 'http://x.example.com', 'https://{instance}.analytics.ocp.oraclecloud.com'];
    const scopes = [ALL, '/ic/api/', MYSCOPES, 'urn:opc:resource:consumer:paas::read', '/ic/ api/', 'urn:opc:idm:role.User%20Administrator'];
    const draft = draftOf(Array.from({ length: 10 }, (_, i): [string, string] => [audiences[i % audiences.length]!, scopes[i % scopes.length]!]), 'cred1', '');
    // Warm up (catalog index, JIT), then take the best of several batches: the machine may be busy.
    for (let i = 0; i < 200; i += 1) analyze(draft, context);
    const batches = Array.from({ length: 5 }, () => {
      const started = performance.now();
      for (let i = 0; i < 100; i += 1) analyze({ ...draft, name: `cred${i}` }, context);
      return (performance.now() - started) / 100;
    });
    const perRun = Math.min(...batches);
    expect(perRun).toBeLessThan(1);
  });
});
