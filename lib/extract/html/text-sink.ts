/**
 * Accumulates text with whitespace collapsed and paragraph breaks kept, up to a character cap.
 * Both the DOM walker and the string HTML-to-text converter write into it, so they normalise
 * identically. Everything is a single left-to-right pass: no regex that can backtrack over long
 * whitespace runs (a page can hold megabytes of indentation).
 */
export class TextSink {
  private readonly parts: string[] = [];
  private length = 0;
  private pendingSpace = false;
  private pendingBreaks = 0;
  /** True once the cap was reached; callers stop walking. */
  full = false;

  constructor(private readonly cap: number) {}

  /** Append inline text; runs of whitespace (including newlines and NBSP) become one space. */
  text(s: string): void {
    if (this.full) return;
    let i = 0;
    const n = s.length;
    while (i < n) {
      if (isSpace(s.charCodeAt(i))) {
        this.pendingSpace = true;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && !isSpace(s.charCodeAt(j))) j++;
      this.word(s.slice(i, j));
      if (this.full) return;
      i = j;
    }
  }

  /** Request a line break (1) or a paragraph break (2) before the next word. */
  lineBreak(count: 1 | 2 = 1): void {
    if (count > this.pendingBreaks) this.pendingBreaks = count;
  }

  /** A <br>: one line break, and two in a row make a paragraph break ("line<br><br>line"). */
  br(): void {
    this.pendingBreaks = this.pendingBreaks >= 1 ? 2 : 1;
  }

  toString(): string {
    return this.parts.join('');
  }

  private word(w: string): void {
    if (this.length > 0) {
      const sep = this.pendingBreaks === 2 ? '\n\n' : this.pendingBreaks === 1 ? '\n' : this.pendingSpace ? ' ' : '';
      // Never end on a separator: if only the separator would fit, stop here.
      if (this.length + sep.length >= this.cap && sep) {
        this.full = true;
        return;
      }
      if (sep) this.push(sep);
    }
    this.pendingBreaks = 0;
    this.pendingSpace = false;
    this.push(w);
  }

  private push(s: string): void {
    const room = this.cap - this.length;
    if (room <= 0) {
      this.full = true;
      return;
    }
    const piece = s.length > room ? s.slice(0, room) : s;
    this.parts.push(piece);
    this.length += piece.length;
    if (this.length >= this.cap) this.full = true;
  }
}

/**
 * ASCII whitespace, NBSP and the Unicode spaces. Zero-width characters are not spaces: they are
 * left in place for the engine's normaliser, which strips them (splitting "what\u200bsapp" into
 * two words here would hide it from matching).
 */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Collapse whitespace of a short inline string (a title, a company name). */
export function collapse(s: string | null | undefined, cap = 10_000): string {
  if (!s) return '';
  const sink = new TextSink(cap);
  sink.text(s);
  return sink.toString();
}
