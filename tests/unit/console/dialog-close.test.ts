import { beforeEach, describe, expect, it, vi } from 'vitest';
import { holdDialogClose, isDialogCloseAttempt } from '@/utils/console/dialog-close';
import { findSecretDialog } from '@/utils/console/secret-dialog';
import { mountConsole, secretDialogHtml, SNIPPET_STYLES } from './snippets';

const SECRET = 'i7BKNOG:1z1A)bqaY(]F';
const TITLE_BAR_X = '<button type="button" aria-label="Close">✕</button>';

function dialogWithX(style: (typeof SNIPPET_STYLES)[number][1]) {
  // A title-bar ✕ named "Close", as the current Console generation shows beside the heading.
  mountConsole(document, { layer: secretDialogHtml(style, SECRET).replace('</h2>', `</h2>${TITLE_BAR_X}`) });
  const dialog = findSecretDialog(document)!;
  const buttons = Array.from(dialog.element.querySelectorAll('button'));
  const byName = (name: string) => buttons.find((button) => (button.getAttribute('aria-label') ?? button.textContent)?.trim().toLowerCase() === name)!;
  return { dialog: dialog.element, close: byName('close'), x: buttons.find((button) => button.textContent === '✕')!, copy: byName('copy') };
}

const click = (target: Element) => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
};
const key = (target: Element, name: string) => {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
};

describe.each(SNIPPET_STYLES)('closing the secret dialog, %s', (_label, style) => {
  beforeEach(() => document.body.replaceChildren());

  it('recognises Close, the title-bar ✕ and Escape, and nothing else', () => {
    const { dialog, close, x, copy } = dialogWithX(style);
    const seen: boolean[] = [];
    const listener = (event: Event) => seen.push(isDialogCloseAttempt(dialog, event));
    window.addEventListener('click', listener, true);
    window.addEventListener('keydown', listener, true);
    click(close);
    click(x);
    key(copy, 'Escape');
    click(copy);
    key(close, 'Enter');
    click(dialog);
    window.removeEventListener('click', listener, true);
    window.removeEventListener('keydown', listener, true);
    expect(seen).toEqual([true, true, true, false, false, false]);
  });
});

describe('holdDialogClose', () => {
  beforeEach(() => document.body.replaceChildren());

  it('cancels a close the callback refuses before the Console sees it, and lets others through', () => {
    const { dialog, close, copy } = dialogWithX({ gen: 'current' });
    const consoleSaw = vi.fn();
    close.addEventListener('click', consoleSaw);
    dialog.addEventListener('keydown', consoleSaw);
    copy.addEventListener('click', consoleSaw);
    let allow = false;
    const release = holdDialogClose(dialog, () => allow);

    expect(click(close).defaultPrevented).toBe(true);
    expect(key(copy, 'Escape').defaultPrevented).toBe(true);
    expect(consoleSaw).not.toHaveBeenCalled();
    click(copy);
    expect(consoleSaw).toHaveBeenCalledTimes(1);

    allow = true;
    click(close);
    expect(consoleSaw).toHaveBeenCalledTimes(2);

    allow = false;
    release();
    click(close);
    expect(consoleSaw).toHaveBeenCalledTimes(3);
  });

  it('does nothing once the dialog is gone', () => {
    const { dialog, close } = dialogWithX({ gen: 'legacy' });
    const mayClose = vi.fn(() => false);
    holdDialogClose(dialog, mayClose);
    dialog.remove();
    document.body.append(close);
    expect(click(close).defaultPrevented).toBe(false);
    expect(mayClose).not.toHaveBeenCalled();
  });
});
