// Styles for FindingsList, usable inside a shadow root (in-page) and on extension pages alike.
// Colours come from system-aware custom properties so the list reads well in light and dark.
export const FINDINGS_CSS = `
.ocg-findings { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.ocg-finding { --ocg-accent: #5f6b7a; border-left: 4px solid var(--ocg-accent); padding: 6px 8px; border-radius: 4px;
  background: color-mix(in srgb, var(--ocg-accent) 8%, Canvas); color: CanvasText; }
.ocg-finding--error { --ocg-accent: #c0262d; }
.ocg-finding--security_warning { --ocg-accent: #b3470b; }
.ocg-finding--warning { --ocg-accent: #8a6500; }
.ocg-finding--suggestion { --ocg-accent: #2c64b0; }
@media (prefers-color-scheme: dark) {
  .ocg-finding--error { --ocg-accent: #ff7b7b; }
  .ocg-finding--security_warning { --ocg-accent: #ff9f5a; }
  .ocg-finding--warning { --ocg-accent: #e5c04b; }
  .ocg-finding--suggestion { --ocg-accent: #7fb0ff; }
}
.ocg-finding p { margin: 2px 0; }
.ocg-finding-severity { font-weight: 600; color: var(--ocg-accent); }
.ocg-finding-where, .ocg-finding-id { opacity: .8; font-size: .9em; }
.ocg-finding-exemption { font-style: italic; }
.ocg-finding-actions { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.ocg-finding-fix { font: inherit; padding: 2px 8px; cursor: pointer; }
.ocg-finding-fix:focus-visible, .ocg-finding-learn:focus-visible { outline: 2px solid Highlight; outline-offset: 2px; }
.ocg-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
