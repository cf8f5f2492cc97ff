import { normalise, type Normalised } from './normalise/index';
import { tokenize, type Tokens } from './match/tokens';
import { TEXT_FIELDS, type Posting, type TextField } from './posting';

/**
 * The text the engine reads: the posting's fields joined in a fixed order, normalised and
 * tokenised once. Every piece of evidence found in the normalised text maps back to a field and
 * the exact characters of the original.
 */
export interface ScreenDoc {
  posting: Posting;
  original: string;
  fields: { name: TextField; start: number; end: number }[];
  norm: Normalised;
  toks: Tokens;
  truncated: boolean;
}

export interface Evidence {
  field: TextField;
  start: number;
  end: number;
  text: string;
}

/** Long enough for any real posting; a 5 MB page is cut here so screening time stays bounded. */
export const MAX_FIELD_CHARS = 100_000;
const JOIN = '\n\n';

export function buildDoc(posting: Posting): ScreenDoc {
  const fields: ScreenDoc['fields'] = [];
  let original = '';
  let truncated = false;
  for (const name of TEXT_FIELDS) {
    let value = posting[name]?.trim();
    if (!value) continue;
    if (value.length > MAX_FIELD_CHARS) { value = value.slice(0, MAX_FIELD_CHARS); truncated = true; }
    if (original) original += JOIN;
    fields.push({ name, start: original.length, end: original.length + value.length });
    original += value;
  }
  const norm = normalise(original);
  return { posting, original, fields, norm, toks: tokenize(norm.text), truncated };
}

/** Evidence for normalised range [from, to), or undefined if it spans no field. */
export function evidenceOf(doc: ScreenDoc, from: number, to: number): Evidence | undefined {
  if (to <= from || from >= doc.norm.starts.length) return undefined;
  const start = doc.norm.starts[from]!;
  const end = doc.norm.ends[Math.min(to, doc.norm.ends.length) - 1]!;
  const f = doc.fields.find((x) => start >= x.start && start < x.end);
  if (!f) return undefined;
  const clippedEnd = Math.min(end, f.end);
  return { field: f.name, start: start - f.start, end: clippedEnd - f.start, text: doc.original.slice(start, clippedEnd) };
}

export function tokenRangeToChars(doc: ScreenDoc, a: number, b: number): [number, number] {
  return [doc.toks.starts[a]!, doc.toks.ends[b - 1]!];
}
