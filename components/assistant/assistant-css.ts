import { FINDINGS_CSS } from '../findings/findings-css';

// Styles of the lazily loaded assistant inside <ocg-scope-assistant>'s shadow root. It paints its
// own background (Canvas in its own color-scheme), like the banner and the capture control, so its
// colours never depend on the Console's: system colours and color-mix then follow light and dark
// (axe checks the contrast in both); focus is always visible.
export const ASSISTANT_CSS = `
.assistant { display: grid; gap: 10px; margin-bottom: 8px; padding: 8px; border-radius: 6px;
  color-scheme: light dark; background: Canvas; color: CanvasText; }
h4 { font-size: 14px; margin: 0 0 4px; }
label { display: block; font-weight: 600; margin: 4px 0 2px; }
input, textarea { font: inherit; width: 100%; box-sizing: border-box; padding: 4px 6px; border: 1px solid GrayText;
  border-radius: 4px; background: Field; color: FieldText; }
input[aria-invalid="true"], textarea[aria-invalid="true"] { border-color: #c0262d; }
button { font: inherit; padding: 3px 10px; border-radius: 4px; border: 1px solid GrayText; background: ButtonFace;
  color: ButtonText; cursor: pointer; }
button:disabled { cursor: default; opacity: .6; }
button.primary { background: #1f5f99; border-color: #1f5f99; color: #fff; font-weight: 600; }
button.link { border: 0; background: none; padding: 0 4px; color: LinkText; text-decoration: underline; }
button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 2px solid Highlight; outline-offset: 2px; }
.hint, .preset-about { font-size: 12px; opacity: .85; margin: 2px 0; }
.presets { list-style: none; margin: 4px 0 0; padding: 0; max-height: 16em; overflow: auto; display: grid; gap: 4px; }
.preset { width: 100%; text-align: left; display: flex; gap: 8px; align-items: baseline; justify-content: space-between; }
.preset-title { font-weight: 600; }
.badge { font-size: 11px; padding: 0 6px; border-radius: 999px; border: 1px solid currentColor; white-space: nowrap; }
.preset-form { display: grid; gap: 4px; }
.optional { font-weight: 400; opacity: .8; }
.field-error { color: #c0262d; font-size: 12px; margin: 2px 0; }
.buttons { display: flex; gap: 8px; flex-wrap: wrap; margin: 4px 0; }
.notice { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; padding: 4px 8px; border-radius: 4px;
  background: color-mix(in srgb, #2c64b0 8%, Canvas); }
.notice p { margin: 0; }
.notice--error { background: color-mix(in srgb, #c0262d 10%, Canvas); }
.count { font-weight: 400; }
.exemption, .exemption-form { margin: 4px 0 0; }
@media (prefers-color-scheme: dark) {
  .field-error { color: #ff7b7b; }
  input[aria-invalid="true"], textarea[aria-invalid="true"] { border-color: #ff7b7b; }
}
${FINDINGS_CSS}`;
