import type { GeneratePanel } from './generate-panel';
import { isOwnUi } from './text';

// Enforcement's hand on the Console: capture-phase listeners on the window, which run before any of
// the Console's own handlers, catch the three ways to run Generate (a click on it, Enter in one of
// the panel's fields, a submit of the form around it) and stop exactly those, only while the policy
// says no. Everything else (other buttons, typing, Enter in a list or a text area, our own UI)
// passes untouched.

export type GenerateAttempt = 'click' | 'enter' | 'submit';

export interface GenerateGuard {
  /** The open Generate panel, or null. */
  panel(): GeneratePanel | null;
  /** Asked at each attempt; false stops it. */
  mayGenerate(panel: GeneratePanel): boolean;
  onStopped(panel: GeneratePanel, attempt: GenerateAttempt): void;
  /** A Generate that goes ahead: a click on it, or a submit that no such click caused. */
  onGenerate(panel: GeneratePanel, attempt: Exclude<GenerateAttempt, 'enter'>): void;
}

/** Field types in which Enter submits a form (implicit submission). */
const SUBMITS_ON_ENTER = new Set([
  'text', 'search', 'url', 'tel', 'email', 'password', 'number', 'date', 'datetime-local', 'month', 'time', 'week', 'checkbox', 'radio',
]);

function submitsOnEnter(target: EventTarget | null): boolean {
  if (!(target instanceof Element) || target.localName !== 'input') return false;
  // Enter picks an option in a combobox or a suggestion list: not a submit.
  if (target.getAttribute('role') === 'combobox' || target.hasAttribute('aria-autocomplete') || target.hasAttribute('list')) return false;
  return SUBMITS_ON_ENTER.has((target as HTMLInputElement).type);
}

const fromOwnUi = (event: Event) => event.target instanceof Node && isOwnUi(event.target);

export function guardGenerate(view: Window, guard: GenerateGuard, signal: AbortSignal): void {
  const stop = (event: Event, panel: GeneratePanel, attempt: GenerateAttempt) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    guard.onStopped(panel, attempt);
  };

  const onClick = (event: MouseEvent) => {
    const panel = guard.panel();
    if (!panel || fromOwnUi(event) || !event.composedPath().includes(panel.generateButton)) return;
    if (guard.mayGenerate(panel)) guard.onGenerate(panel, 'click');
    else stop(event, panel, 'click');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    const panel = guard.panel();
    if (!panel || fromOwnUi(event) || !submitsOnEnter(event.target) || !panel.element.contains(event.target as Node)) return;
    if (!guard.mayGenerate(panel)) stop(event, panel, 'enter');
  };

  const onSubmit = (event: SubmitEvent) => {
    const panel = guard.panel();
    const form = event.target;
    if (!panel || !(form instanceof Element) || !(form.contains(panel.generateButton) || panel.element.contains(form))) return;
    if (!guard.mayGenerate(panel)) stop(event, panel, 'submit');
    // A click on Generate that submits the form was counted as that click.
    else if (event.submitter !== panel.generateButton) guard.onGenerate(panel, 'submit');
  };

  const options = { capture: true, signal };
  view.addEventListener('click', onClick, options);
  view.addEventListener('keydown', onKeyDown, options);
  view.addEventListener('submit', onSubmit, options);
}
