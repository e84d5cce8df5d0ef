import {
  ariaNames,
  closestWhere,
  findButton,
  namedButtons,
  namedBy,
  namedFields,
  pick,
  queryWithLayers,
  type DomRoot,
  type FormField,
  type Named,
} from './dom';
import { CONSOLE_UI, type TextForms } from './selectors';
import { matchesForm, textOf } from './text';

// The "Generate OAuth 2.0 client credential" panel, in its three known shapes:
//  - 'pairs': rows of Audience + Scope inputs (both current and legacy generations);
//  - 'fully-qualified': the oldest panel's "Enter fully qualified scope" mode, one input per row;
//  - 'resource-pair': the oldest panel's "Select a resource-scope pair" mode: Resource and Scope
//    lists, with the Audience filled in from the resource.

export type PanelVariant = 'pairs' | 'fully-qualified' | 'resource-pair';
export type RowField = 'audience' | 'scope' | 'fullyQualified' | 'resource';
/** In the order they are filled: a Resource sets its row's Audience and Scope list. */
export const ROW_FIELDS: readonly RowField[] = ['resource', 'audience', 'scope', 'fullyQualified'];

export interface PanelRow {
  /** The Console's own element around one audience/scope row. */
  element: Element;
  audience: FormField | null;
  scope: FormField | null;
  fullyQualified: FormField | null;
  resource: FormField | null;
  removeButton: HTMLElement | null;
}

export interface GeneratePanel {
  element: Element;
  variant: PanelVariant;
  rows: PanelRow[];
  nameInput: FormField | null;
  descriptionInput: FormField | null;
  addRowButton: HTMLElement | null;
  generateButton: HTMLElement;
  cancelButton: HTMLElement | null;
}

const { css } = CONSOLE_UI;

/** How each row field is labelled. */
export const ROW_FIELD_LABELS: Record<RowField, TextForms> = {
  fullyQualified: CONSOLE_UI.panelFqs.fullyQualifiedLabel,
  resource: CONSOLE_UI.panelFqs.resourceLabel,
  audience: CONSOLE_UI.panel.audienceLabel,
  scope: CONSOLE_UI.panel.scopeLabel,
};

/** The panel's fields and buttons with their names, computed once per detection. */
interface PanelScan {
  fields: (Named<FormField> & { row: RowField | null })[];
  buttons: Named<HTMLElement>[];
}

function scanPanel(panel: Element): PanelScan {
  return {
    fields: namedFields(panel).map((field) => ({
      ...field,
      row: ROW_FIELDS.find((row) => namedBy(field.names, ROW_FIELD_LABELS[row])) ?? null,
    })),
    buttons: namedButtons(panel),
  };
}

function panelCandidates(root: DomRoot): Element[] {
  const named = queryWithLayers(root, css.dialog).filter((el) => namedBy(ariaNames(el), CONSOLE_UI.panel.heading));
  const headed = queryWithLayers(root, css.heading)
    .filter((el) => matchesForm(textOf(el), CONSOLE_UI.panel.heading))
    .map((heading) => heading.closest(css.dialog) ?? closestWhere(heading, (el) => findButton(el, CONSOLE_UI.panel.generateButton) !== null))
    .filter((el): el is Element => el !== null);
  return [...new Set([...named, ...headed])];
}

/**
 * The row element of a key field: the innermost ARIA group holding only this row; else, climbing
 * through ancestors that hold nothing but this row's fields and remove button, the first one that
 * reaches the remove button (or the last one, for rows without a remove button).
 */
function rowElementOf(key: FormField, panel: Element, rowOf: Map<Element, RowField | null>, removes: Set<Element>, keyField: RowField): Element {
  const onlyThisRow = (el: Element) => {
    const fields = Array.from(el.querySelectorAll(css.field));
    return (
      fields.filter((field) => rowOf.get(field) === keyField).length === 1 &&
      fields.every((field) => rowOf.get(field)) &&
      el.querySelector(css.choice) === null &&
      Array.from(el.querySelectorAll(css.button)).every((button) => removes.has(button))
    );
  };
  const group = key.closest('[role="group"],fieldset');
  if (group && group !== panel && panel.contains(group) && onlyThisRow(group)) return group;
  let row: Element = key.parentElement ?? key;
  for (let el = key.parentElement; el && el !== panel && onlyThisRow(el); el = el.parentElement) {
    row = el;
    if (el.querySelector(css.button)) break;
  }
  return row;
}

function variantOf(present: Set<RowField | null>): PanelVariant {
  return present.has('fullyQualified') ? 'fully-qualified' : present.has('resource') ? 'resource-pair' : 'pairs';
}

const KEY_FIELD: Record<PanelVariant, RowField> = { 'fully-qualified': 'fullyQualified', 'resource-pair': 'resource', pairs: 'audience' };

function readRows(panel: Element, scan: PanelScan): { variant: PanelVariant; rows: PanelRow[] } {
  const present = new Set(scan.fields.map((field) => field.row));
  const variant = variantOf(present);
  // A pairs panel is keyed on its Audience fields, or on Scope if it only has those.
  const keyField = variant === 'pairs' && !present.has('audience') ? 'scope' : KEY_FIELD[variant];
  const rowOf = new Map<Element, RowField | null>(scan.fields.map((field) => [field.el, field.row]));
  const removes = new Set<Element>(scan.buttons.filter((b) => namedBy(b.names, CONSOLE_UI.panel.removeRowButton)).map((b) => b.el));
  const rows = scan.fields
    .filter((field) => field.row === keyField)
    .map(({ el: key }): PanelRow => {
      const element = rowElementOf(key, panel, rowOf, removes, keyField);
      const inRow = (wanted: RowField) => scan.fields.find((field) => field.row === wanted && element.contains(field.el))?.el ?? null;
      return {
        element,
        audience: inRow('audience'),
        scope: inRow('scope'),
        fullyQualified: inRow('fullyQualified'),
        resource: inRow('resource'),
        removeButton: ([...removes].find((button) => element.contains(button)) as HTMLElement | undefined) ?? null,
      };
    });
  return { variant, rows };
}

export function findGeneratePanel(root: DomRoot): GeneratePanel | null {
  for (const element of panelCandidates(root)) {
    const scan = scanPanel(element);
    const generateButton = pick(scan.buttons, CONSOLE_UI.panel.generateButton);
    if (!generateButton) continue;
    return {
      element,
      ...readRows(element, scan),
      nameInput: pick(scan.fields, CONSOLE_UI.panel.nameLabel),
      descriptionInput: pick(scan.fields, CONSOLE_UI.panel.descriptionLabel),
      addRowButton: pick(scan.buttons, CONSOLE_UI.panel.addRowButton),
      generateButton,
      cancelButton: pick(scan.buttons, CONSOLE_UI.panel.cancelButton),
    };
  }
  return null;
}
