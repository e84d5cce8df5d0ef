import { beforeEach, describe, expect, it, vi } from 'vitest';
import { holdDialogClose, isDialogCloseAttempt } from '@/utils/console/dialog-close';
import { findSecretDialog } from '@/utils/console/secret-dialog';
import { showReplicaSecretDialog } from './replica-dom';
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

/** Whether isDialogCloseAttempt takes each event, as seen from the window's capture phase. */
function attemptsSeen(dialog: Element, act: () => void): boolean[] {
  const seen: boolean[] = [];
  const listener = (event: Event) => seen.push(isDialogCloseAttempt(dialog, event));
  window.addEventListener('click', listener, true);
  window.addEventListener('keydown', listener, true);
  try {
    act();
  } finally {
    window.removeEventListener('click', listener, true);
    window.removeEventListener('keydown', listener, true);
  }
  return seen;
}

describe('what counts as closing the secret dialog', () => {
  beforeEach(() => document.body.replaceChildren());

  const dialogWith = (titleBar: string, beside = '') => {
    mountConsole(document, { layer: `${beside}${secretDialogHtml({ gen: 'legacy' }, SECRET).replace('</h2>', `</h2>${titleBar}`)}` });
    return findSecretDialog(document)!.element;
  };

  it.each([
    ['aria-label "Close"', '<button aria-label="Close"><svg aria-hidden="true"></svg></button>', true],
    ['aria-label "Close dialog"', '<button aria-label="Close dialog"><span aria-hidden="true"></span></button>', true],
    ['aria-label "✕"', '<button aria-label="✕"></button>', true],
    ['title "Close"', '<button title="Close"><svg aria-hidden="true"></svg></button>', true],
    ['title "Close dialog"', '<button title="Close dialog"><span aria-hidden="true"></span></button>', true],
    ['the text ✕', '<button>✕</button>', true],
    ['role=button, aria-label "close dialog"', '<span role="button" tabindex="0" aria-label="close dialog"><i></i></span>', true],
    ['aria-label "Close sidebar"', '<button aria-label="Close sidebar">✕</button>', false],
    ['title "Closed"', '<button title="Closed"></button>', false],
    ['aria-label "Help"', '<button aria-label="Help">?</button>', false],
  ])('a title-bar icon button named by %s: %s', (_label, html, closes) => {
    const dialog = dialogWith(html);
    const icon = dialog.querySelector('h2 + *')!;
    // Clicked on the icon inside the button, as a pointer does.
    expect(attemptsSeen(dialog, () => click(icon.firstElementChild ?? icon))).toEqual([closes]);
  });

  it('counts a click on a backdrop beside the dialog, or wrapping it, in the layer host; not on the page or our own UI', () => {
    const dialog = dialogWith('', '<div class="Backdrop"></div>');
    const layer = document.getElementById('__root_layer_host')!;
    const wrapper = document.createElement('div');
    layer.append(wrapper);
    wrapper.append(dialog);
    const own = document.createElement('ocg-capture');
    layer.append(own);
    const page = document.createElement('main');
    document.body.prepend(page);
    expect(attemptsSeen(dialog, () => [layer.querySelector('.Backdrop')!, wrapper, page, own, dialog].forEach(click))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('counts no backdrop for a dialog outside a layer host', () => {
    mountConsole(document, { page: `<div class="Backdrop"></div>${secretDialogHtml({ gen: 'current' }, SECRET)}` });
    const dialog = findSecretDialog(document)!.element;
    expect(attemptsSeen(dialog, () => click(document.querySelector('.Backdrop')!))).toEqual([false]);
  });
});

describe.each(['current', 'legacy'] as const)('the replica\'s secret dialog (%s)', (generation) => {
  const layerDialog = () => document.querySelector('#__root_layer_host [role="dialog"]');

  it.each([
    ['its title-bar icon named only by title (ocgCloseIcon=title)', { ocgCloseIcon: 'title' }, () => document.querySelector('button[title="Close dialog"]')],
    ['its backdrop (ocgBackdrop=close)', { ocgBackdrop: 'close' }, () => document.querySelector('#__root_layer_host > :not([role="dialog"])')],
  ])('is held open on %s while the policy refuses, and closed by the replica once it allows', async (_label, query, find) => {
    await showReplicaSecretDialog(generation, query);
    const dialog = layerDialog()!;
    const target = find();
    // The replica's legacy generation has no title-bar button at all.
    if (generation === 'legacy' && 'ocgCloseIcon' in query) return expect(target).toBeNull();
    let allow = false;
    const mayClose = vi.fn(() => allow);
    const release = holdDialogClose(dialog, mayClose);
    click(target!);
    expect(mayClose).toHaveBeenCalledTimes(1);
    expect(dialog.isConnected).toBe(true);
    allow = true;
    click(target!);
    expect(mayClose).toHaveBeenCalledTimes(2);
    expect(dialog.isConnected).toBe(false);
    expect(layerDialog()).toBeNull();
    release();
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
