import { afterEach, describe, expect, it } from 'vitest';
import { lazyScript } from '@/utils/lazy/lazy-script';

// The loader's own logic (fakeBrowser gives an extension URL; vitest cannot import one, which
// stands in for a script that fails to load).

declare global {
  var __ocgTestModule: { name: string } | undefined;
}
afterEach(() => {
  delete globalThis.__ocgTestModule;
});

describe('lazyScript', () => {
  it('uses a module that is already registered without importing anything', async () => {
    globalThis.__ocgTestModule = { name: 'ready' };
    const load = lazyScript('/sealer.js', () => globalThis.__ocgTestModule);
    await expect(load()).resolves.toEqual({ name: 'ready' });
  });

  it('rejects when the script cannot be loaded, and tries again on the next call', async () => {
    const load = lazyScript('/sealer.js', () => globalThis.__ocgTestModule);
    const first = load();
    expect(load()).toBe(first);
    await expect(first).rejects.toThrow();
    globalThis.__ocgTestModule = { name: 'registered later' };
    await expect(load()).resolves.toEqual({ name: 'registered later' });
  });
});
