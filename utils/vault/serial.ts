// storage.local has no transactions: two captures from two tabs that read, modify and write at the
// same moment could each miss the other's change. Every vault change runs through one queue in the
// background, one after another; a failed task does not stop the ones behind it.

export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}
