import type { CompiledRule, CompiledRuleSet } from './compile';
import { evalContext } from './context';
import { evidenceOf, type Evidence, type ScreenDoc } from './document';
import { evaluate, type NodeResult } from './evaluate';
import { pick } from './localise';
import type { Posting } from './posting';
import { score } from './score';
import type { Finding, Verdict } from './verdict';

export interface ScreenOptions {
  /** UI locale for explanations, advice and questions; English is the fallback. */
  locale?: string;
}

const MAX_EVIDENCE = 6;
const MAX_QUESTIONS = 10;

/** Screens one posting: the whole engine, deterministic, no I/O. */
export function screen(posting: Posting, set: CompiledRuleSet, opts: ScreenOptions = {}): Verdict {
  const locale = opts.locale ?? 'en';
  const cx = evalContext(posting, set);
  const doc = cx.doc;
  const findings: Finding[] = [];
  const mitigations: Finding[] = [];
  const asked: Finding[] = [];
  const notices: Finding[] = [];
  const bucket = { indicator: findings, mitigator: mitigations, question: asked, notice: notices };
  for (const cr of set.rules) {
    const r = evaluate(cr.root, cx);
    if (!r.ok) continue;
    const f = toFinding(cr, r, doc, locale);
    bucket[cr.rule.kind].push(f);
  }
  const order = { strong: 0, medium: 1, weak: 2 };
  findings.sort((a, b) => order[a.strength] - order[b.strength] || a.ruleId.localeCompare(b.ruleId));
  const scored = score(findings, mitigations, notices.length > 0);
  const questions = [...new Set([...findings, ...asked].flatMap((f) => f.questions))].slice(0, MAX_QUESTIONS);
  return {
    level: scored.level,
    score: scored.score,
    findings,
    mitigations,
    notices,
    questions,
    dimensions: scored.dimensions,
    countries: cx.countries,
    feedVersion: set.feedVersion,
    truncated: doc.truncated,
  };
}

/** Overlapping or touching quotes in one field become one quote, in reading order. */
function mergeEvidence(list: Evidence[], doc: ScreenDoc): Evidence[] {
  const order = new Map(doc.fields.map((f, i) => [f.name, i]));
  list.sort((a, b) => order.get(a.field)! - order.get(b.field)! || a.start - b.start);
  const out: Evidence[] = [];
  for (const e of list) {
    const last = out[out.length - 1];
    if (last && last.field === e.field && e.start <= last.end) {
      if (e.end > last.end) {
        const f = doc.fields.find((x) => x.name === e.field)!;
        last.end = e.end;
        last.text = doc.original.slice(f.start + last.start, f.start + last.end);
      }
      continue;
    }
    out.push({ ...e });
  }
  return out;
}

function toFinding(cr: CompiledRule, r: NodeResult, doc: ScreenDoc, locale: string): Finding {
  const rule = cr.rule;
  const evidence = mergeEvidence(r.hits.flatMap((h) => h.ev.map(([x, y]) => evidenceOf(doc, x, y)).filter((e): e is Evidence => !!e)), doc).slice(0, MAX_EVIDENCE);
  return {
    ruleId: rule.id,
    title: rule.title,
    kind: rule.kind,
    indicator: rule.indicator,
    strength: rule.strength,
    dimension: rule.dimension,
    evidence,
    missing: r.missing,
    explanation: pick(rule.explanation, locale) ?? '',
    advice: pick(rule.advice, locale) ?? '',
    sources: rule.sources,
    questions: pick(rule.questions, locale) ?? [],
  };
}
