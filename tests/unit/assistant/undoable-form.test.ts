import { describe, expect, it, vi } from 'vitest';
import { undoableForm } from '@/components/assistant/undoable-form';
import type { FormSnapshot } from '@/utils/console/fill';
import type { GeneratePanel } from '@/utils/console/generate-panel';

// The bookkeeping around the assistant's changes of the form; the writing itself (fill.ts) is
// tested on its own and, with this, in module.test.tsx.

const panel = { element: document.createElement('div') } as unknown as GeneratePanel;
const snapshot: FormSnapshot = { variant: 'pairs', name: '', description: '', rows: [{ audience: '', scope: '' }] };
const texts = { working: 'Filling…', done: 'Filled.', label: '"the preset"' };

describe('undoableForm', () => {
  it('says what it is doing, then what it did, and offers Undo', async () => {
    const changed = vi.fn();
    const form = undoableForm(() => panel, changed);
    let finish!: (value: FormSnapshot) => void;
    const running = form.change(texts, () => new Promise((resolve) => (finish = resolve)));
    expect([form.busy(), form.notice(), form.undoLabel()]).toEqual([true, { kind: 'working', text: 'Filling…' }, null]);
    expect(await form.change(texts, async () => snapshot)).toBe(false);
    finish(snapshot);
    expect(await running).toBe(true);
    expect([form.busy(), form.notice(), form.undoLabel()]).toEqual([false, { kind: 'done', text: 'Filled.' }, '"the preset"']);
    expect(changed.mock.calls).toEqual([[false], [true]]);
  });

  it('reports a failed change and keeps the earlier Undo', async () => {
    const form = undoableForm(() => panel, () => undefined);
    await form.change(texts, async () => snapshot);
    expect(await form.change({ ...texts, label: '"a fix"' }, async () => Promise.reject(new Error('The Generate panel closed.')))).toBe(false);
    expect([form.notice(), form.undoLabel()]).toEqual([{ kind: 'error', text: 'The Generate panel closed.' }, '"the preset"']);
  });

  it('says why Undo failed, and keeps it on offer', async () => {
    const form = undoableForm(() => ({ element: panel.element }) as GeneratePanel, () => undefined);
    await form.change(texts, async () => snapshot);
    await form.undo();
    expect(form.notice()).toEqual({ kind: 'error', text: expect.stringMatching(/^Undo failed: /) });
    expect(form.undoLabel()).toBe('"the preset"');
  });
});
