// Styles of <ocg-scope-assistant>'s status part (AssistantStatus); the assistant brings its own
// (assistant-css.ts). The host sets the colour scheme and CanvasText (shadow-host.ts); the status
// paints its own Canvas, like the assistant, so that light-dark() and the system colours stay
// readable whatever the Console's own background.
export const STATUS_CSS = `:host{--ocg-red:light-dark(#c0262d,#ff7b7b)}
.status{background:Canvas;padding:2px 8px;border-radius:6px}
.head{font-size:15px;margin:8px 0 4px;display:flex;gap:8px;flex-wrap:wrap}
.managed{font-size:12px;padding:0 8px;border-radius:9px;border:1px solid;color:light-dark(#1f5f99,#a8c7fa)}
.load-error,.blocked{margin:4px 0;padding:6px 10px;border-left:4px solid var(--ocg-red);background:color-mix(in srgb,var(--ocg-red) 12%,Canvas)}
.blocked ul{margin:4px 0 0;padding-left:20px}.stopped{outline:2px solid var(--ocg-red)}p{margin:4px 0}`;
