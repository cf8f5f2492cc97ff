import type { Evidence } from '../../engine/document';
import { findTextRanges } from './find-text';

/**
 * Evidence highlighting with the CSS Custom Highlight API: no element is added to or changed in
 * the page's text. Where the API is missing (older Firefox) nothing is highlighted; "Show in page"
 * still scrolls to the text.
 */
const NAME = 'recruit-radar-evidence';
const CSS_TEXT = `::highlight(${NAME}) { background-color: #ffe066; color: #000; text-decoration: underline 2px #8a1111; }`;

interface HighlightApi {
  highlights: Map<string, unknown>;
}
const api = (): HighlightApi | undefined => {
  const css = (globalThis as { CSS?: Partial<HighlightApi> }).CSS;
  return css?.highlights && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function' ? (css as HighlightApi) : undefined;
};

let styled = false;
function ensureStyle(doc: Document): void {
  if (styled) return;
  styled = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = CSS_TEXT;
    (doc.head ?? doc.documentElement).append(style);
  }
}

export class EvidenceHighlighter {
  private ranges = new Map<string, Range | undefined>();

  /** Finds and highlights every piece of evidence under `root`. */
  show(root: Node, evidence: readonly Evidence[]): void {
    this.clear();
    const texts = [...new Set(evidence.map((e) => e.text))];
    findTextRanges(root, texts).forEach((r, i) => this.ranges.set(texts[i]!, r));
    const hl = api();
    const found = [...this.ranges.values()].filter((r): r is Range => !!r);
    if (!hl || found.length === 0) return;
    ensureStyle(root.ownerDocument ?? (root as Document));
    const Highlight = (globalThis as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight;
    hl.highlights.set(NAME, new Highlight(...found));
  }

  /** Scrolls the evidence into view; false if it is not in the page. */
  reveal(e: Evidence): boolean {
    const r = this.ranges.get(e.text);
    const el = r?.startContainer.parentElement;
    if (!r || !el || !el.isConnected) return false;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return true;
  }

  clear(): void {
    this.ranges.clear();
    api()?.highlights.delete(NAME);
  }
}
