// Styles for the <ocg-capture> shadow root (the Console's CSS cannot reach in). The host sets the
// colour scheme (shadow-host.ts); the control paints its own colours in both.
export const CAPTURE_CSS = `
.capture {
  display: flex; align-items: center; gap: 0.75rem; flex-wrap: wrap;
  margin: 0.5rem 0; padding: 0.5rem 0.75rem; border-radius: 6px;
  background: #eef4fb; color: #10263d; border: 1px solid #9dbbe0;
}
.capture--captured { background: #edf7ef; border-color: #8cc79a; color: #123d1c; }
.capture--error, .capture--lost { background: #fdf0ef; border-color: #e0a39d; color: #5c1510; }
button {
  font: inherit; font-weight: 600; padding: 0.35rem 0.8rem; border-radius: 4px; cursor: pointer;
  background: #1f5f99; color: #fff; border: 1px solid #1f5f99;
}
button:disabled { cursor: default; opacity: 0.75; }
button:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
p { margin: 0; }
@media (prefers-color-scheme: dark) {
  .capture { background: #152a40; color: #dbe8f6; border-color: #35587f; }
  .capture--captured { background: #16321d; color: #d3efd9; border-color: #3d7a4c; }
  .capture--error, .capture--lost { background: #3d1714; color: #f6d7d3; border-color: #8a3b33; }
  button { background: #3b82c4; border-color: #3b82c4; }
}
`;
