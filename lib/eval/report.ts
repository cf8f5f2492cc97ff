import { rates, THRESHOLDS, type EvalAccumulator } from './metrics';

/** Renders evaluation results as Markdown (committed as the eval report) or JSON. */
const f3 = (x: number) => x.toFixed(3);

export function markdownReport(title: string, groups: Map<string, EvalAccumulator>, ruleGroup = 'all'): string {
  const out: string[] = [`# ${title}`, ''];
  out.push('| group | postings | risky | threshold | TP | FP | TN | FN | precision | recall | F1 | false-positive rate |');
  out.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const [name, acc] of groups) {
    for (const t of THRESHOLDS) {
      const m = acc.matrices.get(t)!;
      const r = rates(m);
      out.push(`| ${name} | ${acc.total} | ${acc.positives} | ${t}+ | ${m.tp} | ${m.fp} | ${m.tn} | ${m.fn} | ${f3(r.precision)} | ${f3(r.recall)} | ${f3(r.f1)} | ${f3(r.fpr)} |`);
    }
  }
  const acc = groups.get(ruleGroup);
  if (acc) {
    out.push('', `## Per rule (${ruleGroup})`, '', '| rule | hits | on risky | on legitimate | precision |', '|---|---|---|---|---|');
    const rows = [...acc.rules].sort((a, b) => b[1].risky + b[1].legit - (a[1].risky + a[1].legit) || a[0].localeCompare(b[0]));
    for (const [id, s] of rows) out.push(`| ${id} | ${s.risky + s.legit} | ${s.risky} | ${s.legit} | ${f3(s.risky / (s.risky + s.legit))} |`);
  }
  return `${out.join('\n')}\n`;
}

/** The JSON report as an object: per group, counts, each threshold's matrix and rates, and per-rule hits. */
export function reportObject(groups: Map<string, EvalAccumulator>): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  for (const [name, acc] of groups) {
    obj[name] = {
      postings: acc.total,
      risky: acc.positives,
      thresholds: Object.fromEntries(THRESHOLDS.map((t) => [t, { ...acc.matrices.get(t)!, ...rates(acc.matrices.get(t)!) }])),
      rules: Object.fromEntries([...acc.rules].map(([id, s]) => [id, { ...s, precision: s.risky / (s.risky + s.legit) }])),
    };
  }
  return obj;
}
