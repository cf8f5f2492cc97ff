/**
 * Finds evidence strings in the live page so they can be highlighted. The engine quotes the text
 * it read; the page may split it across elements and spread it over odd whitespace, so text
 * nodes are joined with runs of whitespace collapsed to one space, then searched.
 */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select']);
/** Text read per search at most: a 5 MB page must not make one click take seconds. */
export const MAX_SEARCH_CHARS = 1_000_000;

interface Flat {
  text: string;
  nodes: Text[];
  /** For each char of `text`: index into nodes and offset in that node. */
  node: Int32Array;
  offset: Int32Array;
}

/** JavaScript's \s, tested by code unit (a regex per character is slow on a megabyte). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function flatten(root: Node): Flat {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement && SKIP.has(n.parentElement.localName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  const pieces: string[] = [];
  const node: number[] = [];
  const offset: number[] = [];
  let lastSpace = true;
  for (let n = walker.nextNode(); n && node.length < MAX_SEARCH_CHARS; n = walker.nextNode()) {
    const data = (n as Text).data;
    const ni = nodes.push(n as Text) - 1;
    let piece = '';
    for (let i = 0; i < data.length && node.length < MAX_SEARCH_CHARS; i++) {
      const space = isSpace(data.charCodeAt(i));
      if (space && lastSpace) continue;
      piece += space ? ' ' : data[i];
      node.push(ni);
      offset.push(i);
      lastSpace = space;
    }
    pieces.push(piece);
  }
  return { text: pieces.join(''), nodes, node: Int32Array.from(node), offset: Int32Array.from(offset) };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A Range for each needle found under `root` (first occurrence), or undefined where not found. */
export function findTextRanges(root: Node, needles: readonly string[]): (Range | undefined)[] {
  if (needles.length === 0) return [];
  const flat = flatten(root);
  const lower = flat.text.toLowerCase();
  const sameLength = lower.length === flat.text.length; // lower-casing can change length (e.g. "İ")
  return needles.map((raw) => {
    const needle = collapse(raw);
    if (needle.length < 2) return undefined;
    let at = flat.text.indexOf(needle);
    if (at < 0 && sameLength) at = lower.indexOf(needle.toLowerCase());
    if (at < 0) return undefined;
    const end = at + needle.length - 1;
    const range = (root.ownerDocument ?? (root as Document)).createRange();
    range.setStart(flat.nodes[flat.node[at]!]!, flat.offset[at]!);
    range.setEnd(flat.nodes[flat.node[end]!]!, flat.offset[end]! + 1);
    return range;
  });
}
