import type { Browser, BrowserContext, Page } from 'puppeteer-core';

/** Any domain OCID works in replica URLs; this one is used by REPLICA_PATHS. */
export declare const REPLICA_DOMAIN_OCID: string;

/** Routes of the replica (paths on any Console host). */
export declare const REPLICA_PATHS: {
  readonly users: string;
  readonly myProfile: string;
  readonly myCredentials: string;
  readonly instances: string;
};

/** `https://<host><path>?<query>`. */
export declare function consoleUrl(host: string, path: string, query?: Record<string, string | number>): string;

/** HTML documents served at exact URLs instead of the replica. */
export type ServedDocuments = Record<string, string>;

export interface OpenConsoleOptions {
  /** The replica's query-parameter knobs (tests/fixtures/console/CONTRACT.md). */
  replicaQuery?: Record<string, string | number>;
  /** HTML documents served at exact URLs instead of the replica. */
  documents?: ServedDocuments;
  /** Runs on the new page before it navigates (e.g. to start collecting its console). */
  beforeLoad?: (page: Page) => unknown;
}

/** A new page of `opener` that is served the replica (and `documents`), navigated to `url` plus `replicaQuery` and loaded. */
export declare function openConsole(opener: Browser | BrowserContext, url: string, options?: OpenConsoleOptions): Promise<Page>;

/** Answers this page's requests from the replica (and `documents`) from now on (openConsole does this for you). */
export declare function serveReplica(page: Page, documents?: ServedDocuments): Promise<void>;
