import type { Page } from 'puppeteer-core';

// Walking a page with the keyboard alone: what has focus (through same-origin iframes and open
// shadow roots, so the Console's service frame and our ocg-* hosts are seen into), whether its
// focus is visible, and Tab until the wanted control has it.

export interface FocusedControl {
  /** From the top document down: e.g. ['iframe#sandbox-maui-preact-container', 'ocg-capture', 'button']. */
  path: string[];
  id: string;
  /** aria-label, else its label's text (form fields), else its own text (trimmed, first 60 characters), else its placeholder. */
  name: string;
  /** Its data-* attributes. */
  data: Record<string, string>;
  /** A focus indicator is drawn: an outline of non-zero width, or a box-shadow. */
  visibleFocus: boolean;
  /** The computed outline and box-shadow, for the failure message. */
  style: string;
}

/** The control that has the keyboard focus, or null when it is the body. */
export function focusedControl(page: Page): Promise<FocusedControl | null> {
  return page.evaluate(() => {
    const path: string[] = [];
    let element: Element | null = document.activeElement;
    for (;;) {
      if (!element || element === element.ownerDocument.body) return null;
      path.push(element.localName + (element.id ? `#${element.id}` : ''));
      const inner = element instanceof HTMLIFrameElement ? element.contentDocument?.activeElement : element.shadowRoot?.activeElement;
      if (!inner) break;
      element = inner;
    }
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowed = style.boxShadow !== 'none' && style.boxShadow !== '';
    const html = element as HTMLElement;
    return {
      path,
      id: element.id,
      name:
        (element.getAttribute('aria-label') ??
          (element as HTMLInputElement).labels?.[0]?.textContent?.trim() ??
          element.textContent?.trim().slice(0, 60) ??
          '') ||
        element.getAttribute('placeholder') ||
        '',
      data: { ...html.dataset } as Record<string, string>,
      visibleFocus: outlined || shadowed,
      style: `outline: ${style.outlineStyle} ${style.outlineWidth}; box-shadow: ${style.boxShadow}`,
    };
  });
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until `wanted` has the focus; returns it. Throws after
 * `max` presses, listing what had the focus on the way.
 */
export async function tabTo(
  page: Page,
  wanted: (control: FocusedControl) => boolean,
  { max = 80, backwards = false, what = 'the wanted control' }: { max?: number; backwards?: boolean; what?: string } = {},
): Promise<FocusedControl> {
  const passed: string[] = [];
  for (let press = 0; press < max; press++) {
    if (backwards) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
    } else await page.keyboard.press('Tab');
    const focused = await focusedControl(page);
    if (focused && wanted(focused)) return focused;
    passed.push(focused ? `${focused.path.join(' > ')} "${focused.name}"` : 'body');
  }
  throw new Error(`Tab did not reach ${what} in ${max} presses; focus went: ${passed.join(' | ')}`);
}
