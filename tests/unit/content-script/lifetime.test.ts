import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionLifetime } from '@/entrypoints/console.content/lifetime';

// The content script lives until the extension is really gone (a page script announcing a newer
// copy of it does not end it: tests/e2e/page-scripts.test.ts).

describe('extensionLifetime', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('ends within a second of the extension going away (reloaded, updated, removed)', () => {
    const life = extensionLifetime();
    vi.advanceTimersByTime(5_000);
    expect(life.aborted).toBe(false);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    vi.advanceTimersByTime(1_000);
    expect(life.aborted).toBe(true);
  });
});
