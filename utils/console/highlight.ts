import type { GeneratePanel } from './generate-panel';

// Points at the row a finding is about, on the Console's own row element: an attribute (for tests
// and our UI) and an inline outline. No markup is added to the Console.

const HIGHLIGHT_ATTRIBUTE = 'data-ocg-highlight';
const OUTLINE = '2px solid #c74634';

const before = new WeakMap<HTMLElement, { outline: string; outlineOffset: string }>();

/** Highlights row `index` (0-based) and clears any earlier highlight; null only clears. */
export function highlightRow(panel: GeneratePanel, index: number | null): void {
  for (const marked of Array.from(panel.element.querySelectorAll<HTMLElement>(`[${HIGHLIGHT_ATTRIBUTE}]`))) {
    const saved = before.get(marked);
    marked.removeAttribute(HIGHLIGHT_ATTRIBUTE);
    marked.style.outline = saved?.outline ?? '';
    marked.style.outlineOffset = saved?.outlineOffset ?? '';
  }
  const row = index === null ? undefined : (panel.rows[index]?.element as HTMLElement | undefined);
  if (!row) return;
  before.set(row, { outline: row.style.outline, outlineOffset: row.style.outlineOffset });
  row.setAttribute(HIGHLIGHT_ATTRIBUTE, '');
  row.style.outline = OUTLINE;
  row.style.outlineOffset = '2px';
}
