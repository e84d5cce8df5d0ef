import { CONSOLE_UI, type TextForms } from './selectors';

// Console labels vary in case and spacing between generations ("+ Another scope", "+Another Scope")
// and use NBSP and curly apostrophes; comparing with every kind of space removed and quotes made
// straight makes all of them one form.

export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\s\u00a0\u200b\u2060\ufeff]+/g, '');
}

/** Collapses runs of spaces (including NBSP) for text we hand on, such as a credential's name. */
export function displayText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

const normalisedForms = new WeakMap<TextForms, string[]>();

function formsOf(entry: TextForms): string[] {
  let forms = normalisedForms.get(entry);
  if (!forms) {
    forms = [...(entry.current ?? []), ...(entry.legacy ?? []), ...(entry.any ?? [])].map(normaliseText);
    normalisedForms.set(entry, forms);
  }
  return forms;
}

/** True when the text is one of the entry's forms (or contains one, for 'contains' entries). */
export function matchesForm(text: string | null | undefined, entry: TextForms): boolean {
  if (!text) return false;
  const value = normaliseText(text);
  if (!value) return false;
  return formsOf(entry).some((form) => (entry.match === 'contains' ? value.includes(form) : value === form));
}

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'input', 'textarea', 'select']);

/** True for our own in-page UI (an `ocg-*` host or anything inside one). */
export function isOwnUi(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (el.localName.startsWith(CONSOLE_UI.ownTagPrefix)) return true;
  }
  return false;
}

/**
 * The visible text of an element: its text nodes, leaving out form fields (a wrapping label must not
 * read as "Description <what the user typed>"), scripts and our own UI.
 */
export function textOf(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const name = (child as Element).localName;
      if (!SKIPPED.has(name) && !name.startsWith(CONSOLE_UI.ownTagPrefix)) out += ` ${textOf(child)} `;
    }
  }
  return out;
}
