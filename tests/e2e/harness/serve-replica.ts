import type { Browser, Page } from 'puppeteer-core';
import { collectConsole } from './console-log';
import { openConsole as openReplicaPage, type ServedDocuments } from './replica-server.mjs';

// The e2e face of replica-server.mjs (shared with the bench and the demo): typed knobs, and console
// collection from before the first load.

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
  ocgStorm?: number;
  ocgCloseIcon?: 'title';
  ocgBackdrop?: 'close';
}

/** A new page that is served the replica (and `documents`), navigated to `url` (plus `replicaQuery`) and loaded. */
export async function openConsole(
  browser: Browser,
  url: string,
  { replicaQuery = {}, documents = {} }: { replicaQuery?: ReplicaQuery; documents?: ServedDocuments } = {},
): Promise<Page> {
  return openReplicaPage(browser, url, { replicaQuery: { ...replicaQuery }, documents, beforeLoad: collectConsole });
}
