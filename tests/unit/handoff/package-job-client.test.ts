import { afterEach, describe, expect, it, vi } from 'vitest';
import { HandoffError } from '@/utils/handoff/errors';
import { buildHandoffDocument } from '@/utils/handoff/package';
import { runPackageJob, type PackageJob } from '@/utils/handoff/package-job';
import { END_ANSWERED_WORKER_MS, JobCancelled, openInWorker, sealInWorker, type JobWorker } from '@/utils/handoff/package-job-client';
import { qrSymbol } from '@/utils/handoff/qr';
import { exampleInput } from './fixtures';

// The page side of the package worker, against a fake Worker that runs the job in this thread
// (or never answers, to test Cancel).

const document = buildHandoffDocument(exampleInput());
const PASSPHRASE = 'unheard rejoice dexterity overlying sturdily vineyard';

class FakeWorker implements JobWorker {
  onmessage: JobWorker['onmessage'] = null;
  onerror: JobWorker['onerror'] = null;
  terminated = false;
  posted: unknown[] = [];
  constructor(private readonly behaviour: 'run' | 'silent' | 'fail-to-load') {}
  postMessage(message: unknown): void {
    this.posted.push(message);
    if (this.behaviour === 'fail-to-load') queueMicrotask(() => this.onerror?.(new ErrorEvent('error')));
    if (this.behaviour !== 'run') return;
    void runPackageJob(structuredClone(message) as PackageJob).then((reply) => {
      if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data: structuredClone(reply) }));
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

function fake(behaviour: 'run' | 'silent' | 'fail-to-load') {
  const worker = new FakeWorker(behaviour);
  return { worker, create: () => worker };
}

describe('package jobs in a worker', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('seal, then open, each in its own worker that is ended a moment after it answered', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const sealing = fake('run');
    const { sealed, qr } = await sealInWorker(document, { passphrase: PASSPHRASE, workFactor: 10 }, sealing.create).result;
    // Not in the task that draws the answer: ending a worker with scrypt's heap blocks the page.
    expect(sealing.worker.terminated).toBe(false);
    vi.advanceTimersByTime(END_ANSWERED_WORKER_MS);
    expect(sealing.worker.terminated).toBe(true);
    // The print sheet's QR code comes with it, encoded in the worker.
    expect(qr).toEqual(qrSymbol(sealed.armored));
    const opening = fake('run');
    expect(await openInWorker(sealed.armored, { passphrase: PASSPHRASE }, opening.create).result).toEqual(document);
    expect(opening.worker.terminated).toBe(false);
    vi.advanceTimersByTime(END_ANSWERED_WORKER_MS);
    expect(opening.worker.terminated).toBe(true);
  });

  it('reject with the HandoffError the worker reported', async () => {
    const { sealed } = await sealInWorker(document, { passphrase: PASSPHRASE, workFactor: 10 }, fake('run').create).result;
    const error = await openInWorker(sealed.armored, { passphrase: 'wrong' }, fake('run').create).result.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HandoffError);
    expect((error as HandoffError).kind).toBe('wrong-passphrase');
  });

  it('cancel terminates the worker at once and rejects with JobCancelled', async () => {
    const { worker, create } = fake('silent');
    const job = sealInWorker(document, { passphrase: PASSPHRASE }, create);
    job.cancel();
    await expect(job.result).rejects.toBeInstanceOf(JobCancelled);
    expect(worker.terminated).toBe(true);
    job.cancel();
  });

  it('report a worker that cannot start', async () => {
    const { worker, create } = fake('fail-to-load');
    await expect(openInWorker('x', { passphrase: 'p' }, create).result).rejects.toThrow('The encryption worker could not run in this browser.');
    expect(worker.terminated).toBe(true);
  });

  it('refuse an answer to another job', async () => {
    const worker = new FakeWorker('silent');
    const job = sealInWorker(document, { passphrase: PASSPHRASE }, () => worker);
    worker.onmessage?.(new MessageEvent('message', { data: { ok: true, op: 'open', document } }));
    await expect(job.result).rejects.toThrow('another job');
  });
});
