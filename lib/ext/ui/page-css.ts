import { UI_CSS } from './styles';

/** Popup and options pages: the in-page UI styles plus page layout. Works from 320 px wide up. */
export const PAGE_CSS = `${UI_CSS.replace(':host { all: initial; }', '')}
html, body { margin: 0; background: #fff; }
.rr-page { padding: 12px 14px; max-width: 720px; margin: 0 auto; }
.rr-page.rr-popup { width: 380px; max-width: 100vw; }
@media (max-width: 400px) { .rr-page.rr-popup { width: auto; } }
.rr-page h1 { font-size: 18px; margin: 0 0 8px; }
.rr-page h2 { font-size: 15px; margin: 16px 0 6px; }
.rr-page section { margin-bottom: 8px; }
.rr-page fieldset { border: 1px solid #bbb; border-radius: 6px; margin: 10px 0; padding: 8px 12px; }
.rr-page legend { font-weight: 600; padding: 0 4px; }
.rr-page label { display: block; margin: 4px 0; }
.rr-page textarea { width: 100%; min-height: 90px; font: inherit; padding: 6px; border: 1px solid #777; border-radius: 4px; box-sizing: border-box; }
.rr-btn { font: 600 14px system-ui, sans-serif; padding: 6px 12px; border-radius: 6px; border: 2px solid #1a56db; background: #1a56db; color: #fff; cursor: pointer; margin: 6px 8px 6px 0; }
.rr-btn.rr-secondary { background: #fff; color: #1a56db; }
.rr-btn.rr-danger { background: #8a1111; border-color: #8a1111; }
.rr-btn:disabled { opacity: .6; cursor: default; }
.rr-items { list-style: none; padding: 0; margin: 6px 0; }
.rr-items > li { margin: 4px 0; }
.rr-item-btn { all: unset; box-sizing: border-box; display: flex; gap: 8px; align-items: baseline; width: 100%; cursor: pointer; padding: 4px 2px; border-bottom: 1px solid #ddd; }
.rr-item-btn:focus-visible { outline: 3px solid #1a56db; }
.rr-level { font-weight: 700; white-space: nowrap; }
.rr-level.rr-high { color: #8a1111; } .rr-level.rr-medium { color: #6a4a00; } .rr-level.rr-low { color: #123f8c; } .rr-level.rr-none { color: #0f5223; }
.rr-status { min-height: 1.4em; color: #0f5223; }
.rr-error { color: #8a1111; }
.rr-page input[type=url] { width: 100%; font: inherit; padding: 6px; border: 1px solid #777; border-radius: 4px; box-sizing: border-box; }
.rr-feeds { list-style: none; padding: 0; margin: 6px 0; }
.rr-feed { border: 1px solid #bbb; border-radius: 6px; padding: 6px 12px; margin: 8px 0; overflow-wrap: anywhere; }
.rr-feed h3 { font-size: 14px; margin: 4px 0; } .rr-feed p { margin: 3px 0; }
table.rr-history { border-collapse: collapse; width: 100%; font-size: 13px; }
table.rr-history th, table.rr-history td { border-bottom: 1px solid #ddd; padding: 4px; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
`;
