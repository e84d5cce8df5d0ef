import { ORACLE_DOCS } from './oracle-docs';
import type { Catalog } from './preset-schema';

// The audiences and scopes the extension knows, what each lets a token do, and how risky that is.
// Versioned data: when Oracle documents a new service or scope, it changes here and only here, and
// tests/unit/scopes/catalog.test.ts checks it against catalogSchema (kept out of the content script).
// `source: 'inferred'` marks what follows Oracle's naming but has no Oracle page saying it outright.

export const SCOPE_CATALOG: Catalog = {
  version: '2026-11-29',
  audiences: [
    {
      id: 'oracle-integration',
      kind: 'integration',
      service: 'Oracle Integration',
      title: 'Oracle Integration instance',
      template: 'https://{instance}.integration.ocp.{realmDomain}:443',
      grants: 'The one Oracle Integration instance at this address; what the token may do there is set by the scope.',
      risk: 'medium',
      source: 'documented',
      learnMore: ORACLE_DOCS.createCredential,
    },
    {
      id: 'oracle-integration-3',
      kind: 'integration',
      service: 'Oracle Integration',
      title: 'Oracle Integration 3 instance (runtime URL with region)',
      template: 'https://{instance}.integration.{region}.ocp.{realmDomain}:443',
      grants: 'The one Oracle Integration 3 instance at this runtime URL. Oracle documents the URL; its use as an audience is inferred.',
      risk: 'medium',
      source: 'inferred',
      learnMore: ORACLE_DOCS.integrationUrls,
    },
    {
      id: 'oracle-analytics-cloud',
      kind: 'analytics',
      service: 'Oracle Analytics Cloud',
      title: 'Oracle Analytics Cloud instance',
      template: 'https://{instance}.analytics.ocp.{realmDomain}',
      grants: "The one Oracle Analytics Cloud instance at this address. Oracle's Analytics REST API guide asks for tokens with a user context: check that your use accepts client credentials.",
      risk: 'medium',
      source: 'documented',
      learnMore: ORACLE_DOCS.analyticsAuthentication,
    },
    {
      id: 'account',
      kind: 'account',
      service: 'Account (any service of the identity domain)',
      title: 'Account audience (urn:opc:resource:scope:account)',
      template: 'urn:opc:resource:scope:account',
      grants: 'Any service in the same identity domain, without naming it: what the token reaches depends only on the scope.',
      risk: 'high',
      source: 'documented',
      learnMore: ORACLE_DOCS.allResources,
    },
  ],
  scopes: [
    {
      scope: 'urn:opc:resource:consumer::all',
      title: 'All resources (wide)',
      grants: 'Everything the audience offers (for Oracle Integration: integration endpoints and the REST API); with the account audience, any service in the identity domain. Oracle refuses it next to any other scope.',
      risk: 'high',
      exclusive: true,
      narrower: [
        { kind: 'integration', scopes: ['/ic/api/'] },
        { kind: 'analytics', scopes: ['urn:opc:resource:consumer:paas:analytics::read'] },
        { kind: 'account', scopes: ['urn:opc:resource:consumer:paas:analytics::read', 'urn:opc:resource:consumer:paas::read', 'urn:opc:resource:consumer:paas:stack::all'] },
      ],
      source: 'documented',
      learnMore: ORACLE_DOCS.allResources,
    },
    {
      scope: '/ic/api/',
      title: 'Oracle Integration REST API only',
      grants: "The instance's Developer REST APIs (monitoring, design-time objects), not the integrations' own trigger endpoints.",
      risk: 'medium',
      kinds: ['integration'],
      source: 'documented',
      learnMore: ORACLE_DOCS.integrationUrls,
    },
    {
      scope: 'urn:opc:resource:consumer:paas::read',
      title: 'PaaS services, read only',
      grants: 'Read access to the PaaS services of the identity domain.',
      risk: 'medium',
      source: 'documented',
      learnMore: ORACLE_DOCS.allResources,
    },
    {
      scope: 'urn:opc:resource:consumer:paas:stack::all',
      title: 'PaaS stacks, full access',
      grants: 'Full access to PaaS stacks of the identity domain, and nothing outside them.',
      risk: 'medium',
      source: 'documented',
      learnMore: ORACLE_DOCS.allResources,
    },
    {
      scope: 'urn:opc:resource:consumer:paas:analytics::read',
      title: 'Analytics, read only',
      grants: 'Read access to analytics services of the identity domain.',
      risk: 'low',
      source: 'documented',
      learnMore: ORACLE_DOCS.allResources,
    },
    {
      scope: 'urn:opc:idm:__myscopes__',
      title: 'Every identity domain scope the client holds (wide)',
      grants: "Every identity domain scope that the client's and user's application roles allow, whatever the client needs.",
      risk: 'high',
      narrower: [{ kind: 'any', scopes: ['urn:opc:idm:role.{role}'] }],
      source: 'documented',
      learnMore: ORACLE_DOCS.identityDomainScopes,
    },
    {
      scope: 'urn:opc:idm:role.{role}',
      title: 'The scopes of one identity domain role',
      grants: 'Only the identity domain scopes of the named role (spaces written %20, e.g. role.User%20Administrator), when both client and user hold it.',
      risk: 'medium',
      source: 'documented',
      learnMore: ORACLE_DOCS.identityDomainScopes,
    },
  ],
};
