import { describe, expect, it, vi } from 'vitest';
import { formatPolicyPath, parsePolicyDocument, validateLocalPolicy } from '@/utils/policy/validate';

describe('validateLocalPolicy: accepted documents', () => {
  it.each([
    ['an empty policy', '{}', {}],
    ['a version and enforcement', '{"schemaVersion": 1, "enforcement": "block"}', { schemaVersion: 1, enforcement: 'block' }],
    ['patterns', '{"allowedAudiences": ["https://*.integration.ocp.oraclecloud.com:443"], "deniedScopes": ["*::all"]}',
      { allowedAudiences: ['https://*.integration.ocp.oraclecloud.com:443'], deniedScopes: ['*::all'] }],
    ['a name rule', '{"credentialNamePattern": {"regex": "[a-z]+-(dev|prod)", "message": "team-env"}}',
      { credentialNamePattern: { regex: '[a-z]+-(dev|prod)', message: 'team-env' } }],
    ['vault and audit', '{"vault": {"itemTtlHours": 8, "handoffChannels": ["email"]}, "audit": {"enabled": false}}',
      { vault: { itemTtlHours: 8, handoffChannels: ['email'] }, audit: { enabled: false } }],
    ['realm overrides', '{"realmAvailability": {"oc1": {"available": true, "note": "SR 3-1"}}}',
      { realmAvailability: { oc1: { available: true, note: 'SR 3-1' } } }],
    ['overrides and exemptions', '{"severityOverrides": {"OCG-SCOPE-*": "warning", "OCG-POLICY-004": "off"}, "exemptions": [{"findingId": "OCG-POLICY-002", "justification": "SEC-1", "expires": "2026-12-31"}], "userMayExempt": ["OCG-SCOPE-00?"]}',
      { severityOverrides: { 'OCG-SCOPE-*': 'warning', 'OCG-POLICY-004': 'off' }, exemptions: [{ findingId: 'OCG-POLICY-002', justification: 'SEC-1', expires: '2026-12-31' }], userMayExempt: ['OCG-SCOPE-00?'] }],
  ])('%s', (_label, text, policy) => {
    expect(validateLocalPolicy(text)).toEqual({ ok: true, policy });
  });
});

describe('validateLocalPolicy: rejected documents name the exact place', () => {
  it.each([
    ['an empty text', '  \n', '', /empty/],
    ['not JSON (trailing comma)', '{\n  "enforcement": "block",\n}', '', /not valid JSON at line 3, column 1/],
    ['not JSON (garbage after)', '{"a": 1} x', '', /not valid JSON at line 1, column 10/],
    ['a list instead of an object', '[]', '', /JSON object/],
    ['null', 'null', '', /JSON object/],
    ['a misspelt field', '{"enforcment": "block"}', 'enforcment', /unknown field "enforcment"/],
    ['a misspelt vault field', '{"vault": {"ttl": 3}}', 'vault.ttl', /unknown field "ttl"/],
    ['an unknown enforcement', '{"enforcement": "Block"}', 'enforcement', /expected one of "off"\|"warn"\|"block"/],
    ['a newer schema version', '{"schemaVersion": 2}', 'schemaVersion', /schemaVersion 1/],
    ['a wrong type in a list', '{"deniedScopes": ["ok", 5]}', 'deniedScopes[1]', /expected string/],
    ['an empty pattern', '{"deniedScopes": [""]}', 'deniedScopes[0]', /cannot be empty/],
    ['a padded pattern', '{"allowedAudiences": [" https://x"]}', 'allowedAudiences[0]', /spaces/],
    ['too many pairs allowed', '{"maxPairsPerCredential": 11}', 'maxPairsPerCredential', /<=10/],
    ['a fractional TTL', '{"vault": {"itemTtlHours": 1.5}}', 'vault.itemTtlHours', /expected int/],
    ['a TTL too long', '{"vault": {"itemTtlHours": 721}}', 'vault.itemTtlHours', /<=720/],
    ['a weak passphrase minimum', '{"vault": {"minPassphraseBits": 20}}', 'vault.minPassphraseBits', />=40/],
    ['no handoff channel', '{"vault": {"handoffChannels": []}}', 'vault.handoffChannels', /at least one/],
    ['a repeated channel', '{"vault": {"handoffChannels": ["email", "email"]}}', 'vault.handoffChannels', /each channel once/],
    ['an unknown channel', '{"vault": {"handoffChannels": ["fax"]}}', 'vault.handoffChannels[0]', /expected one of/],
    ['a regex that does not compile', '{"credentialNamePattern": {"regex": "(unclosed", "message": "m"}}', 'credentialNamePattern.regex', /not a valid regular expression/],
    ['a name rule without a message', '{"credentialNamePattern": {"regex": "a+", "message": " "}}', 'credentialNamePattern.message', /say in words/],
    ['an upper-case realm key', '{"realmAvailability": {"OC1": {"available": true}}}', 'realmAvailability.OC1', /invalid key: a realm key/],
    ['an override without available', '{"realmAvailability": {"oc1": {"note": "x"}}}', 'realmAvailability.oc1.available', /expected boolean/],
    ['an unknown severity', '{"severityOverrides": {"OCG-SCOPE-001": "critical"}}', 'severityOverrides.OCG-SCOPE-001', /expected one of/],
    ['a finding pattern with spaces', '{"severityOverrides": {"OCG SCOPE": "off"}}', 'severityOverrides["OCG SCOPE"]', /finding id pattern/],
    ['an exemption without justification', '{"exemptions": [{"findingId": "OCG-POLICY-002", "justification": "  "}]}', 'exemptions[0].justification', /justification is required/],
    ['an exemption with a bad date', '{"exemptions": [{"findingId": "OCG-POLICY-002", "justification": "j", "expires": "31/12/2026"}]}', 'exemptions[0].expires', /YYYY-MM-DD/],
    ['an impossible date', '{"exemptions": [{"findingId": "OCG-POLICY-002", "justification": "j", "expires": "2026-02-30"}]}', 'exemptions[0].expires', /YYYY-MM-DD/],
  ])('%s', (_label, text, path, message) => {
    const result = validateLocalPolicy(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('reports every problem, not only the first', () => {
    const result = validateLocalPolicy('{"enforcement": "x", "vault": {"itemTtlHours": 0}, "extra": true}');
    expect(result.ok ? [] : result.errors.map((e) => e.path).sort()).toEqual(['enforcement', 'extra', 'vault.itemTtlHours']);
  });

  it.each([
    ['Firefox', 'JSON.parse: unexpected character at line 3 column 9 of the JSON data'],
    ['Chromium', "Unexpected token '}', is not valid JSON at position 12 (line 3 column 9)"],
  ])('takes the line and column stated in a %s message', (_browser, engineMessage) => {
    const parse = vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError(engineMessage);
    });
    try {
      const result = validateLocalPolicy('{\n\n   "a": }');
      expect(result.ok ? '' : result.errors[0]?.message).toMatch(/^not valid JSON at line 3, column 9: /);
    } finally {
      parse.mockRestore();
    }
  });
});

describe('parsePolicyDocument and paths', () => {
  it('accepts an already parsed object, as storage returns it', () => {
    expect(parsePolicyDocument({ enforcement: 'off' })).toEqual({ ok: true, policy: { enforcement: 'off' } });
  });

  it.each([
    [[], ''],
    [['vault', 'itemTtlHours'], 'vault.itemTtlHours'],
    [['deniedScopes', 2], 'deniedScopes[2]'],
    [['exemptions', 0, 'expires'], 'exemptions[0].expires'],
    [['severityOverrides', 'OCG-*'], 'severityOverrides.OCG-*'],
    [['severityOverrides', 'a.b'], 'severityOverrides["a.b"]'],
  ])('formats %j as %j', (path, text) => {
    expect(formatPolicyPath(path)).toBe(text);
  });
});
