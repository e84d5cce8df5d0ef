import { ariaNames, findButton, findField, namedBy, queryAll, queryWithLayers, type DomRoot } from './dom';
import { CONSOLE_UI } from './selectors';
import { matchesForm, textOf } from './text';

// The dialog that shows a new credential's secret once. This only LOCATES the element holding the
// secret; reading it is the vault's job (utils/vault), and nothing here returns, stores or logs it.

export interface SecretDialog {
  element: Element;
  /** The input, textarea or text element that holds the secret. */
  secretElement: HTMLElement;
  copyButton: HTMLElement | null;
  closeButton: HTMLElement | null;
}

const { css } = CONSOLE_UI;

/** By its heading, else by Oracle's warning sentence (the dialog's text, secret included, is only compared). */
function isSecretDialog(dialog: Element): boolean {
  if (namedBy(ariaNames(dialog), CONSOLE_UI.dialog.heading)) return true;
  if (queryAll(dialog, css.heading).some((heading) => matchesForm(textOf(heading), CONSOLE_UI.dialog.heading))) return true;
  return matchesForm(textOf(dialog), CONSOLE_UI.dialog.warning);
}

/** The innermost text element of a box (the legacy secret is a span in a monospace container). */
function innermost(box: Element): HTMLElement {
  const leaves = queryAll(box, '*').filter((el) => el.childElementCount === 0 && !el.closest(css.button));
  return leaves.length === 1 && leaves[0] ? leaves[0] : (box as HTMLElement);
}

/**
 * Unknown layouts: the element just before the Copy button (at its level or an ancestor's), unless
 * that is a heading, a button or the warning sentence, so a wrong element is never offered.
 */
function besideCopy(dialog: Element, copy: HTMLElement | null): HTMLElement | null {
  for (let el: Element | null = copy; el && el !== dialog; el = el.parentElement) {
    const before = el.previousElementSibling;
    if (!before) continue;
    const candidate = innermost(before);
    const refused =
      candidate.matches(`${css.heading}, ${css.button}, label`) || matchesForm(textOf(candidate), CONSOLE_UI.dialog.warning);
    return refused ? null : candidate;
  }
  return null;
}

function locateSecret(dialog: Element, copy: HTMLElement | null): HTMLElement | null {
  const container = queryAll(dialog, css.secretContainer)[0];
  return (
    findField(dialog, CONSOLE_UI.dialog.secretLabel) ??
    (container ? innermost(container) : null) ??
    queryAll(dialog, 'input[readonly], textarea[readonly]')[0] ??
    queryAll(dialog, css.secretCode)[0] ??
    besideCopy(dialog, copy)
  );
}

export function findSecretDialog(root: DomRoot): SecretDialog | null {
  for (const element of queryWithLayers(root, css.dialog)) {
    if (!isSecretDialog(element)) continue;
    const copyButton = findButton(element, CONSOLE_UI.dialog.copyButton);
    const secretElement = locateSecret(element, copyButton);
    if (secretElement) {
      return { element, secretElement, copyButton, closeButton: findButton(element, CONSOLE_UI.dialog.closeButton) };
    }
  }
  return null;
}
