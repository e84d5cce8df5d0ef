import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followPolicy } from '@/utils/policy/page-policy';
import { resolvePolicy, type ResolvedPolicy } from '@/utils/policy/resolve';
import { LOCAL_POLICY_KEY } from '@/utils/policy/storage-keys';

// The content script's follower of the effective policy, on fakeBrowser: the background's answers
// are scripted per request, so the order in which they arrive is the test's to choose.

const WARN = resolvePolicy({});
const BLOCK = resolvePolicy({ local: { enforcement: 'block' } });

let sendMessage: MockInstance;
let answers: { resolve(reply: unknown): void; reject(error: Error): void }[];
let stop: AbortController;
let seen: (ResolvedPolicy | string)[];
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  answers = [];
  sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((() =>
    new Promise((resolve, reject) => answers.push({ resolve, reject }))) as never);
  stop = new AbortController();
  seen = [];
  followPolicy({ onPolicy: (resolved) => seen.push(resolved), onFailure: (message) => seen.push(message) }, stop.signal);
});
afterEach(() => {
  stop.abort();
  vi.restoreAllMocks();
});

describe('followPolicy', () => {
  it('asks once at start and hands over the answer', async () => {
    expect(sendMessage).toHaveBeenCalledWith({ type: 'policy/get' });
    answers[0]!.resolve({ ok: true, value: WARN });
    await settle();
    expect(seen).toEqual([WARN]);
  });

  it('reports a failed request with its message, so enforcement can hold Generate', async () => {
    answers[0]!.resolve({ ok: false, error: 'Nothing in the background answers "policy/get".' });
    await settle();
    expect(seen).toEqual(['Nothing in the background answers "policy/get".']);
  });

  it('asks again when a policy source changes, and only the newest answer counts', async () => {
    await fakeBrowser.storage.local.set({ 'vault.other': 1 });
    expect(answers).toHaveLength(1);
    await fakeBrowser.storage.local.set({ [LOCAL_POLICY_KEY]: { enforcement: 'block' } });
    expect(answers).toHaveLength(2);
    answers[1]!.resolve({ ok: true, value: BLOCK });
    answers[0]!.reject(new Error('too late to matter'));
    await settle();
    expect(seen).toEqual([BLOCK]);
  });

  it('stops listening and answering once aborted', async () => {
    stop.abort();
    answers[0]!.resolve({ ok: true, value: WARN });
    await fakeBrowser.storage.local.set({ [LOCAL_POLICY_KEY]: {} });
    await settle();
    expect(seen).toEqual([]);
    expect(answers).toHaveLength(1);
  });
});
