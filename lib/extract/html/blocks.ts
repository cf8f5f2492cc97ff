/**
 * How HTML elements shape plain text. Shared by the DOM walker (dom-text.ts) and the string
 * converter (html-text.ts) so a description reads the same whether it came from the page or from
 * a JSON-LD string.
 */

/**
 * Elements whose content is not text a reader sees as part of the posting: code, styling, inert
 * templates, graphics, and form widgets (a country <select> would add 200 country names).
 * Buttons are kept: "Apply on WhatsApp" is exactly the kind of text the rules look for.
 */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'select', 'option', 'datalist', 'textarea', 'input', 'head', 'title', 'meta', 'link',
]);

/** Paragraph-level blocks: a blank line around them. */
const PARAGRAPH = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre',
  'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure', 'form', 'fieldset', 'hr',
]);

/** Line-level blocks: a line break around them. */
const LINE = new Set(['br', 'div', 'li', 'tr', 'dd', 'dt', 'address', 'figcaption', 'caption', 'details', 'summary', 'legend', 'center']);

/** 0 = inline, 1 = line break, 2 = paragraph break. `tag` is lower-case. */
export function breakFor(tag: string): 0 | 1 | 2 {
  if (PARAGRAPH.has(tag)) return 2;
  if (LINE.has(tag)) return 1;
  return 0;
}
