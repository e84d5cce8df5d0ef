import { CONSOLE_UI, type TextForms } from '@/utils/console/selectors';
import { normaliseText } from '@/utils/console/text';

// Ways the Console's markup drifts from build to build without changing what it shows: extra
// wrapper elements, attributes in another order, new hashed class names, labels in another case or
// spacing. Each transform rewrites a document in place, driven by a seed so a failure can be replayed.

export interface Drift {
  /** Chance that an element gets an extra wrapper around it. */
  wrapChance: number;
  wrapper: 'div' | 'span';
  shuffleAttributes: boolean;
  newClassHashes: boolean;
  labelCase: 'same' | 'upper' | 'lower' | 'title';
  labelSpacing: 'same' | 'nbsp' | 'double' | 'padded' | 'tight';
  seed: number;
}

/** A small seeded generator (mulberry32): the same seed, the same drift. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Elements whose parent the HTML parser or the element itself constrains: wrapping them would be
// markup no Console build can produce, not drift.
const UNWRAPPABLE = new Set(['html', 'head', 'body', 'main', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'colgroup', 'col', 'li', 'option', 'optgroup', 'dt', 'dd', 'style', 'script']);

function wrap(root: Element, drift: Drift, next: () => number): void {
  const doc = root.ownerDocument;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (UNWRAPPABLE.has(el.localName) || el.id === CONSOLE_UI.layerHostId || next() >= drift.wrapChance) continue;
    const wrapper = doc.createElement(drift.wrapper);
    wrapper.className = `LayoutStyles_slot__${Math.floor(next() * 1e6).toString(36)}`;
    el.replaceWith(wrapper);
    wrapper.append(el);
  }
}

function shuffleAttributes(root: Element, next: () => number): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const attributes = Array.from(el.attributes, ({ name, value }) => [name, value] as const);
    for (let i = attributes.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [attributes[i], attributes[j]] = [attributes[j]!, attributes[i]!];
    }
    for (const [name] of attributes) el.removeAttribute(name);
    for (const [name, value] of attributes) el.setAttribute(name, value);
  }
}

/** `Name_part__k3j9x` → `Name_part__<new hash>`; any other class gets a hash appended. */
function rehashClasses(root: Element, next: () => number): void {
  for (const el of Array.from(root.querySelectorAll('[class]'))) {
    el.className = Array.from(el.classList, (name) => `${name.replace(/__[a-z0-9]+$/, '')}__${Math.floor(next() * 36 ** 5).toString(36)}`).join(' ');
  }
}

/** Every text the selector registry recognises, normalised: only these are relabelled. */
const LABELS: { form: string; contains: boolean }[] = (['list', 'panel', 'panelFqs', 'dialog', 'details', 'user'] as const).flatMap((view) =>
  Object.values(CONSOLE_UI[view] as Record<string, TextForms>).flatMap((entry) =>
    [...(entry.current ?? []), ...(entry.legacy ?? []), ...(entry.any ?? [])].map((form) => ({ form: normaliseText(form), contains: entry.match === 'contains' })),
  ),
);

function isLabel(text: string): boolean {
  const value = normaliseText(text);
  return value !== '' && LABELS.some(({ form, contains }) => (contains ? value.includes(form) : value === form));
}

function relabelled(text: string, drift: Drift): string {
  const cased = {
    same: text,
    upper: text.toUpperCase(),
    lower: text.toLowerCase(),
    title: text.replace(/\S+/g, (word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase()),
  }[drift.labelCase];
  return {
    same: cased,
    nbsp: cased.replace(/ /g, '\u00a0'),
    double: cased.replace(/ /g, '  '),
    padded: ` \n ${cased}\t `,
    tight: cased.replace(/\+ /g, '+'),
  }[drift.labelSpacing];
}

function relabel(root: Element, drift: Drift): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue && isLabel(node.nodeValue)) node.nodeValue = relabelled(node.nodeValue, drift);
  }
  for (const el of Array.from(root.querySelectorAll('[aria-label], [title]'))) {
    for (const name of ['aria-label', 'title']) {
      const value = el.getAttribute(name);
      if (value && isLabel(value)) el.setAttribute(name, relabelled(value, drift));
    }
  }
}

/** Applies the drift to the document's body. */
export function applyDrift(doc: Document, drift: Drift): void {
  const next = random(drift.seed);
  if (drift.labelCase !== 'same' || drift.labelSpacing !== 'same') relabel(doc.body, drift);
  if (drift.newClassHashes) rehashClasses(doc.body, next);
  if (drift.shuffleAttributes) shuffleAttributes(doc.body, next);
  if (drift.wrapChance > 0) wrap(doc.body, drift, next);
}
