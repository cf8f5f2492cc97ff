import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';

/** A problem in one of the feed's source files, named so the author can find it. */
export interface SourceError {
  file: string;
  message: string;
}

function readYaml(file: string): { data: unknown } | SourceError {
  try {
    return { data: parse(readFileSync(file, 'utf8'), { uniqueKeys: true, maxAliasCount: 100, prettyErrors: true }) };
  } catch (e) {
    return { file, message: e instanceof Error ? e.message : String(e) };
  }
}

function issues(error: z.ZodError): string {
  return error.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** Reads a YAML file holding one object (publisher.yaml). */
export function loadYamlObject<T extends z.ZodType>(file: string, schema: T): { value?: z.output<T>; errors: SourceError[] } {
  const read = readYaml(file);
  if ('file' in read) return { errors: [read] };
  const parsed = schema.safeParse(read.data);
  return parsed.success ? { value: parsed.data, errors: [] } : { errors: [{ file, message: issues(parsed.error) }] };
}

/** Reads a YAML file holding a list (resources.yaml, benchmarks.yaml); each bad row is named by its index. */
export function loadYamlList<T extends z.ZodType>(file: string, schema: T): { items: z.output<T>[]; errors: SourceError[] } {
  const read = readYaml(file);
  if ('file' in read) return { items: [], errors: [read] };
  if (!Array.isArray(read.data)) return { items: [], errors: [{ file, message: 'expected a YAML list' }] };
  const items: z.output<T>[] = [];
  const errors: SourceError[] = [];
  read.data.forEach((row: unknown, i: number) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) items.push(parsed.data);
    else errors.push({ file, message: `item ${i}: ${issues(parsed.error)}` });
  });
  return { items, errors };
}
