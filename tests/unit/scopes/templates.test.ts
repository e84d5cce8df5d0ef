import { describe, expect, it } from 'vitest';
import { BUILT_IN_PRESETS } from '@/utils/scopes/presets';
import type { Preset } from '@/utils/scopes/preset-schema';
import { fillPreset, templateFields, type TemplateValues } from '@/utils/scopes/templates';
import { compileTemplate, describeTemplate, placeholdersIn, templateProblem } from '@/utils/scopes/template-syntax';
import { normaliseAudience } from '@/utils/scopes/normalise';

function preset(id: string): Preset {
  const found = BUILT_IN_PRESETS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}

const oic = preset('oic-rest-api');
const oic3 = preset('oic3-rest-api');
const oac = preset('oac-read');
const CONSOLE: TemplateValues = { region: 'us-ashburn-1', realmDomain: 'oraclecloud.com' };
const roleOnly: Preset = { id: 'one-role', title: 'One role', description: 'One identity domain role.', pairs: [{ audience: 'urn:opc:resource:scope:account', scope: 'urn:opc:idm:role.{role}' }] };

describe('template syntax', () => {
  it.each<[string, string | undefined]>([
    ['https://{instance}.integration.ocp.{realmDomain}:443', undefined],
    ['urn:opc:idm:role.{role}', undefined],
    ['https://{tenant}.example.com', '{tenant} is not a placeholder this extension knows: use {instance}, {region}, {realmDomain}, {role}'],
    ['https://{instance.example.com', 'a "{" or "}" must be part of a placeholder such as {instance}'],
    ['https://x.example.com/}', 'a "{" or "}" must be part of a placeholder such as {instance}'],
    ['/ic/ api/', 'must not contain spaces or control characters'],
  ])('%s', (template, problem) => expect(templateProblem(template)).toBe(problem));

  it('lists placeholders once, in order', () => {
    expect(placeholdersIn('https://{instance}.{region}.{instance}.{realmDomain}')).toEqual(['instance', 'region', 'realmDomain']);
  });

  it('reads templates for people', () => {
    expect(describeTemplate('https://{instance}.integration.ocp.{realmDomain}:443')).toBe('https://<instance>.integration.ocp.<realm domain>:443');
  });

  it('matches only whole values, with dots taken literally', () => {
    const { pattern } = compileTemplate('https://{instance}.integration.ocp.{realmDomain}:443', normaliseAudience);
    expect(pattern.test('https://abc.integration.ocp.oraclecloud.com')).toBe(true);
    expect(pattern.test('https://abcxintegration.ocp.oraclecloud.com')).toBe(false);
    expect(pattern.test('https://abc.integration.ocp.oraclecloud.com.evil.example')).toBe(false);
  });
});

describe('templateFields', () => {
  it.each<[string, Preset, string[]]>([
    ['Oracle Integration', oic, ['instance', 'realmDomain']],
    ['Oracle Integration 3', oic3, ['instance', 'region', 'realmDomain']],
    ['a role', roleOnly, ['role']],
    ['the account audience', preset('account-paas-read'), []],
  ])('%s asks for %j', (_label, source, keys) => {
    expect(templateFields(source).map((field) => field.key)).toEqual(keys);
  });

  it('marks what the Console can supply', () => {
    expect(templateFields(oic3).map((field) => [field.key, field.fromConsole])).toEqual([['instance', false], ['region', true], ['realmDomain', true]]);
  });
});

describe('fillPreset', () => {
  it.each<[string, Preset, TemplateValues, TemplateValues, string]>([
    ['an instance id', oic, { instance: 'myoic-abcdefgh1234-ia' }, CONSOLE, 'https://myoic-abcdefgh1234-ia.integration.ocp.oraclecloud.com:443'],
    ['an instance id in capitals, with spaces around', oic, { instance: '  MyOIC-1  ' }, CONSOLE, 'https://myoic-1.integration.ocp.oraclecloud.com:443'],
    ['a pasted instance URL', oic, { instance: 'https://myoic-abc-ia.integration.ocp.oraclecloud.com/ic/home/' }, CONSOLE, 'https://myoic-abc-ia.integration.ocp.oraclecloud.com:443'],
    ['a pasted URL without https://', oic, { instance: 'myoic-abc-ia.integration.ocp.oraclecloud.com' }, CONSOLE, 'https://myoic-abc-ia.integration.ocp.oraclecloud.com:443'],
    ['a pasted fully qualified scope', oic, { instance: 'https://myoic-abc-ia.integration.ocp.oraclecloud.com:443urn:opc:resource:consumer::all' }, CONSOLE, 'https://myoic-abc-ia.integration.ocp.oraclecloud.com:443'],
    ["a pasted URL's realm wins over the Console's", oic, { instance: 'https://gov-oic.integration.ocp.oraclegovcloud.com' }, CONSOLE, 'https://gov-oic.integration.ocp.oraclegovcloud.com:443'],
    ["a pasted URL's region wins over the Console's", oic3, { instance: 'https://orders.integration.us-phoenix-1.ocp.oraclecloud.com' }, CONSOLE, 'https://orders.integration.us-phoenix-1.ocp.oraclecloud.com:443'],
    ["the Console's region and realm domain", oic3, { instance: 'orders' }, CONSOLE, 'https://orders.integration.us-ashburn-1.ocp.oraclecloud.com:443'],
    ['a typed region over the Console\'s', oic3, { instance: 'orders', region: 'eu-frankfurt-1' }, CONSOLE, 'https://orders.integration.eu-frankfurt-1.ocp.oraclecloud.com:443'],
    ['an Analytics URL', oac, { instance: 'https://myoac-abc-ia.analytics.ocp.oraclecloud.com/ui/' }, CONSOLE, 'https://myoac-abc-ia.analytics.ocp.oraclecloud.com'],
  ])('%s', (_label, source, values, consoleValues, audience) => {
    const filled = fillPreset(source, values, consoleValues);
    expect(filled).toEqual({ ok: true, pairs: [{ audience, scope: source.pairs[0]!.scope }] });
  });

  it.each<[string, TemplateValues, string]>([
    ['User Administrator', { role: 'User Administrator' }, 'urn:opc:idm:role.User%20Administrator'],
    ['an encoded name', { role: 'User%20Administrator' }, 'urn:opc:idm:role.User%20Administrator'],
  ])('a role: %s', (_label, values, scope) => {
    expect(fillPreset(roleOnly, values)).toEqual({ ok: true, pairs: [{ audience: 'urn:opc:resource:scope:account', scope }] });
  });

  it('needs no values for a preset without placeholders', () => {
    const source = preset('account-paas-read');
    expect(fillPreset(source)).toEqual({ ok: true, pairs: source.pairs });
  });

  it.each<[string, Preset, TemplateValues, TemplateValues, [string, RegExp][]]>([
    ['nothing given', oic, {}, CONSOLE, [['instance', /Enter the instance/]]],
    ['no realm domain anywhere', oic, { instance: 'abc' }, {}, [['realmDomain', /Enter the realm domain/]]],
    ['brackets left in', oic, { instance: '<instance>' }, CONSOLE, [['instance', /letters, digits and hyphens only/]]],
    ['a leading hyphen', oic, { instance: '-abc' }, CONSOLE, [['instance', /cannot start or end with a hyphen/]]],
    ['too long', oic, { instance: 'a'.repeat(64) }, CONSOLE, [['instance', /at most 63 characters/]]],
    ['an Analytics URL for an Integration preset', oic, { instance: 'https://myoac.analytics.ocp.oraclecloud.com' }, CONSOLE,
      [['instance', /myoac\.analytics\.ocp\.oraclecloud\.com is not an address this preset is for: it needs https:\/\/<instance>\.integration\.ocp\.<realm domain>:443/]]],
    ['an http URL', oic, { instance: 'http://myoic.integration.ocp.oraclecloud.com' }, CONSOLE, [['instance', /starts with https/]]],
    ['a host outside every realm', oic, { instance: 'https://myoic.integration.ocp.example.com' }, CONSOLE, [['instance', /not an address this preset is for/]]],
    ['a typed region that the pasted URL contradicts', oic3, { instance: 'https://orders.integration.us-phoenix-1.ocp.oraclecloud.com', region: 'us-ashburn-1' }, CONSOLE,
      [['region', /pasted instance URL says region us-phoenix-1, not us-ashburn-1/]]],
    ['a region that is not one', oic3, { instance: 'orders', region: 'Ashburn' }, CONSOLE, [['region', /looks like us-ashburn-1/]]],
    ['an unknown realm domain', oic, { instance: 'abc', realmDomain: 'example.com' }, CONSOLE, [['realmDomain', /not a realm domain this extension knows/]]],
    ['two problems at once', oic3, { instance: '<x>', region: 'nowhere' }, CONSOLE, [['instance', /letters, digits/], ['region', /looks like/]]],
    // Found by tests/unit/properties/scopes.test.ts: encodeURIComponent threw a URIError here.
    ['a role name with a lone surrogate', roleOnly, { role: 'User\ud83d Administrator' }, {}, [['role', /is not a role name: it contains a broken character/]]],
  ])('refuses %s', (_label, source, values, consoleValues, expected) => {
    const filled = fillPreset(source, values, consoleValues);
    expect(filled.ok).toBe(false);
    const errors = filled.ok ? [] : filled.errors;
    expect(errors.map((error) => error.key)).toEqual(expected.map(([key]) => key));
    errors.forEach((error, index) => expect(error.message).toMatch(expected[index]![1]));
  });

  it('asks for an id, not a URL, when no audience holds the instance', () => {
    const scoped: Preset = { ...roleOnly, pairs: [{ audience: 'urn:opc:resource:scope:account', scope: 'urn:opc:idm:role.{instance}' }] };
    expect(fillPreset(scoped, { instance: 'https://x.example.com' })).toEqual({ ok: false, errors: [{ key: 'instance', message: 'This preset needs the instance id itself, not a URL.' }] });
  });

  it('does not take a role from the Console values: only region and realm domain come from there', () => {
    const filled = fillPreset(roleOnly, {}, { role: 'User Administrator' });
    expect(filled.ok).toBe(false);
  });
});
