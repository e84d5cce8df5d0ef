import { describe, expect, it } from 'vitest';
import { SCOPE_CATALOG } from '@/utils/scopes/catalog';
import { indexCatalog } from '@/utils/scopes/catalog-index';
import { normaliseAudience, normaliseScope } from '@/utils/scopes/normalise';
import { catalogSchema, type Catalog } from '@/utils/scopes/preset-schema';
import { editedCopy } from '../edited-copy';

const problems = (catalog: unknown) => {
  const parsed = catalogSchema.safeParse(catalog);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};


describe('the scope catalog', () => {
  it('keeps its schema', () => {
    expect(problems(SCOPE_CATALOG)).toEqual([]);
  });

  it('knows the documented audiences and scopes', () => {
    expect(SCOPE_CATALOG.audiences.map((audience) => audience.template)).toEqual(expect.arrayContaining([
      'https://{instance}.integration.ocp.{realmDomain}:443',
      'https://{instance}.analytics.ocp.{realmDomain}',
      'urn:opc:resource:scope:account',
    ]));
    expect(SCOPE_CATALOG.scopes.map((entry) => entry.scope)).toEqual(expect.arrayContaining([
      '/ic/api/', 'urn:opc:resource:consumer::all', 'urn:opc:resource:consumer:paas::read', 'urn:opc:resource:consumer:paas:stack::all',
      'urn:opc:resource:consumer:paas:analytics::read', 'urn:opc:idm:__myscopes__', 'urn:opc:idm:role.{role}',
    ]));
  });

  it('grades the wide scopes high and names narrower ones for them', () => {
    for (const scope of ['urn:opc:resource:consumer::all', 'urn:opc:idm:__myscopes__']) {
      const entry = SCOPE_CATALOG.scopes.find((candidate) => candidate.scope === scope);
      expect(entry?.risk).toBe('high');
      expect(entry?.narrower?.length).toBeGreaterThan(0);
    }
  });

  it.each<[string, (catalog: Catalog) => void, string]>([
    ['a narrower scope the catalog lacks', (c) => { c.scopes[0]!.narrower = [{ kind: 'integration', scopes: ['/ic/api/v9/'] }]; }, 'is not a scope of the catalog'],
    ['a narrower alternative for an unknown kind', (c) => { c.scopes[0]!.narrower = [{ kind: 'database', scopes: ['/ic/api/'] }]; }, 'no audience has the kind "database"'],
    ['a scope narrower than itself', (c) => { c.scopes[0]!.narrower = [{ kind: 'any', scopes: [c.scopes[0]!.scope] }]; }, 'cannot be narrower than itself'],
    ['a scope listed twice', (c) => { c.scopes.push({ ...c.scopes[1]!, scope: c.scopes[1]!.scope.toUpperCase() }); }, 'appears more than once'],
    ['an audience id listed twice', (c) => { c.audiences.push({ ...c.audiences[0]!, template: 'https://{instance}.x.{realmDomain}' }); }, 'audience id "oracle-integration" appears more than once'],
    ['an unknown placeholder', (c) => { c.audiences[0]!.template = 'https://{tenant}.integration.ocp.oraclecloud.com'; }, '{tenant} is not a placeholder'],
    ['a space in a template', (c) => { c.scopes[1]!.scope = '/ic/ api/'; }, 'must not contain spaces'],
    ['an unknown risk grade', (c) => { (c.scopes[1] as { risk: string }).risk = 'severe'; }, 'risk'],
    ['a version that is not a date', (c) => { c.version = 'v2'; }, 'version'],
  ])('rejects %s', (_label, edit, message) => {
    expect(problems(editedCopy<Catalog>(SCOPE_CATALOG, edit)).join('\n')).toContain(message);
  });
});

describe('catalog lookups', () => {
  const index = indexCatalog(SCOPE_CATALOG);

  it.each<[string, string | undefined, Record<string, string>?]>([
    ['https://abc-x-ia.integration.ocp.oraclecloud.com:443', 'oracle-integration', { instance: 'abc-x-ia', realmDomain: 'oraclecloud.com' }],
    ['https://ABC.integration.ocp.oraclegovcloud.com/', 'oracle-integration', { instance: 'abc', realmDomain: 'oraclegovcloud.com' }],
    ['https://orders.integration.eu-frankfurt-2.ocp.oraclecloud.eu', 'oracle-integration-3', { instance: 'orders', region: 'eu-frankfurt-2', realmDomain: 'oraclecloud.eu' }],
    ['https://myoac.analytics.ocp.oraclecloud.com', 'oracle-analytics-cloud', { instance: 'myoac', realmDomain: 'oraclecloud.com' }],
    ['urn:opc:resource:scope:account', 'account', {}],
    ['https://abc.integration.ocp.example.com', undefined],
    ['https://a.b.integration.ocp.oraclecloud.com', undefined],
    ['https://abc.integration.ocp.oraclecloud.com:8443', undefined],
  ])('%s is %s', (audience, id, values) => {
    const match = index.audience(normaliseAudience(audience));
    expect(match?.entry.id).toBe(id);
    if (values) expect(match?.values).toEqual(values);
  });

  it.each<[string, string | undefined]>([
    ['/ic/api/', '/ic/api/'],
    ['/IC/API', '/ic/api/'],
    ['urn:opc:idm:role.User%20Administrator', 'urn:opc:idm:role.{role}'],
    ['urn:opc:idm:role.', undefined],
    ['urn:opc:resource:consumer:paas::all', undefined],
  ])('scope %s is %s', (scope, known) => {
    expect(index.scope(normaliseScope(scope))?.scope).toBe(known);
  });

  it('is built once per catalog', () => {
    expect(indexCatalog(SCOPE_CATALOG)).toBe(index);
  });
});
