import type { CredentialDraft } from '../findings/finding';
import { fullyQualifiedScope } from '../scopes/fully-qualified';
import { fieldLabels, isDisabled, namedBy, queryAll, type FormField } from './dom';
import { findGeneratePanel, ROW_FIELD_LABELS, ROW_FIELDS, type GeneratePanel, type PanelVariant, type RowField } from './generate-panel';
import { CONSOLE_UI, type TextForms } from './selectors';
import { textOf } from './text';
import { waitFor } from './wait';
import { messageOf } from '../message-of';

// Writing a draft into the Console's own Generate panel. The panel is Preact-controlled and may be
// re-rendered from its state after any change, so every step finds the panel again instead of
// holding on to elements, and each value goes in through the native setter plus input/change events.

export type RowValues = Partial<Record<RowField, string>>;

/** The panel's values as they were, to undo an applied draft. */
export interface FormSnapshot {
  variant: PanelVariant;
  name: string;
  description: string;
  rows: RowValues[];
}

export interface FillOptions {
  /** How long to wait for the Console to add, remove or switch rows (default 3000 ms). */
  timeoutMs?: number;
}

export interface ApplyOptions extends FillOptions {
  /** Also set Name and Description, each only when it is still empty. */
  fillNameAndDescription: boolean;
}

const DEFAULT_TIMEOUT_MS = 3000;

function valueSetter(field: FormField): (value: string) => void {
  for (let proto = Object.getPrototypeOf(field) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const set = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (set) return set;
  }
  throw new Error(`The ${field.localName} field has no value to set.`);
}

/**
 * Sets a controlled field's value the way typing does: a plain `.value =` is undone by the next
 * render (and frameworks may shadow it on the instance), so the prototype's native setter is used
 * and bubbling input and change events tell the Console's state.
 */
export function setControlledValue(field: FormField, value: string): void {
  valueSetter(field).call(field, value);
  const EventType = field.ownerDocument.defaultView?.Event ?? Event;
  field.dispatchEvent(new EventType('input', { bubbles: true }));
  field.dispatchEvent(new EventType('change', { bubbles: true }));
}

export function captureForm(panel: GeneratePanel): FormSnapshot {
  return {
    variant: panel.variant,
    name: panel.nameInput?.value ?? '',
    description: panel.descriptionInput?.value ?? '',
    rows: panel.rows.map((row) => {
      const values: RowValues = {};
      for (const field of ROW_FIELDS) {
        const control = row[field];
        if (control) values[field] = control.value;
      }
      return values;
    }),
  };
}

interface FormTarget {
  variant: PanelVariant;
  name?: string;
  description?: string;
  rows: RowValues[];
}

type Probe<T> = (panel: GeneratePanel) => T | null | undefined | false;

function session(panel: GeneratePanel, timeoutMs: number) {
  const doc = panel.element.ownerDocument;
  return {
    current(): GeneratePanel {
      const found = findGeneratePanel(doc);
      if (!found) throw new Error('The Generate panel closed while its form was being filled.');
      return found;
    },
    until<T>(probe: Probe<T>, what: string): Promise<T> {
      return waitFor(doc, () => {
        const found = findGeneratePanel(doc);
        return found ? probe(found) || null : null;
      }, what, timeoutMs);
    },
  };
}
type Session = ReturnType<typeof session>;

const CHOICES: Partial<Record<PanelVariant, TextForms>> = {
  'fully-qualified': CONSOLE_UI.panelFqs.fullyQualifiedChoice,
  'resource-pair': CONSOLE_UI.panelFqs.resourcePairChoice,
};

async function ensureVariant(form: Session, variant: PanelVariant): Promise<void> {
  const panel = form.current();
  if (panel.variant === variant) return;
  const entry = CHOICES[variant];
  const choice = entry && queryAll(panel.element, CONSOLE_UI.css.choice).find((el) => namedBy([...fieldLabels(el), textOf(el)], entry));
  if (!choice) {
    throw new Error(
      variant === 'fully-qualified'
        ? 'This Generate panel only offers resource-scope pairs from its lists and has no "Enter fully qualified scope" choice, so the draft cannot be entered: enter its scopes by hand.'
        : `This Generate panel cannot be switched back to ${variant} rows.`,
    );
  }
  choice.click();
  await form.until((found) => found.variant === variant, `the ${variant} scope rows`);
}

async function ensureRowCount(form: Session, count: number): Promise<void> {
  for (let rows = form.current().rows.length; rows !== count; rows = form.current().rows.length) {
    const panel = form.current();
    if (rows < count) {
      const add = panel.addRowButton;
      if (!add || isDisabled(add)) {
        throw new Error(`The Generate panel takes no further scope row: it has ${rows} and the draft needs ${count}.`);
      }
      add.click();
      await form.until((found) => found.rows.length > rows, `scope row ${rows + 1} after "+ Another scope"`);
    } else {
      const remove = panel.rows[rows - 1]?.removeButton;
      if (!remove || isDisabled(remove)) {
        throw new Error(`Scope row ${rows} has no usable remove button, so the panel cannot be cut to ${count} rows.`);
      }
      remove.click();
      await form.until((found) => found.rows.length < rows, `the removal of scope row ${rows}`);
    }
  }
}

const hasOption = (field: FormField, value: string) =>
  field.localName !== 'select' || Array.from((field as HTMLSelectElement).options).some((option) => option.value === value);

async function writeField(form: Session, locate: Probe<FormField>, value: string, what: string): Promise<void> {
  let field = locate(form.current());
  if (!field) throw new Error(`The Generate panel has no ${what} field.`);
  // A Scope list fills in from the chosen Resource: wait for the option to exist.
  if (!hasOption(field, value)) {
    const withOption: Probe<FormField> = (found) => {
      const next = locate(found);
      return next && hasOption(next, value) && next;
    };
    field = await form.until(withOption, `the choice "${value}" in ${what}`);
  }
  // Disabled fields are the Console's to fill (the Audience follows the Resource).
  if (!isDisabled(field) && field.value !== value) setControlledValue(field, value);
}

async function writeForm(form: Session, target: FormTarget): Promise<void> {
  await ensureVariant(form, target.variant);
  await ensureRowCount(form, Math.max(1, target.rows.length));
  if (target.name !== undefined) await writeField(form, (panel) => panel.nameInput, target.name, 'Name');
  if (target.description !== undefined) {
    await writeField(form, (panel) => panel.descriptionInput, target.description, 'Description');
  }
  for (const [index, values] of target.rows.entries()) {
    for (const field of ROW_FIELDS) {
      const value = values[field];
      if (value === undefined) continue;
      await writeField(form, (panel) => panel.rows[index]?.[field], value, `row ${index + 1} ${ROW_FIELD_LABELS[field].any?.[0] ?? field}`);
    }
  }
}


/**
 * Writes the draft's pairs into the panel (adding rows with "+ Another scope" and removing surplus
 * ones), and Name/Description when asked and still empty. The resource-pair panel cannot express
 * free pairs with its lists, so it is switched to "Enter fully qualified scope" and each pair is
 * entered as audience+scope. Returns the form as it was, for restoreForm; if a step fails, the form
 * is put back and the error says what failed.
 */
export async function applyDraft(panel: GeneratePanel, draft: CredentialDraft, options: ApplyOptions): Promise<FormSnapshot> {
  const snapshot = captureForm(panel);
  const form = session(panel, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const variant: PanelVariant = panel.variant === 'pairs' ? 'pairs' : 'fully-qualified';
  const pairs = draft.pairs.length > 0 ? draft.pairs : [{ audience: '', scope: '' }];
  const fill = options.fillNameAndDescription;
  const target: FormTarget = {
    variant,
    rows: pairs.map((pair) =>
      variant === 'pairs' ? { audience: pair.audience, scope: pair.scope } : { fullyQualified: fullyQualifiedScope(pair) },
    ),
    ...(fill && !snapshot.name.trim() ? { name: draft.name } : {}),
    ...(fill && !snapshot.description.trim() ? { description: draft.description } : {}),
  };
  try {
    await writeForm(form, target);
  } catch (error) {
    try {
      await writeForm(form, snapshot);
    } catch (undoError) {
      throw new Error(`${messageOf(error)} Putting the form back as it was failed too: ${messageOf(undoError)}`, { cause: undoError });
    }
    throw error;
  }
  return snapshot;
}

/** Puts the panel back as captured: its variant, row count and every value. */
export async function restoreForm(panel: GeneratePanel, snapshot: FormSnapshot, options: FillOptions = {}): Promise<void> {
  await writeForm(session(panel, options.timeoutMs ?? DEFAULT_TIMEOUT_MS), snapshot);
}
