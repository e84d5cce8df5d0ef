import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertySeed } from '../setup/property-seed';

describe('property-test seed (PROPERTY_SEED)', () => {
  it.each([
    { setting: undefined, seed: 20261129 },
    { setting: '', seed: 20261129 },
    { setting: 'random', seed: undefined },
    { setting: '42', seed: 42 },
    { setting: '-7', seed: -7 },
  ])('$setting → $seed', ({ setting, seed }) => {
    expect(propertySeed(setting)).toBe(seed);
  });

  it.each(['abc', '1.5', '1e30'])('refuses %s with a message naming it', (setting) => {
    expect(() => propertySeed(setting)).toThrow(`PROPERTY_SEED must be an integer or "random", not "${setting}".`);
  });

  it('draws the same inputs on every run unless the seed is random', () => {
    const draw = () => fc.sample(fc.string({ minLength: 8 }), 20);
    if (propertySeed(process.env.PROPERTY_SEED) === undefined) expect(draw()).not.toEqual(draw());
    else expect(draw()).toEqual(draw());
  });
});
