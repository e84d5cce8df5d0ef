import { describe, expect, it } from 'vitest';
import { findGeneratePanel } from '@/utils/console/detect';
import { slotAboveGenerate } from '@/utils/console/panel-slot';
import { generatePanelHtml, mountConsole, panelState, SNIPPET_STYLES } from './snippets';

/** Where a host placed in the slot ends up: what comes right before and after it in document order. */
function placeAndLook(): { inside: string; beforeGenerate: boolean; afterLastField: boolean } {
  const panel = findGeneratePanel(document)!;
  const slot = slotAboveGenerate(panel);
  const host = document.createElement('ocg-scope-assistant');
  slot.parent.insertBefore(host, slot.before);
  const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const lastField = panel.addRowButton ?? panel.rows.at(-1)!.element;
  return {
    inside: slot.parent === panel.element ? 'panel' : (slot.parent.getAttribute('data-part') ?? slot.parent.localName),
    beforeGenerate: follows(host, panel.generateButton),
    afterLastField: follows(lastField, host),
  };
}

describe('slotAboveGenerate', () => {
  it.each(SNIPPET_STYLES)('%s (flat panel): in the panel, after the fields, before the footer', (_label, style) => {
    mountConsole(document, { layer: generatePanelHtml(style, panelState('pairs', [{}, {}])) });
    expect(placeAndLook()).toEqual({ inside: 'panel', beforeGenerate: true, afterLastField: true });
  });

  it('at the end of the body that holds every field (the replica layout), so it scrolls with the form', () => {
    mountConsole(document, {
      layer: `<div role="dialog" aria-labelledby="h"><div><h2 id="h">Generate OAuth 2.0 client credential</h2></div>
        <form><div data-part="body"><input aria-label="Name"><textarea aria-label="Description"></textarea>
          <div role="group" aria-label="Scope 1"><input aria-label="Audience"><input aria-label="Scope"><button type="button" aria-label="Remove scope">✕</button></div>
          <button type="button">+ Another scope</button><div role="alert" hidden></div></div>
        <div data-part="footer"><button type="submit">Generate</button><button type="button">Cancel</button></div></form></div>`,
    });
    expect(placeAndLook()).toEqual({ inside: 'body', beforeGenerate: true, afterLastField: true });
  });
});
