import type { GeneratePanel } from './generate-panel';

// Where our in-page UI goes inside the Generate panel: right after the form's fields, above the
// footer that holds Generate, so it is read right before the user presses Generate. Inside the
// part that holds all the fields (usually the panel's scrolling body) when there is one, so a tall
// assistant scrolls with the form instead of pushing the footer out of view.

export interface PanelSlot {
  parent: Element;
  /** Insert before this child of `parent` (null: at the end). */
  before: Element | null;
}

export function slotAboveGenerate(panel: GeneratePanel): PanelSlot {
  const fields = [panel.nameInput, panel.descriptionInput, ...panel.rows.map((row) => row.element), panel.addRowButton].filter(
    (el): el is Element => el !== null,
  );
  // The lowest ancestor of Generate that also holds a field; `child` is its part holding Generate.
  let child: Element = panel.generateButton;
  let parent = child.parentElement;
  while (parent && parent !== panel.element && !fields.some((field) => parent!.contains(field))) {
    child = parent;
    parent = parent.parentElement;
  }
  if (!parent) return { parent: panel.element, before: null };
  const body = Array.from(parent.children).find((part) => part !== child && fields.some((field) => part.contains(field)));
  if (body && fields.every((field) => body.contains(field))) return { parent: body, before: null };
  return { parent, before: child };
}
