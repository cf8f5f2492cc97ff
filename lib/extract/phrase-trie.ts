import { boundaryOf, isLetterAt, prep } from './text';

/**
 * A trie of fixed phrases scanned over folded text in one pass: at each offset it walks at most
 * the longest phrase, so the cost is linear in the text whatever the word lists hold (a regex
 * alternation of hundreds of words would retry every alternative at every offset).
 *
 * Phrase syntax: a space matches one to three spaces or hyphens ("no fee" finds "no-fee"); a
 * trailing "*" marks a stem that may run on into longer words ("оплат*" finds "оплату").
 */

interface Node<T> {
  next: Map<number, Node<T>>;
  value?: T;
  /** The phrase ends where a letter must not follow. */
  rightWord?: boolean;
  /** A stem: the hit runs on to the end of the word ("оплат*" covers "оплату"). */
  stem?: boolean;
}

export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
}

const SPACE = 0x20;
// Apostrophes count as spaces so "billet d avion" finds "billet d'avion" (and phrases may be written either way).
const isSpaceLike = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x2d || c === 0x5f || c === 0x27;

export class PhraseTrie<T> {
  private root: Node<T> = { next: new Map() };
  /** First characters whose phrases must start a word. */
  private leftWord = new Set<number>();

  /** Adds a phrase; `merge` combines values when the same phrase is added twice. */
  add(phrase: string, value: T, merge?: (old: T, add: T) => T): void {
    let stem = false;
    let s = phrase;
    if (s.endsWith('*')) {
      stem = true;
      s = s.slice(0, -1);
    }
    s = prep(s).replace(/[\s\-_']+/g, ' ').trim();
    if (!s) return;
    if (boundaryOf(s[0]) !== 'none') this.leftWord.add(s.charCodeAt(0));
    let node = this.root;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let nx = node.next.get(c);
      if (!nx) {
        nx = { next: new Map() };
        node.next.set(c, nx);
      }
      node = nx;
    }
    node.value = node.value !== undefined && merge ? merge(node.value, value) : value;
    node.rightWord = !stem && boundaryOf(s[s.length - 1]) === 'both';
    if (stem) node.stem = true;
  }

  addAll(phrases: readonly string[], value: T, merge?: (old: T, add: T) => T): void {
    for (const p of phrases) this.add(p, value, merge);
  }

  /** Leftmost-longest, non-overlapping hits in folded text (see `prep`). */
  scan(p: string): PhraseHit<T>[] {
    const out: PhraseHit<T>[] = [];
    const n = p.length;
    const root = this.root.next;
    let i = 0;
    while (i < n) {
      const c0 = p.charCodeAt(i);
      let node = root.get(c0);
      if (!node || (this.leftWord.has(c0) && isLetterAt(p, i - 1))) {
        i++;
        continue;
      }
      let j = i + 1;
      let bestEnd = -1;
      let best: T | undefined;
      for (;;) {
        if (node.value !== undefined && j >= bestEnd && !(node.rightWord && isLetterAt(p, j))) {
          bestEnd = j;
          best = node.value;
          if (node.stem) while (isLetterAt(p, bestEnd)) bestEnd++;
        }
        if (j >= n) break;
        const c = p.charCodeAt(j);
        if (isSpaceLike(c)) {
          const sp: Node<T> | undefined = node.next.get(SPACE) ?? (c !== SPACE ? node.next.get(c) : undefined);
          if (!sp) break;
          let k = j + 1;
          if (node.next.has(SPACE)) while (k < n && k - j < 3 && isSpaceLike(p.charCodeAt(k))) k++;
          node = sp;
          j = k;
          continue;
        }
        const nx = node.next.get(c);
        if (!nx) break;
        node = nx;
        j++;
      }
      if (bestEnd > 0 && best !== undefined) {
        out.push({ start: i, end: bestEnd, value: best });
        i = bestEnd;
      } else i++;
    }
    return out;
  }
}

/** Hits indexed by start and by end offset, for O(1) "what touches this number" lookups. */
export class HitIndex<T> {
  readonly byStart = new Map<number, PhraseHit<T>>();
  readonly byEnd = new Map<number, PhraseHit<T>>();
  constructor(readonly hits: PhraseHit<T>[]) {
    for (const h of hits) {
      this.byStart.set(h.start, h);
      this.byEnd.set(h.end, h);
    }
  }

  /** First hit starting at `at` or after at most `spaces` spaces, accepted by `ok`. */
  after(p: string, at: number, spaces: number, ok: (v: T) => boolean): PhraseHit<T> | undefined {
    for (let k = at; k <= at + spaces; k++) {
      const h = this.byStart.get(k);
      if (h && ok(h.value)) return h;
      if (p.charCodeAt(k) !== SPACE) return undefined;
    }
    return undefined;
  }

  /** Last hit ending at `at` or before at most `spaces` spaces, accepted by `ok`. */
  before(p: string, at: number, spaces: number, ok: (v: T) => boolean): PhraseHit<T> | undefined {
    for (let k = at; k >= at - spaces && k > 0; k--) {
      const h = this.byEnd.get(k);
      if (h && ok(h.value)) return h;
      if (p.charCodeAt(k - 1) !== SPACE) return undefined;
    }
    return undefined;
  }

  /** Index of the first hit starting at or after `at` (binary search). */
  firstFrom(at: number): number {
    let lo = 0;
    let hi = this.hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.hits[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
