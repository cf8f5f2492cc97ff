/**
 * Maps an input record to Posting fields. Posting field names pass through; the EMSCAD corpus
 * (Employment Scam Aegean Dataset) headers are mapped too: title, company_profile,
 * description, requirements, benefits, salary_range, location, job_id.
 */
const POSTING_FIELDS = ['id', 'title', 'company', 'location', 'salary', 'description', 'contact', 'url', 'lang', 'structured'];

export function fromRecord(rec: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of POSTING_FIELDS) {
    const v = rec[f];
    if (v === undefined || v === null || v === '') continue;
    out[f] = f === 'id' && typeof v === 'number' ? String(v) : v;
  }
  if (out.id === undefined && rec.job_id !== undefined && rec.job_id !== '') out.id = String(rec.job_id);
  if (out.company === undefined && typeof rec.company_profile === 'string' && rec.company_profile.trim()) out.company = rec.company_profile;
  if (out.salary === undefined && typeof rec.salary_range === 'string' && rec.salary_range.trim()) out.salary = rec.salary_range;
  const extra = ['requirements', 'benefits'].map((k) => rec[k]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (extra.length) out.description = [out.description, ...extra].filter(Boolean).join('\n\n');
  return out;
}

/** The label of a record for evaluation: risky (true) or legitimate (false), or undefined. */
export function labelOf(rec: Record<string, unknown> | undefined, field?: string): boolean | undefined {
  if (!rec) return undefined;
  const v = field ? rec[field] : (rec.label ?? rec.fraudulent);
  if (v === undefined || v === null || v === '') return undefined;
  const s = String(v).trim().toLowerCase();
  if (['1', 'true', 'risky', 'fraud', 'fraudulent', 'scam', 'yes', 'positive'].includes(s)) return true;
  if (['0', 'false', 'legit', 'legitimate', 'benign', 'no', 'negative', 'ok'].includes(s)) return false;
  return undefined;
}
