// Colours meet WCAG AA contrast in both schemes; the Console has a light and a dark theme.
export const BANNER_CSS = `
.banner { display: flex; gap: 12px; align-items: flex-start; margin: 8px 0; padding: 10px 12px;
  border-radius: 6px; border: 1px solid; color: #1b1b1b; }
.banner.unavailable { background: #fdecea; border-color: #b3261e; }
.banner.available { background: #edf7ed; border-color: #2e7d32; padding: 6px 12px; font-size: 13px; }
.banner.unknown { background: #f1f3f5; border-color: #5f6368; }
.title { font-weight: 600; }
.detail { margin: 4px 0; }
.source { color: #0b57d0; }
.dismiss { margin-left: auto; background: transparent; border: 1px solid transparent; border-radius: 4px;
  font-size: 18px; line-height: 1; padding: 2px 8px; cursor: pointer; color: inherit; }
.dismiss:focus-visible, .source:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .banner { color: #f1f1f1; }
  .banner.unavailable { background: #410e0b; border-color: #f2b8b5; }
  .banner.available { background: #0f2e12; border-color: #81c995; }
  .banner.unknown { background: #2a2d31; border-color: #9aa0a6; }
  .source { color: #a8c7fa; }
  .dismiss:focus-visible, .source:focus-visible { outline-color: #a8c7fa; }
}
`;
