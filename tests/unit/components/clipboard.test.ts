import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearClipboardLater, type ClearState } from '@/components/shared/clipboard';

// Emptying the clipboard after a secret was copied: the browser refuses clipboard writes while the
// page is not focused, so a refused clear waits for the page to be focused again.

let accept = true;
const writes: string[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  accept = true;
  writes.length = 0;
  vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text: string) => {
    if (!accept) throw new DOMException('Document is not focused.', 'NotAllowedError');
    writes.push(text);
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function advance(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
}

describe('clearClipboardLater', () => {
  it('empties the clipboard after the delay, not before', async () => {
    const states: ClearState[] = [];
    clearClipboardLater(30_000, (state) => states.push(state));
    await advance(29_999);
    expect(writes).toEqual([]);
    await advance(1);
    expect(writes).toEqual(['']);
    expect(states).toEqual(['cleared']);
  });

  it('waits for focus when the browser refuses, then empties it', async () => {
    const states: ClearState[] = [];
    accept = false;
    clearClipboardLater(1_000, (state) => states.push(state));
    await advance(1_000);
    expect(states).toEqual(['waiting-for-focus']);
    accept = true;
    window.dispatchEvent(new Event('focus'));
    await advance(0);
    expect(writes).toEqual(['']);
    expect(states).toEqual(['waiting-for-focus', 'cleared']);
  });

  it('does nothing once stopped (a newer copy takes over)', async () => {
    const states: ClearState[] = [];
    const stop = clearClipboardLater(1_000, (state) => states.push(state));
    stop();
    await advance(5_000);
    window.dispatchEvent(new Event('focus'));
    expect(writes).toEqual([]);
    expect(states).toEqual([]);
  });
});
