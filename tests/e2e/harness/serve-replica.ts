import { readFile } from 'node:fs/promises';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { contentTypeOf, replicaFile } from '../../fixtures/console/routes.mjs';
import { collectConsole } from './console-log';

// There is no network: every https (and http) request of a page opened here is answered from the
// replica (tests/fixtures/console), whatever the host, so the extension's own manifest `matches`
// decide where it runs. Documents get the SPA shell (or the iframe page), /__replica/* the replica's
// files; anything else is aborted. A test may serve its own documents at given URLs first (e.g. a
// third-party frame inside the Console). The same code serves Chromium (CDP Fetch) and Firefox
// (WebDriver BiDi network interception, which answers https requests before any TLS happens).

/** The replica's knobs (tests/fixtures/console/CONTRACT.md). */
export interface ReplicaQuery {
  region?: string;
  ocgFrame?: 'top' | 'iframe';
  ocgGen?: 'current' | 'legacy';
  ocgScopeMode?: 'fqs';
  ocgDelay?: number;
  ocgRealm?: string;
  ocgRows?: number;
  ocgMaxRows?: number;
  ocgCloseIcon?: 'title';
  ocgBackdrop?: 'close';
}

/** Any domain OCID works in replica URLs; this one is used by the paths below. */
export const REPLICA_DOMAIN_OCID = 'ocid1.domain.oc1..aaaaaaaa5w3xcpq2ydfrm7o4hzjlbvtkq6a2gnue3sfixwypdzk7rvcm4hbq';

/** Routes of the replica (paths on any Console host). */
export const REPLICA_PATHS = {
  users: `/identity/domains/${REPLICA_DOMAIN_OCID}/users`,
  myProfile: '/identity/domains/my-profile',
  myCredentials: '/identity/domains/my-profile/oauth2-client-credentials',
  instances: '/compute/instances',
} as const;

// The extension's own pages and resources, and in-page data, never touch the network.
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'data:', 'blob:']);

/** `https://<host><path>?<query>`. */
export function consoleUrl(host: string, path: string, query: Record<string, string | number> = {}): string {
  const url = new URL(path, `https://${host}`);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
  return url.href;
}

/** HTML documents served at exact URLs instead of the replica. */
export type ServedDocuments = Record<string, string>;

/** A new page that is served the replica (and `documents`), navigated to `url` (plus `replicaQuery`) and loaded. */
export async function openConsole(
  browser: Browser,
  url: string,
  { replicaQuery = {}, documents = {} }: { replicaQuery?: ReplicaQuery; documents?: ServedDocuments } = {},
): Promise<Page> {
  const page = await browser.newPage();
  collectConsole(page);
  await serveReplica(page, documents);
  const target = new URL(url);
  for (const [key, value] of Object.entries(replicaQuery)) target.searchParams.set(key, String(value));
  await page.goto(target.href, { waitUntil: 'load' });
  return page;
}

/** Answers this page's requests from the replica from now on (openConsole does this for you). */
export async function serveReplica(page: Page, documents: ServedDocuments = {}): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    // A request still in flight when the test closes the page cannot be answered: not an error.
    answer(request, documents).catch((error: unknown) => {
      if (!page.isClosed()) console.error(`Replica server failed on ${request.url()}:`, error);
    });
  });
}

const WEB_SCHEMES = new Set(['https:', 'http:']);

async function answer(request: HTTPRequest, documents: ServedDocuments): Promise<void> {
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
