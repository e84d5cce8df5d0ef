// One screenshot of a step: the viewport, or the box around the step's `region` (CSS selectors in
// the page's main frame, photographed whole even beyond the viewport, with a small margin).
// `maxWidth` shrinks it in Chromium itself (the capture's scale), so documentation images need no
// image tool.
/* global document, scrollX, scrollY, innerWidth, innerHeight -- in functions evaluated in the page */

const MARGIN = 12;

/** Saves the PNG of `shot` ({ page, region?: selector | selector[] }) at `path`, at most `maxWidth` pixels wide when given. */
export async function photograph({ page, region }, path, { maxWidth } = {}) {
  const selectors = region === undefined ? [] : [region].flat();
  const box = await page.evaluate(
    (wanted, margin) => {
      if (wanted.length === 0) return { x: scrollX, y: scrollY, width: innerWidth, height: innerHeight };
      const rects = wanted.map((selector) => document.querySelector(selector)?.getBoundingClientRect());
      if (rects.some((rect) => !rect)) return undefined;
      const left = Math.max(0, Math.min(...rects.map((rect) => rect.left)) + scrollX - margin);
      const top = Math.max(0, Math.min(...rects.map((rect) => rect.top)) + scrollY - margin);
      const right = Math.max(...rects.map((rect) => rect.right)) + scrollX + margin;
      const bottom = Math.max(...rects.map((rect) => rect.bottom)) + scrollY + margin;
      return { x: left, y: top, width: right - left, height: bottom - top };
    },
    selectors,
    MARGIN,
  );
  if (!box) throw new Error(`Not all of ${selectors.join(', ')} are on ${page.url()}: no screenshot.`);
  const scale = maxWidth ? Math.min(1, maxWidth / box.width) : 1;
  await page.screenshot({ path, clip: { ...box, scale } });
}
