import type { ConsoleViews } from './detect';
import { CONSOLE_UI } from './selectors';
import { isOwnUi } from './text';

// Which DOM changes can change what the detectors see, decided per mutation record without running
// them: the observer runs detection in its own callback (the same task as the Console's insertion),
// so a page that rewrites thousands of unrelated nodes a second (live feeds, metrics) must cost
// only this test per record. A change is relevant when it adds or removes an element that is, or
// holds, something a detector or a feature reads; when it happens inside such an element, inside
// the layer host where panels and dialogs are portaled, or inside a view already found (a panel
// whose labels are plain elements named by id); or when a view already found left the page.
// Changes inside our own ocg-* hosts, or that only add or remove such hosts, are never relevant.

const { css, layerHostId } = CONSOLE_UI;

/** Everything the detectors and features look for (detect.ts, context.ts, credentials-shown.ts, read-form.ts). */
export const RELEVANT_ELEMENTS = [
  css.dialog,
  css.heading,
  css.button,
  css.field,
  css.choice,
  css.table,
  css.row,
  css.cell,
  css.breadcrumbs,
  css.ocidContainer,
  css.secretContainer,
  css.secretCode,
  'label',
  'fieldset',
  '[role="group"]',
  'a',
  '[role="link"]',
  '[role="tab"]',
  `#${layerHostId}`,
].join(',');

function isRelevantNode(node: Node): boolean {
  if (node.nodeType !== 1 || isOwnUi(node)) return false;
  const el = node as Element;
  return el.matches(RELEVANT_ELEMENTS) || el.querySelector(RELEVANT_ELEMENTS) !== null;
}

/** The element a record's change happened in, e.g. the parent of an added text node. */
function changedElement(record: MutationRecord): Element | null {
  const { target } = record;
  return target.nodeType === 1 ? (target as Element) : target.parentElement;
}

/** The views found last, as far as relevance goes. */
export interface FoundViews {
  /** Every view's element: one leaving the page is relevant. */
  shown: readonly Element[];
  /** The panel's and the dialog's: any change inside them is relevant (a panel may be a plain element, its labels too). */
  watchedInside: readonly Element[];
}

export const NONE_FOUND: FoundViews = { shown: [], watchedInside: [] };

export function foundViews(views: ConsoleViews): FoundViews {
  const watchedInside = [views.generatePanel?.element, views.secretDialog?.element].filter((el): el is Element => el != null);
  const shown = [views.credentialsList?.element, views.credentialDetails?.element, ...watchedInside].filter((el): el is Element => el != null);
  return { shown, watchedInside };
}

/** True when `record` may change what the detectors find. */
export function isRelevantChange(record: MutationRecord, found: FoundViews): boolean {
  const at = changedElement(record);
  if (!at || isOwnUi(at)) return false;
  const changed = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  if (changed.some(isRelevantNode)) return true;
  if (changed.length > 0 && changed.every(isOwnUi)) return false;
  return at.closest(RELEVANT_ELEMENTS) !== null || found.watchedInside.some((view) => view.contains(at));
}

/** True when any record is relevant, or a view found before is no longer in the page. */
export function isRelevantBatch(records: readonly MutationRecord[], found: FoundViews): boolean {
  return found.shown.some((view) => !view.isConnected) || records.some((record) => isRelevantChange(record, found));
}
