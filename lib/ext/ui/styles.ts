/**
 * Styles for the badge and the panel, as one string placed in each closed shadow root (and in
 * the popup). Sizes are in px, not rem: rem would follow the page's root font size, which a page
 * can set to anything. Colours pass WCAG AA contrast; the level is also carried by icon and word.
 */
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.rr-root { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: #1a1a1a; }
.rr-badge { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 4px; padding: 2px 8px; margin: 2px 0;
  border: 2px solid currentColor; border-radius: 12px; font: 600 13px/18px system-ui, "DejaVu Sans", sans-serif; cursor: pointer; white-space: nowrap; }
.rr-badge:focus-visible, .rr-root button:focus-visible, .rr-root a:focus-visible, .rr-root summary:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
.rr-badge.rr-none { background: #e6f4ea; color: #0f5223; }
.rr-badge.rr-low { background: #e8f0fe; color: #123f8c; }
.rr-badge.rr-medium { background: #fff4ce; color: #6a4a00; }
.rr-badge.rr-high { background: #8a1111; color: #ffffff; }
.rr-panel { background: #fff; color: #1a1a1a; border: 2px solid #444; border-radius: 8px; padding: 12px 14px; text-align: start; }
.rr-panel.rr-high { border-color: #8a1111; } .rr-panel.rr-medium { border-color: #8a6a00; }
.rr-head { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; }
.rr-panel h2 { font-size: 18px; margin: 0 0 6px; } .rr-panel h3 { font-size: 15px; margin: 14px 0 6px; } .rr-panel h4 { font-size: 14px; margin: 0 0 2px; }
.rr-panel p { margin: 4px 0; } .rr-panel ul { margin: 4px 0; padding-inline-start: 20px; }
.rr-panel .rr-list { padding: 0; list-style: none; }
.rr-finding { border-inline-start: 4px solid #888; padding: 4px 0 6px 8px; padding-inline-start: 8px; margin: 8px 0; }
.rr-finding.rr-strong { border-color: #8a1111; } .rr-finding.rr-medium { border-color: #8a6a00; }
.rr-strength, .rr-muted { color: #4a4a4a; font-size: 12px; }
.rr-title { font-weight: 600; overflow-wrap: anywhere; }
.rr-label { font-weight: 600; }
.rr-quote { display: inline; } .rr-quote q { overflow-wrap: anywhere; }
.rr-quote mark { background: #fff0a0; color: inherit; }
.rr-link { all: unset; cursor: pointer; color: #1a56db; text-decoration: underline; font-size: 12px; margin-inline: 6px; }
.rr-link[disabled] { color: #4a4a4a; text-decoration: none; cursor: default; }
.rr-close { all: unset; cursor: pointer; font-size: 22px; line-height: 22px; padding: 2px 8px; border-radius: 4px; }
.rr-panel a { color: #1a56db; }
.rr-contact { font-weight: 600; overflow-wrap: anywhere; }
.rr-help li { margin: 6px 0; }
.rr-disclaimer { margin-top: 12px; }
.rr-notice { border-inline-start: 4px solid #1f5fa8; padding-inline-start: 8px; }
.rr-inline { margin: 6px 0; max-width: 720px; }
.rr-float { position: fixed; inset-inline-end: 12px; bottom: 12px; z-index: 2147483647; width: min(440px, calc(100vw - 24px));
  max-height: calc(100vh - 24px); overflow: auto; box-shadow: 0 4px 24px rgba(0,0,0,.35); border-radius: 8px; }
@media (max-width: 520px) { .rr-float { inset-inline: 0; bottom: 0; width: 100vw; max-height: 80vh; border-radius: 8px 8px 0 0; } }
@media (forced-colors: active) { .rr-badge, .rr-panel { border: 2px solid CanvasText; forced-color-adjust: auto; } }
`;
