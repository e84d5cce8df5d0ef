import { buttonNames, namedBy } from './dom';
import { CONSOLE_UI } from './selectors';

// What closes the Console's secret dialog: a button in it named Close (the footer's button, or the
// title bar's ✕, whose accessible name is "Close"), or Escape while it is open. The vault's
// "capture before close" policy holds exactly these back; nothing else the page does is touched.

export function isDialogCloseAttempt(dialog: Element, event: Event): boolean {
  if (event.type === 'keydown') return (event as KeyboardEvent).key === 'Escape';
  if (event.type !== 'click') return false;
  const target = event.target as Node | null;
  const button = target?.nodeType === 1 ? (target as Element).closest(CONSOLE_UI.css.button) : null;
  return button !== null && dialog.contains(button) && namedBy(buttonNames(button), CONSOLE_UI.dialog.closeButton);
}

/**
 * Asks `mayClose` before each attempt to close the dialog and cancels the attempt when it says no.
 * The listeners sit on the window in the capture phase, so they run before the Console's own
 * handlers on the button or the dialog. Returns the function that removes them.
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
