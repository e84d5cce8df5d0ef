// Handlers of our in-page UI act only on what the user did: the Console page's own scripts can
// reach into our open shadow roots and dispatch clicks and key presses, which the browser marks
// untrusted (event.isTrusted false). Those are ignored.

export function whenTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
