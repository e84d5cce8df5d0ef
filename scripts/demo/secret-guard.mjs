// Screenshots of the demo never show a credential's secret: before each one, every frame of the
// page (open shadow roots included) is searched for it in rendered text and in unmasked fields.
/* global document, getComputedStyle, Node -- in functions evaluated in the page */

/** Throws when `secret` can be read on `page`: in visible text, or in a field that does not mask it. */
export async function expectSecretHidden(page, secret) {
  for (const frame of page.frames()) {
    const where = await frame.evaluate(findReadable, secret).catch(() => undefined);
    if (where) throw new Error(`The secret would be in the screenshot of ${page.url()}: ${where}`);
  }
}

function findReadable(secret) {
  const masked = (field) => field.type === 'password' || getComputedStyle(field).getPropertyValue('-webkit-text-security') !== 'none';
  const visit = (root) => {
    const walker = document.createTreeWalker(root, 1 | 4); // elements and text
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        // A text node straight in a shadow root shows as part of its host.
        const shownIn = node.parentElement ?? node.parentNode?.host;
        if (node.data.includes(secret) && shownIn?.checkVisibility()) return `text in <${shownIn.localName}>`;
        continue;
      }
      if ((node.localName === 'input' || node.localName === 'textarea') && node.value.includes(secret) && node.checkVisibility() && !masked(node)) {
        return `the value of <${node.localName}${node.id ? `#${node.id}` : ''}>`;
      }
      const inShadow = node.shadowRoot && visit(node.shadowRoot);
      if (inShadow) return `${inShadow} in the shadow root of <${node.localName}>`;
    }
    return undefined;
  };
  return visit(document.documentElement);
}
