import type { CompiledRuleSet } from './compile';
import { countriesIn } from './countries';
import { buildDoc } from './document';
import type { EvalContext } from './evaluate';
import type { Posting } from './posting';
import { PredicateContext } from './predicates';

/**
 * Everything rules are evaluated against for one posting: the normalised text, every phrase
 * occurrence (one scan), and the predicates' lazily extracted facts. Screening and the rule
 * examples use this one function, so an example is judged exactly as a real posting is.
 */
export function evalContext(posting: Posting, set: CompiledRuleSet): EvalContext & { countries: string[] } {
  const doc = buildDoc(posting);
  const structured = posting.structured?.jobLocation?.map((l) => l.country?.toUpperCase()).filter((c): c is string => !!c && /^[A-Z]{2}$/.test(c)) ?? [];
  const countries = [...new Set([...structured, ...countriesIn(doc.original, doc.toks)])];
  return { doc, phraseHits: set.index.scan(doc.toks), pred: new PredicateContext(doc, set.benchmarks, countries), countries };
}
