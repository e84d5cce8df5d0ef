import { TimeoutError, type Page } from 'puppeteer-core';
import type { ScopePair } from '../../../utils/findings/finding';
import { ocgElements, serviceFrame } from './page-frames.mjs';

// The replica's records, and waiting for our own `ocg-*` elements (the extension's in-page UI hosts)
// in any frame. Finding the service frame and listing ocg elements: page-frames.mjs.

/** A credential the replica created (window.__replica.created). */
export interface ReplicaRecord {
  name: string;
  description: string;
  pairs: ScopePair[];
  ocid: string;
  secret: string;
  createdAt: string;
}

/** Something the replica saw happen (window.__replica.events), e.g. { type: 'copy', what: 'secret' }. */
export interface ReplicaEvent {
  type: string;
  at: number;
  [detail: string]: unknown;
}

interface ReplicaWindow {
  __replica?: { created: ReplicaRecord[]; events: ReplicaEvent[] };
}

/** The credentials created so far, read from the top window's mirror. */
export async function replicaRecords(page: Page): Promise<ReplicaRecord[]> {
  return page.evaluate(() => (window as ReplicaWindow).__replica?.created ?? []);
}

/** What the service page recorded, oldest first. */
export async function replicaEvents(page: Page): Promise<ReplicaEvent[]> {
  const frame = await serviceFrame(page);
  return frame.evaluate(() => (window as ReplicaWindow).__replica?.events ?? []);
}

/**
 * Waits until an element `tag` (e.g. 'ocg-realm-banner') is in the top document or a same-origin
 * iframe with every `data` value given (dataset keys, camelCase: { realmKey: 'oc4' } is
 * data-realm-key="oc4"), and returns all its data-* values.
 */
export async function waitForOcg(
  page: Page,
  tag: string,
  data: Record<string, string> = {},
  { timeout = 5_000 }: { timeout?: number } = {},
): Promise<Record<string, string>> {
  try {
    const found = await page.waitForFunction(
      (wanted, values) => {
        const documents = [document, ...Array.from(document.querySelectorAll('iframe'), (frame) => frame.contentDocument)];
        for (const doc of documents) {
          for (const el of Array.from(doc?.querySelectorAll<HTMLElement>(wanted) ?? [])) {
            const dataset = { ...el.dataset } as Record<string, string>;
            if (Object.entries(values).every(([key, value]) => dataset[key] === value)) return dataset;
          }
        }
        return null;
      },
      { timeout, polling: 50 },
      tag,
      data,
    );
    return (await found.jsonValue()) as Record<string, string>;
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error;
    const present = await ocgElements(page);
    throw new Error(`No <${tag}> with data ${JSON.stringify(data)} within ${timeout} ms; ocg elements present: ${JSON.stringify(present)}`, {
      cause: error,
    });
  }
}
