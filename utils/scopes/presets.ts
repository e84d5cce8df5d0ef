import type { Preset } from './preset-schema';

// Built-in presets: one click for common jobs, least privilege first. Versioned with the catalog
// (catalog.ts): every pair here uses a catalog audience and scope, which a unit test checks, and
// tests/unit/scopes/presets.test.ts validates the list against presetListSchema.
// A wide preset stays on offer when Oracle documents it for a real job, with its narrower sibling
// named in `relations` and its width said in the description; the analyzer flags it all the same.

const OIC = 'https://{instance}.integration.ocp.{realmDomain}:443';
const OIC3 = 'https://{instance}.integration.{region}.ocp.{realmDomain}:443';
const OAC = 'https://{instance}.analytics.ocp.{realmDomain}';
const ACCOUNT = 'urn:opc:resource:scope:account';

export const BUILT_IN_PRESETS: readonly Preset[] = [
  {
    id: 'oic-rest-api',
    title: 'Oracle Integration — REST API, least privilege',
    description: "Calls the instance's REST API (monitoring, design-time objects) and nothing else; it cannot trigger integrations. Asks for the instance URL.",
    pairs: [{ audience: OIC, scope: '/ic/api/' }],
    relations: { wider: ['oic-integrations'] },
    tags: ['oracle-integration', 'rest-api', 'least-privilege'],
  },
  {
    id: 'oic-integrations',
    title: 'Oracle Integration — trigger integrations and REST API (wide)',
    description: 'Everything the instance offers: integration endpoints and the REST API. Choose it only when the client triggers integrations; it must be the only pair of its credential.',
    pairs: [{ audience: OIC, scope: 'urn:opc:resource:consumer::all' }],
    relations: { narrower: ['oic-rest-api'] },
    tags: ['oracle-integration', 'integrations', 'wide'],
  },
  {
    id: 'oic3-rest-api',
    title: 'Oracle Integration 3 — REST API, least privilege',
    description: "For an instance whose runtime URL contains its region (…integration.<region>.ocp…): the REST API only. Asks for the runtime URL.",
    pairs: [{ audience: OIC3, scope: '/ic/api/' }],
    relations: { wider: ['oic3-integrations'] },
    tags: ['oracle-integration', 'rest-api', 'least-privilege'],
  },
  {
    id: 'oic3-integrations',
    title: 'Oracle Integration 3 — trigger integrations and REST API (wide)',
    description: 'For an instance whose runtime URL contains its region: integration endpoints and the REST API. Choose it only when the client triggers integrations.',
    pairs: [{ audience: OIC3, scope: 'urn:opc:resource:consumer::all' }],
    relations: { narrower: ['oic3-rest-api'] },
    tags: ['oracle-integration', 'integrations', 'wide'],
  },
  {
    id: 'oac-read',
    title: 'Oracle Analytics Cloud — read',
    description: 'Read-only analytics access on one Oracle Analytics Cloud instance. Asks for the instance URL.',
    pairs: [{ audience: OAC, scope: 'urn:opc:resource:consumer:paas:analytics::read' }],
    relations: { wider: ['oac-full-access'] },
    tags: ['oracle-analytics-cloud', 'read-only', 'least-privilege'],
  },
  {
    id: 'oac-full-access',
    title: 'Oracle Analytics Cloud — full access (wide)',
    description: 'Everything the Oracle Analytics Cloud instance offers. Choose it only when the client must change content; it must be the only pair of its credential.',
    pairs: [{ audience: OAC, scope: 'urn:opc:resource:consumer::all' }],
    relations: { narrower: ['oac-read'] },
    tags: ['oracle-analytics-cloud', 'wide'],
  },
  {
    id: 'account-analytics-read',
    title: 'Analytics services of the identity domain — read',
    description: 'Read-only access to the analytics services of the identity domain, without naming an instance.',
    pairs: [{ audience: ACCOUNT, scope: 'urn:opc:resource:consumer:paas:analytics::read' }],
    relations: { wider: ['account-paas-read'] },
    tags: ['account', 'read-only', 'least-privilege'],
  },
  {
    id: 'account-paas-read',
    title: 'PaaS services of the identity domain — read',
    description: 'Read-only access to every PaaS service of the identity domain. Prefer an instance preset when the client uses one service.',
    pairs: [{ audience: ACCOUNT, scope: 'urn:opc:resource:consumer:paas::read' }],
    relations: { narrower: ['account-analytics-read'] },
    tags: ['account', 'read-only'],
  },
];
