// Which of our in-page UIs must appear when the Console inserts a panel or dialog: one line per host.
// `on` is the replica event recorded at the insertion: `panel-open` (the Generate panel) or
// `dialog-open` (the one-time secret dialog).
export const REACTION_HOSTS = Object.freeze([
  { on: 'panel-open', host: 'ocg-realm-banner' },
  { on: 'panel-open', host: 'ocg-scope-assistant' },
  { on: 'dialog-open', host: 'ocg-realm-banner' },
  { on: 'dialog-open', host: 'ocg-capture' },
]);

export const VIEW_NAMES = Object.freeze({ 'panel-open': 'Generate panel', 'dialog-open': 'secret dialog' });
