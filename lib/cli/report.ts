import type { Finding, Verdict } from '../engine/verdict';

/**
 * The readable report of one verdict, and the JSON line of `scan --json` (schema in
 * docs/scan-output.md). The JSON keeps the same field names as the Verdict.
 */
const MARK = { high: '!!!', medium: '!! ', low: '!  ', none: 'ok ' } as const;

export function textReport(id: string, title: string | undefined, v: Verdict): string {
  const out: string[] = [];
  out.push(`${MARK[v.level]} ${id}${title ? ` — ${oneLine(title, 80)}` : ''}`);
  out.push(`    Risk: ${v.level.toUpperCase()} (score ${v.score}/100)${v.truncated ? ' — long text, only the start was read' : ''}`);
  for (const n of v.notices) out.push(`    Reads as a notice, not an offer: ${n.title}${n.evidence[0] ? ` ("${oneLine(n.evidence[0].text, 60)}")` : ''} — the signs below are what it quotes; level at most LOW`);
  if (v.findings.length === 0) out.push('    No red flags found by the current rules. That does not prove the offer is safe.');
  for (const f of v.findings) out.push(...findingLines(f));
  for (const m of v.mitigations) out.push(`    + In its favour: ${m.title}${m.evidence[0] ? ` ("${oneLine(m.evidence[0].text, 60)}")` : ''}`);
  if (v.questions.length) {
    out.push('    Ask the recruiter:');
    for (const q of v.questions) out.push(`      - ${q}`);
  }
  return out.join('\n');
}

function findingLines(f: Finding): string[] {
  const lines = [`    [${f.strength.toUpperCase()}] ${f.title}  (${f.ruleId})`];
  for (const e of f.evidence.slice(0, 3)) lines.push(`      Found in ${e.field}: "${oneLine(e.text, 100)}"`);
  if (f.missing.length) lines.push(`      Missing: ${f.missing.join(', ')}`);
  lines.push(`      Why it matters: ${oneLine(f.explanation, 400)}`);
  lines.push(`      What to do: ${oneLine(f.advice, 400)}`);
  const s = f.sources[0];
  if (s) lines.push(`      Source: ${s.publisher}, ${s.title}${s.year ? ` (${s.year})` : ''}${s.section ? `, ${s.section}` : ''}`);
  return lines;
}

function oneLine(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

export function jsonLine(id: string, v: Verdict): string {
  const finding = (f: Finding) => ({
    ruleId: f.ruleId,
    title: f.title,
    strength: f.strength,
    dimension: f.dimension,
    indicator: f.indicator,
    evidence: f.evidence.map((e) => e.text),
    evidenceSpans: f.evidence.map(({ field, start, end }) => ({ field, start, end })),
    missing: f.missing,
    sources: f.sources,
  });
  return JSON.stringify({
    id,
    level: v.level,
    score: v.score,
    findings: v.findings.map(finding),
    mitigations: v.mitigations.map(finding),
    notices: v.notices.map(finding),
    questions: v.questions,
    countries: v.countries,
    truncated: v.truncated,
  });
}
