// Styles of <ocg-scope-assistant>'s status part (AssistantStatus); the assistant brings its own
// (assistant-css.ts). System colours and light-dark() keep both readable on the Console's light
// and dark themes.
export const STATUS_CSS = `:host{color-scheme:light dark;color:CanvasText;--ocg-red:light-dark(#c0262d,#ff7b7b)}
.head{font-size:15px;margin:8px 0 4px;display:flex;gap:8px;flex-wrap:wrap}
.managed{font-size:12px;padding:0 8px;border-radius:9px;border:1px solid;color:light-dark(#1f5f99,#a8c7fa)}
.load-error,.blocked{margin:4px 0;padding:6px 10px;border-left:4px solid var(--ocg-red);background:color-mix(in srgb,var(--ocg-red) 12%,Canvas)}
.blocked ul{margin:4px 0 0;padding-left:20px}.stopped{outline:2px solid var(--ocg-red)}p{margin:4px 0}`;
