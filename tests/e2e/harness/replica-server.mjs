// Serves the replica Console (tests/fixtures/console) at real Console URLs by request interception,
// for the e2e tests, `npm run bench` and `npm run demo`. Plain JS so that Node scripts can use it
// without a TypeScript loader; typed by replica-server.d.mts (serve-replica.ts is its e2e face).
//
// There is no network: every https (and http) request of a page served here is answered from the
// replica, whatever the host, so the extension's own manifest `matches` decide where it runs.
// Documents get the SPA shell (or the iframe page), /__replica/* the replica's files; anything else
// is aborted. A caller may serve its own documents at given URLs first (e.g. a third-party frame
// inside the Console). The same code serves Chromium (CDP Fetch) and Firefox (WebDriver BiDi
// network interception, which answers https requests before any TLS happens).
import { readFile } from 'node:fs/promises';
import { stderr } from 'node:process';
import { URL } from 'node:url';
import { contentTypeOf, replicaFile } from '../../fixtures/console/routes.mjs';

/** Any domain OCID works in replica URLs; this one is used by the paths below. */
export const REPLICA_DOMAIN_OCID = 'ocid1.domain.oc1..aaaaaaaa5w3xcpq2ydfrm7o4hzjlbvtkq6a2gnue3sfixwypdzk7rvcm4hbq';

/** Routes of the replica (paths on any Console host). */
export const REPLICA_PATHS = Object.freeze({
  users: `/identity/domains/${REPLICA_DOMAIN_OCID}/users`,
  myProfile: '/identity/domains/my-profile',
  myCredentials: '/identity/domains/my-profile/oauth2-client-credentials',
  instances: '/compute/instances',
});

// The extension's own pages and resources, and in-page data, never touch the network.
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'data:', 'blob:']);
const WEB_SCHEMES = new Set(['https:', 'http:']);

/** `https://<host><path>?<query>`. */
export function consoleUrl(host, path, query = {}) {
  const url = new URL(path, `https://${host}`);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
  return url.href;
}

/**
 * A new page of `opener` (a Browser or a BrowserContext) that is served the replica (and
 * `documents`), navigated to `url` plus `replicaQuery` and loaded. `beforeLoad(page)` runs before
 * the navigation.
 */
export async function openConsole(opener, url, { replicaQuery = {}, documents = {}, beforeLoad } = {}) {
  const page = await opener.newPage();
  await beforeLoad?.(page);
  await serveReplica(page, documents);
  const target = new URL(url);
  for (const [key, value] of Object.entries(replicaQuery)) target.searchParams.set(key, String(value));
  await page.goto(target.href, { waitUntil: 'load' });
  return page;
}

/** Answers this page's requests from the replica (and `documents`) from now on (openConsole does this for you). */
export async function serveReplica(page, documents = {}) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    // A request still in flight when the page closes cannot be answered: not an error.
    answer(request, documents).catch((error) => {
      if (!page.isClosed()) stderr.write(`Replica server failed on ${request.url()}: ${String(error)}\n`);
    });
  });
}

async function answer(request, documents) {
  const url = new URL(request.url());
  if (LOCAL_SCHEMES.has(url.protocol)) return request.continue();
  const own = documents[url.href];
  if (own !== undefined) return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: own });
  const file = WEB_SCHEMES.has(url.protocol) ? replicaFile(url.pathname, request.isNavigationRequest()) : undefined;
  const contentType = file && contentTypeOf(file);
  if (!file || !contentType) return request.abort('internetdisconnected');
  const body = await readFile(file).catch(() => undefined);
  if (!body) return request.respond({ status: 404, contentType: 'text/plain', body: `No replica file for ${url.pathname}` });
  return request.respond({ status: 200, contentType, body });
}
