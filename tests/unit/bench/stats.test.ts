import { describe, expect, it } from 'vitest';
import { median, medianRatio, percentile } from '../../../scripts/bench/stats.mjs';

describe('percentile (nearest rank)', () => {
  const fifty = Array.from({ length: 50 }, (_, index) => 50 - index); // 50, 49, …, 1: order must not matter
  it.each([
    { values: fifty, p: 95, expected: 48 },
    { values: fifty, p: 50, expected: 25 },
    { values: fifty, p: 100, expected: 50 },
    { values: [7], p: 95, expected: 7 },
    { values: [3, 1, 2], p: 50, expected: 2 },
    { values: [1, 2, 3, 4], p: 50, expected: 2 },
    { values: [1, 2, Number.POSITIVE_INFINITY], p: 95, expected: Number.POSITIVE_INFINITY },
  ])('p$p of $values.length values is $expected', ({ values, p, expected }) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('is NaN without samples and refuses a percentile outside (0, 100]', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('median and medianRatio', () => {
  it('divides the median with the extension by the median without', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(medianRatio([103, 90, 250], [100, 100, 60])).toBeCloseTo(1.03);
  });
});
