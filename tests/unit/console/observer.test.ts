import { afterEach, describe, expect, it } from 'vitest';
import { observeConsole } from '@/utils/console/observer';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Mutation records are delivered in a microtask; the callback runs in the frame after. */
const frames = async (n: number) => {
  for (let i = 0; i < n; i += 1) await nextFrame();
};

let calls = 0;
let running = new AbortController();
const start = () => {
  calls = 0;
  running = new AbortController();
  observeConsole(document, () => (calls += 1), running.signal);
  return running;
};

afterEach(() => {
  running.abort();
  document.body.replaceChildren();
});

describe('observeConsole', () => {
  it('calls back once for a burst of 500 mutations delivered in 10 batches within one frame', async () => {
    start();
    let batches = 0;
    const counter = new MutationObserver(() => (batches += 1));
    counter.observe(document, { childList: true, subtree: true });
    for (let i = 0; i < 500; i += 1) {
      document.body.append(document.createElement('div'));
      if (i % 50 === 49) await Promise.resolve().then(() => undefined);
    }
    await frames(3);
    counter.disconnect();
    expect(batches).toBeGreaterThanOrEqual(10);
    expect(calls).toBe(1);
  });

  it('calls back again for late content in a later frame', async () => {
    start();
    document.body.append(document.createElement('section'));
    await frames(2);
    document.querySelector('section')?.append(document.createElement('table'));
    await frames(2);
    expect(calls).toBe(2);
  });

  it('ignores changes inside our own ocg-* hosts and adding such a host', async () => {
    start();
    const host = document.createElement('ocg-assistant');
    document.body.append(host);
    for (let i = 0; i < 20; i += 1) host.append(document.createElement('p'));
    await frames(3);
    expect(calls).toBe(0);
  });

  it('stops when aborted, including a callback already scheduled', async () => {
    const abort = start();
    document.body.append(document.createElement('div'));
    await Promise.resolve();
    abort.abort();
    document.body.append(document.createElement('div'));
    await frames(3);
    expect(calls).toBe(0);
  });

  it('does not start with an aborted signal', async () => {
    calls = 0;
    observeConsole(document, () => (calls += 1), AbortSignal.abort());
    document.body.append(document.createElement('div'));
    await frames(3);
    expect(calls).toBe(0);
  });
});
