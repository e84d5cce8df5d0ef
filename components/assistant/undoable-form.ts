import { restoreForm, type FormSnapshot } from '@/utils/console/fill';
import type { GeneratePanel } from '@/utils/console/generate-panel';
import type { AssistantNotice } from './ScopeAssistantView';
import { messageOf } from '@/utils/message-of';

// The assistant's changes of the Console's form (a preset, a fix), one at a time, each undoable in
// one click: what the user is told while it runs and after, and the form as it was before the last one.

export interface UndoableForm {
  busy(): boolean;
  notice(): AssistantNotice | null;
  /** What Undo would take back, or null. */
  undoLabel(): string | null;
  /** Runs `write` (which returns the form as it was); false when it failed or another change is running. */
  change(texts: { working: string; done: string; label: string }, write: (panel: GeneratePanel) => Promise<FormSnapshot>): Promise<boolean>;
  undo(): Promise<void>;
}


/** `panelNow` finds the panel as it is; `changed(finished)` re-renders (and re-checks the form once finished). */
export function undoableForm(panelNow: () => GeneratePanel, changed: (finished: boolean) => void): UndoableForm {
  let busy = false;
  let notice: AssistantNotice | null = null;
  let last: { snapshot: FormSnapshot; label: string } | null = null;

  async function run(working: string, step: () => Promise<AssistantNotice>): Promise<boolean> {
    if (busy) return false;
    busy = true;
    notice = { kind: 'working', text: working };
    changed(false);
    try {
      notice = await step();
    } catch (error) {
      notice = { kind: 'error', text: messageOf(error) };
    } finally {
      busy = false;
      changed(true);
    }
    return notice.kind === 'done';
  }

  return {
    busy: () => busy,
    notice: () => notice,
    undoLabel: () => last?.label ?? null,
    change: ({ working, done, label }, write) =>
      run(working, async () => {
        last = { snapshot: await write(panelNow()), label };
        return { kind: 'done', text: done };
      }),
    async undo() {
      const undone = last;
      if (!undone) return;
      await run(`Undoing ${undone.label}…`, async () => {
        try {
          await restoreForm(panelNow(), undone.snapshot);
        } catch (error) {
          throw new Error(`Undo failed: ${messageOf(error)}`, { cause: error });
        }
        last = null;
        return { kind: 'done', text: `Undid ${undone.label}: the form is back as it was.` };
      });
    },
  };
}
