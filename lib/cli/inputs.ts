import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse';
import { PostingSchema, type Posting } from '../engine/posting';
import { fromRecord } from './records';

/**
 * Reads postings from the input formats the CLI accepts. Each item is a posting or an error that
 * names the file and the line; a bad item never stops the others. JSONL and CSV stream, so
 * 100,000 postings run in bounded memory.
 */
export interface InputItem {
  id: string;
  posting?: Posting;
  /** The raw record, for labels and grouping fields (eval). */
  record?: Record<string, unknown>;
  error?: string;
}

export const FORMATS = ['.json', '.jsonl', '.csv', '.html', '.htm', '.txt'] as const;
const MAX_WHOLE_FILE = 50 * 1024 * 1024;

export async function* readInput(path: string): AsyncGenerator<InputItem> {
  const label = path === '-' ? 'stdin' : path;
  const ext = path === '-' ? '' : extname(path).toLowerCase();
  if (path !== '-' && !(FORMATS as readonly string[]).includes(ext)) {
    yield { id: label, error: `${label}: unknown file type "${ext || '(none)'}"; use one of ${FORMATS.join(' ')}` };
    return;
  }
  if (path !== '-') {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) { yield { id: label, error: `${label}: no such file` }; return; }
    if (info.size === 0) { yield { id: label, error: `${label}: the file is empty` }; return; }
    if (ext !== '.jsonl' && ext !== '.csv' && info.size > MAX_WHOLE_FILE) {
      yield { id: label, error: `${label}: ${info.size} bytes is over the ${MAX_WHOLE_FILE}-byte limit for ${ext} files; use .jsonl or .csv for large inputs` };
      return;
    }
  }
  if (ext === '.jsonl') yield* readJsonl(path, label);
  else if (ext === '.csv') yield* readCsv(path, label);
  else {
    const text = path === '-' ? await readStdin() : await readFile(path, 'utf8');
    if (!text.trim()) { yield { id: label, error: `${label}: the input is empty` }; return; }
    if (ext === '.html' || ext === '.htm') yield* readHtml(text, label);
    else if (ext === '.txt') yield { id: label, posting: { description: text } };
    else if (ext === '.json') yield* readJson(text, label);
    else yield* readStdinGuess(text, label);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function* readStdinGuess(text: string, label: string): Generator<InputItem> {
  const t = text.trim();
  if (t.startsWith('[') || (t.startsWith('{') && !t.includes('\n'))) { yield* readJson(text, label); return; }
  if (t.startsWith('{')) {
    try { JSON.parse(t); yield* readJson(text, label); return; } catch { /* more than one object: JSON lines */ }
    let n = 0;
    for (const line of t.split('\n')) { n++; if (line.trim()) yield lineItem(line, `${label}:${n}`, `${label}#${n}`); }
    return;
  }
  yield { id: label, posting: { description: text } };
}

function* readJson(text: string, label: string): Generator<InputItem> {
  let data: unknown;
  try { data = JSON.parse(text); } catch (e) { yield { id: label, error: `${label}: not valid JSON (${(e as Error).message})` }; return; }
  const list = Array.isArray(data) ? data : [data];
  for (let i = 0; i < list.length; i++) yield recordItem(list[i], `${label}[${i}]`, `${label}#${i + 1}`);
}

async function* readJsonl(path: string, label: string): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim()) yield lineItem(line, `${label}:${n}`, `${label}#${n}`);
  }
}

function lineItem(line: string, where: string, fallbackId: string): InputItem {
  try { return recordItem(JSON.parse(line), where, fallbackId); } catch (e) { return { id: fallbackId, error: `${where}: not valid JSON (${(e as Error).message})` }; }
}

async function* readCsv(path: string, label: string): AsyncGenerator<InputItem> {
  const parser = createReadStream(path).pipe(parseCsv({ columns: (h: string[]) => h.map((x) => x.trim().toLowerCase()), bom: true, relax_column_count: true, skip_empty_lines: true }));
  let n = 0;
  try {
    for await (const rec of parser) { n++; yield recordItem(rec, `${label} row ${n + 1}`, `${label}#${n}`); }
  } catch (e) {
    yield { id: `${label}#${n + 1}`, error: `${label} row ${n + 2}: ${(e as Error).message}` };
  }
}

async function* readHtml(html: string, label: string): AsyncGenerator<InputItem> {
  const { parseHtmlInNode } = await import('../extract/html/parse-node');
  const { extractFromDocument } = await import('../extract/html/index');
  const doc = parseHtmlInNode(html);
  const found = extractFromDocument(doc);
  if (found.postings.length === 0) { yield { id: label, error: `${label}: no posting found in the page` }; return; }
  let i = 0;
  for (const p of found.postings) { i++; yield { id: found.postings.length > 1 ? `${label}#${i}` : label, posting: p.posting }; }
}

function recordItem(raw: unknown, where: string, fallbackId: string): InputItem {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { id: fallbackId, error: `${where}: expected an object with posting fields` };
  const rec = raw as Record<string, unknown>;
  const parsed = PostingSchema.safeParse(fromRecord(rec));
  if (!parsed.success) return { id: fallbackId, error: `${where}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'posting'}: ${i.message}`).join('; ')}` };
  const id = parsed.data.id ?? fallbackId;
  return { id, posting: parsed.data, record: rec };
}
