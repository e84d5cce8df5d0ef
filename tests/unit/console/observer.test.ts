import { afterEach, describe, expect, it } from 'vitest';
import { observeConsole } from '@/utils/console/observer';

/** Mutation records are delivered in a microtask after the change. */
const delivered = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let calls = 0;
let batches: MutationRecord[][] = [];
let running = new AbortController();
const start = (relevant: (records: MutationRecord[]) => boolean = () => true) => {
  calls = 0;
  batches = [];
  running = new AbortController();
  observeConsole(
    document,
    {
      relevant: (records) => {
        batches.push(records);
        return relevant(records);
      },
      onChange: () => (calls += 1),
    },
    running.signal,
  );
  return running;
};

afterEach(() => {
  running.abort();
  document.body.replaceChildren();
});

describe('observeConsole', () => {
  it('calls back in the microtask after a relevant change, before any frame', async () => {
    start();
    document.body.append(document.createElement('section'));
    await Promise.resolve();
    expect(calls).toBe(1);
  });

  it('calls back once per batch: 500 insertions in one task are one call', async () => {
    start();
    for (let i = 0; i < 500; i += 1) document.body.append(document.createElement('div'));
    await delivered();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(500);
    expect(calls).toBe(1);
  });

  it('calls back for each later relevant batch (late content)', async () => {
    start();
    document.body.append(document.createElement('section'));
    await delivered();
    document.querySelector('section')?.append(document.createElement('table'));
    await delivered();
    expect(calls).toBe(2);
  });

  it('does not call back for batches that are not relevant', async () => {
    start((records) => records.some((record) => Array.from(record.addedNodes).some((node) => node.nodeName === 'TABLE')));
    for (let i = 0; i < 20; i += 1) document.body.append(document.createElement('li'));
    await delivered();
    document.body.append(document.createElement('table'));
    await delivered();
    expect(batches).toHaveLength(2);
    expect(calls).toBe(1);
  });

  it('stops when aborted, including records already queued', async () => {
    const abort = start();
    document.body.append(document.createElement('div'));
    abort.abort();
    document.body.append(document.createElement('div'));
    await delivered();
    expect(calls).toBe(0);
  });

  it('does not start with an aborted signal', async () => {
    calls = 0;
    observeConsole(document, { relevant: () => true, onChange: () => (calls += 1) }, AbortSignal.abort());
    document.body.append(document.createElement('div'));
    await delivered();
    expect(calls).toBe(0);
  });
});
