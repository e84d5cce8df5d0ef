import { buttonNames } from './dom';
import { CONSOLE_UI } from './selectors';
import { isOwnUi, matchesForm, normaliseText } from './text';

// What closes the Console's secret dialog: a button in it named Close (the footer's button, or a
// title-bar icon whose aria-label or title is "Close", "Close dialog" or "✕"), Escape while it is
// open, or a click on the dialog's backdrop: an element of the layer host the dialog is portaled
// into, outside the dialog (an overlay beside it, or one wrapping it). Whether the Console closes on
// its backdrop is not known, so such a click counts as an attempt. The vault's "capture before
// close" policy holds exactly these back; anything else that removes the dialog is caught
// afterwards by the capture feature (the dialog is gone without capture). Nothing else the page
// does is touched.

/** By its accessible name only (aria, else text, else title): a ✕ labelled "Close sidebar" is not the dialog's close. */
function isCloseButton(dialog: Element, target: Element): boolean {
  const button = target.closest(CONSOLE_UI.css.button);
  if (button === null || !dialog.contains(button)) return false;
  return matchesForm(buttonNames(button).find((name) => normaliseText(name) !== ''), CONSOLE_UI.dialog.closeButton);
}

function isBackdrop(dialog: Element, target: Element): boolean {
  if (dialog.contains(target) || isOwnUi(target)) return false;
  const layer = dialog.ownerDocument.getElementById(CONSOLE_UI.layerHostId);
  return layer !== null && layer.contains(dialog) && layer.contains(target);
}

export function isDialogCloseAttempt(dialog: Element, event: Event): boolean {
  if (event.type === 'keydown') return (event as KeyboardEvent).key === 'Escape';
  if (event.type !== 'click') return false;
  const target = event.target as Node | null;
  if (target?.nodeType !== 1) return false;
  return isCloseButton(dialog, target as Element) || isBackdrop(dialog, target as Element);
}

/**
 * Asks `mayClose` before each attempt to close the dialog and cancels the attempt when it says no.
 * The listeners sit on the window in the capture phase, so they run before the Console's own
 * handlers on the button, the dialog or its backdrop. Returns the function that removes them.
 */
export function holdDialogClose(dialog: Element, mayClose: () => boolean): () => void {
  const view = dialog.ownerDocument.defaultView;
  if (!view) return () => undefined;
  const listener = (event: Event) => {
    if (!dialog.isConnected || !isDialogCloseAttempt(dialog, event) || mayClose()) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  view.addEventListener('click', listener, true);
  view.addEventListener('keydown', listener, true);
  return () => {
    view.removeEventListener('click', listener, true);
    view.removeEventListener('keydown', listener, true);
  };
}
