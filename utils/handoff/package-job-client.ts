import type { DecryptWith, EncryptTo } from './age';
import { fromWireError, type PackageJob, type PackageJobReply, type SealedPackage } from './package-job';
import type { HandoffDocument } from './package-schema';

// The page side of the package worker (browser Worker API). Each job gets its own worker, ended
// when the job settles; cancel() terminates it mid-scrypt. A worker that answered is ended a moment
// later, not in the task that receives its answer: terminating a worker whose heap still holds
// scrypt's buffers (256 MB at the default work factor) held the page's main thread 20–60 ms, the
// very frame that draws the package (Chromium trace, 2026-11-29). age's scrypt offers no progress
// hook, so a page can only show that work is under way (an indeterminate indicator), not how far it got.

export interface RunningJob<T> {
  result: Promise<T>;
  /** Stops the work at once; `result` then rejects with JobCancelled. */
  cancel(): void;
}

export class JobCancelled extends Error {
  override readonly name = 'JobCancelled';
  constructor() {
    super('Cancelled.');
  }
}

/** The parts of a Worker a job uses (tests pass a fake). */
export interface JobWorker {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

export type CreateJobWorker = () => JobWorker;

/** How long a worker that answered lives on: past the frames that draw its answer. */
export const END_ANSWERED_WORKER_MS = 1000;

// Vite bundles the worker as its own file only for this exact `new Worker(new URL(…, import.meta.url))` form.
const createPackageWorker: CreateJobWorker = () => new Worker(new URL('./package.worker.ts', import.meta.url), { type: 'module' });

export function sealInWorker(document: HandoffDocument, to: EncryptTo, create = createPackageWorker): RunningJob<SealedPackage> {
  return run({ op: 'seal', document, to }, create, (reply) => (reply.op === 'seal' ? { sealed: reply.sealed, qr: reply.qr } : undefined));
}

export function openInWorker(input: string | Uint8Array, key: DecryptWith, create = createPackageWorker): RunningJob<HandoffDocument> {
  return run({ op: 'open', input, key }, create, (reply) => (reply.op === 'open' ? reply.document : undefined));
}

function run<T>(
  job: PackageJob,
  create: CreateJobWorker,
  pick: (reply: Extract<PackageJobReply, { ok: true }>) => T | undefined,
): RunningJob<T> {
  const worker = create();
  let settle: { resolve: (value: T) => void; reject: (error: Error) => void } | undefined;
  const result = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (outcome: () => void, end = () => worker.terminate()) => {
    if (!settle) return;
    end();
    outcome();
    settle = undefined;
  };
  const endLater = () => setTimeout(() => worker.terminate(), END_ANSWERED_WORKER_MS);
  worker.onmessage = (event: MessageEvent) => {
    const reply = event.data as PackageJobReply;
    finish(() => {
      if (!reply.ok) return settle?.reject(fromWireError(reply.error));
      const value = pick(reply);
      if (value === undefined) settle?.reject(new Error('The encryption worker answered another job.'));
      else settle?.resolve(value);
    }, endLater);
  };
  worker.onerror = () => finish(() => settle?.reject(new Error('The encryption worker could not run in this browser.')));
  worker.postMessage(job);
  return { result, cancel: () => finish(() => settle?.reject(new JobCancelled())) };
}
