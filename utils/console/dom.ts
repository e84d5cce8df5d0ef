import { CONSOLE_UI, type TextForms } from './selectors';
import { matchesForm, textOf } from './text';

// Finding Console elements by role and accessible text, inside a root (a Document or an Element).
// Panels and dialogs are portaled into the layer host, so finders of those also search it.

export type DomRoot = Document | Element;
export type FormField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function ownerDocumentOf(root: DomRoot): Document {
  return root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
}

/** Not hidden and not our own UI: one walk up the ancestors. */
function visibleConsole(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (at.hasAttribute('hidden') || at.localName.startsWith(CONSOLE_UI.ownTagPrefix)) return false;
  }
  return true;
}

/** Elements matching `selector` in the root (itself included), not hidden and not our own UI. */
export function queryAll<T extends Element = HTMLElement>(root: DomRoot, selector: string): T[] {
  const found = Array.from(root.querySelectorAll<T>(selector));
  if (root.nodeType === 1 && (root as Element).matches(selector)) found.unshift(root as T);
  return found.filter(visibleConsole);
}

/** Like queryAll, plus the layer host where the Console portals panels and dialogs. */
export function queryWithLayers<T extends Element = HTMLElement>(root: DomRoot, selector: string): T[] {
  const host = ownerDocumentOf(root).getElementById(CONSOLE_UI.layerHostId);
  const extra = host && !root.contains(host) && !host.contains(root) ? queryAll<T>(host, selector) : [];
  return [...queryAll<T>(root, selector), ...extra];
}

function byIds(el: Element, ids: string): string {
  const scope = el.getRootNode() as Document | ShadowRoot;
  return ids
    .split(/\s+/)
    .map((id) => (id ? scope.getElementById(id) : null))
    .map((target) => (target ? textOf(target) : ''))
    .join(' ');
}

/** The name an element is given by aria-labelledby and aria-label. */
export function ariaNames(el: Element): string[] {
  const names: string[] = [];
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) names.push(byIds(el, labelledBy));
  const label = el.getAttribute('aria-label');
  if (label) names.push(label);
  return names;
}

/** Every name a button may be known by: ARIA name, visible text, value (input buttons), title. */
export function buttonNames(el: Element): string[] {
  const names = [...ariaNames(el), textOf(el)];
  if (el.localName === 'input') names.push((el as HTMLInputElement).value);
  const title = el.getAttribute('title');
  if (title) names.push(title);
  return names;
}

/** A field's labels: ARIA name, then its `<label for>` and wrapping `<label>` elements. */
export function fieldLabels(el: Element): string[] {
  const labels = Array.from((el as HTMLInputElement).labels ?? [], (label) => textOf(label));
  return [...ariaNames(el), ...labels];
}

export function namedBy(names: string[], entry: TextForms): boolean {
  return names.some((name) => matchesForm(name, entry));
}

/** An element with the names it can be recognised by, computed once for several look-ups. */
export interface Named<T extends Element> {
  el: T;
  names: string[];
}

export function namedButtons(root: DomRoot): Named<HTMLElement>[] {
  return queryAll(root, CONSOLE_UI.css.button).map((el) => ({ el, names: buttonNames(el) }));
}

export function namedFields(root: DomRoot): Named<FormField>[] {
  return queryAll<FormField>(root, CONSOLE_UI.css.field).map((el) => ({ el, names: fieldLabels(el) }));
}

export function pick<T extends Element>(items: Named<T>[], entry: TextForms): T | null {
  return items.find((item) => namedBy(item.names, entry))?.el ?? null;
}

export function findButton(root: DomRoot, entry: TextForms): HTMLElement | null {
  return pick(namedButtons(root), entry);
}

export function findField(root: DomRoot, entry: TextForms): FormField | null {
  return pick(namedFields(root), entry);
}

export function findHeading(root: DomRoot, entry: TextForms): HTMLElement | null {
  return queryAll(root, CONSOLE_UI.css.heading).find((el) => matchesForm(textOf(el), entry)) ?? null;
}

/** The nearest ancestor of `start` (itself included) that satisfies `test`. */
export function closestWhere(start: Element, test: (el: Element) => boolean): Element | null {
  for (let el: Element | null = start; el; el = el.parentElement) if (test(el)) return el;
  return null;
}

export function isDisabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
}
