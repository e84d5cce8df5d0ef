import { describe, expect, it } from 'vitest';
import { createSerialQueue } from '@/utils/vault/serial';

describe('createSerialQueue', () => {
  it('runs tasks one after another, in order, even when they would interleave', async () => {
    const serial = createSerialQueue();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([serial(task('a', 20)), serial(task('b', 0)), serial(task('c', 5))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('keeps going after a failed task, and reports the failure to its caller', async () => {
    const serial = createSerialQueue();
    const failed = serial(async () => {
      throw new Error('storage full');
    });
    const next = serial(async () => 'next');
    await expect(failed).rejects.toThrow('storage full');
    await expect(next).resolves.toBe('next');
  });
});
