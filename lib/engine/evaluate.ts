import type { CompiledUnless, Node } from './compile';
import type { ScreenDoc } from './document';
import type { Span } from './match/phrase-index';
import { evaluatePredicate, type PredicateContext } from './predicates';

/** A place where a node matched: tokens [a, b) and the character ranges to show as evidence. */
export interface Hit {
  a: number;
  b: number;
  ev: [number, number][];
}

export interface NodeResult {
  ok: boolean;
  hits: Hit[];
  missing: string[];
}

const NO: NodeResult = { ok: false, hits: [], missing: [] };
const MAX_HITS = 64;

export interface EvalContext {
  doc: ScreenDoc;
  phraseHits: Map<number, Span[]>;
  pred: PredicateContext;
}

export function evaluate(node: Node, cx: EvalContext): NodeResult {
  switch (node.t) {
    case 'phrases': {
      const hits = withoutBlocked(phraseHits(node.ids, cx), node.unless, cx);
      return { ok: hits.length > 0, hits, missing: [] };
    }
    case 'near': {
      const a = evaluate(node.a, cx);
      if (!a.ok) return NO;
      const b = evaluate(node.b, cx);
      if (!b.ok) return NO;
      let hits: Hit[] = [];
      const w = cx.doc.toks.words;
      const sent = cx.doc.toks.sentences;
      for (const x of a.hits) {
        for (const y of b.hits) {
          if (node.ordered && y.a < x.a) continue;
          const [first, second] = x.a <= y.a ? [x, y] : [y, x];
          if (node.sameSentence && sent[first.a] !== sent[Math.max(first.b, second.b) - 1]) continue;
          const gap = second.a < first.b ? 0 : w[second.a]! - w[first.b - 1]! - 1;
          if (gap > node.within || hits.length >= MAX_HITS) continue;
          // Close together, the two parts read best as one quote ("passport will be kept by").
          const ev: [number, number][] = gap <= 8 ? [[Math.min(x.ev[0]![0], y.ev[0]![0]), Math.max(...x.ev.map((e) => e[1]), ...y.ev.map((e) => e[1]))]] : [...x.ev, ...y.ev];
          hits.push({ a: first.a, b: Math.max(first.b, second.b), ev });
        }
      }
      hits = withoutBlocked(hits, node.unless, cx);
      return { ok: hits.length > 0, hits, missing: [...a.missing, ...b.missing] };
    }
    case 'all': {
      const rs: NodeResult[] = [];
      for (const c of node.of) {
        const r = evaluate(c, cx);
        if (!r.ok) return NO;
        rs.push(r);
      }
      return merge(rs);
    }
    case 'any': {
      const rs = node.of.map((c) => evaluate(c, cx)).filter((r) => r.ok);
      return rs.length ? merge(rs) : NO;
    }
    case 'not':
      return evaluate(node.of, cx).ok ? NO : { ok: true, hits: [], missing: [] };
    case 'atLeast': {
      const rs = node.of.map((c) => evaluate(c, cx)).filter((r) => r.ok);
      return rs.length >= node.n ? merge(rs) : NO;
    }
    case 'pred':
      return evaluatePredicate(node.p, cx.pred);
  }
}

/**
 * A negation or exception ("no", "free of", "never") just before the hit, starting before it and
 * running into it, or just after it. Distances are in words (a Thai or Chinese character counts as
 * a fraction of a word, as in `near`): `before: 3` means at most 3 words stand between the
 * blocker and the hit; 0 switches that side off. A blocker overlapping the hit always blocks;
 * one in another sentence never does.
 */
function blocks(k: Hit, h: Hit, before: number, after: number, words: Float64Array, sentences: Int32Array): boolean {
  if (k.a < h.b && k.b > h.a) return true;
  if (sentences[k.a] !== sentences[h.a] && sentences[k.a] !== sentences[h.b - 1]) return false;
  if (k.b <= h.a) return before > 0 && words[h.a]! - words[k.b - 1]! <= before + 1;
  if (k.a >= h.b) return after > 0 && words[k.a]! - words[h.b - 1]! <= after + 1;
  return false;
}

function withoutBlocked(hits: Hit[], unless: CompiledUnless | undefined, cx: EvalContext): Hit[] {
  if (!unless || !hits.length) return hits;
  const blockers = phraseHits(unless.ids, cx);
  if (!blockers.length) return hits;
  const { words, sentences } = cx.doc.toks;
  return hits.filter((h) => !blockers.some((k) => blocks(k, h, unless.before, unless.after, words, sentences)));
}

function phraseHits(ids: number[], cx: EvalContext): Hit[] {
  const out: Hit[] = [];
  const t = cx.doc.toks;
  for (const id of ids) {
    for (const s of cx.phraseHits.get(id) ?? []) {
      out.push({ a: s.a, b: s.b, ev: [[t.starts[s.a]!, t.ends[s.b - 1]!]] });
      if (out.length >= MAX_HITS) return out;
    }
  }
  return out;
}

function merge(rs: NodeResult[]): NodeResult {
  return { ok: true, hits: rs.flatMap((r) => r.hits).slice(0, MAX_HITS), missing: [...new Set(rs.flatMap((r) => r.missing))] };
}
