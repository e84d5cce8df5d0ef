import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearClipboardLater, type ClearState } from '@/components/shared/clipboard';

// Emptying the clipboard after a secret was copied: Chromium refuses clipboard writes while the page
// is not focused, Firefox without a recent user action, so a refused clear waits for the page to be
// focused again or for the user's next key or pointer press on it.

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

  it.each(['keydown', 'pointerdown'])('retries at a %s on the page (Firefox refuses a write without a user action, even with focus)', async (type) => {
    const states: ClearState[] = [];
    accept = false;
    clearClipboardLater(1_000, (state) => states.push(state));
    await advance(1_000);
    // Still refused at the first press: waits for the next, once per retry.
    document.body.dispatchEvent(new Event(type, { bubbles: true }));
    await advance(0);
    expect(states).toEqual(['waiting-for-focus', 'waiting-for-focus']);
    accept = true;
    document.body.dispatchEvent(new Event(type, { bubbles: true }));
    await advance(0);
    expect(writes).toEqual(['']);
    expect(states).toEqual(['waiting-for-focus', 'waiting-for-focus', 'cleared']);
    // Cleared: later presses and focus write nothing more.
    document.body.dispatchEvent(new Event(type, { bubbles: true }));
    window.dispatchEvent(new Event('focus'));
    await advance(0);
    expect(writes).toEqual(['']);
  });

  it('does nothing once stopped (a newer copy takes over)', async () => {
    const states: ClearState[] = [];
    const stop = clearClipboardLater(1_000, (state) => states.push(state));
    stop();
    await advance(5_000);
    window.dispatchEvent(new Event('focus'));
    document.body.dispatchEvent(new Event('keydown', { bubbles: true }));
    expect(writes).toEqual([]);
    expect(states).toEqual([]);
  });
});
