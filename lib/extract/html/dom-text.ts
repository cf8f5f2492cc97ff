import { SKIP_TAGS, breakFor } from './blocks';
import { TextSink } from './text-sink';
import { MAX_TEXT_CHARS } from './types';

export interface DomTextOptions {
  /** Characters kept at most; the walk stops as soon as they are reached. */
  cap?: number;
  /** Extra tag names (lower-case) to leave out, e.g. nav/header/footer when reading a whole body. */
  skipTags?: ReadonlySet<string>;
  /** Extra elements to leave out (a site's "QR code" box inside a posting body). */
  skip?: (el: Element) => boolean;
}

const TEXT_NODE = 3;
const CDATA_NODE = 4;
const ELEMENT_NODE = 1;

/**
 * Readable text of a DOM subtree: whitespace collapsed, block elements turned into line or
 * paragraph breaks. Reads textContent node by node rather than innerText, which needs layout
 * (absent in happy-dom) and forces a reflow in the browser. Iterative, so a 10,000-deep page
 * cannot overflow the stack, and linear in the number of nodes visited.
 */
export function domText(root: Node, opts: DomTextOptions = {}): string {
  return readText(root, opts).text;
}

/** domText, also saying whether the cap cut the text short. */
export function readText(root: Node, opts: DomTextOptions = {}): { text: string; truncated: boolean } {
  const sink = new TextSink(opts.cap ?? MAX_TEXT_CHARS);
  // A number on the stack is the break to emit when leaving an element.
  const stack: Array<Node | 1 | 2> = [root];
  while (stack.length > 0 && !sink.full) {
    const item = stack.pop();
    if (item === undefined) break;
    if (item === 1 || item === 2) {
      sink.lineBreak(item);
      continue;
    }
    const type = item.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      sink.text(item.nodeValue ?? '');
      continue;
    }
    if (type === ELEMENT_NODE) {
      const el = item as Element;
      const tag = el.localName.toLowerCase();
      if (SKIP_TAGS.has(tag) || opts.skipTags?.has(tag) || el.hasAttribute('hidden')) continue;
      if (opts.skip?.(el)) continue;
      if (tag === 'br') {
        sink.br();
        continue;
      }
      const b = breakFor(tag);
      if (b !== 0) {
        sink.lineBreak(b);
        stack.push(b);
      }
    } else if (type !== 9 && type !== 11) {
      continue; // comments, processing instructions, doctype
    }
    for (let c = item.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return { text: sink.toString(), truncated: sink.full };
}

/** Single-line text of an element (titles, names, locations): whitespace collapsed, no breaks. */
export function inlineText(el: Element | null | undefined, cap = 5_000): string {
  if (!el) return '';
  return domText(el, { cap }).replace(/\n+/g, ' ');
}
