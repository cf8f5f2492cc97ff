import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';
import { RuleSchema, type Rule } from './schema';

/**
 * Loads the rule sources: one YAML file per rule anywhere under `dir`
 * (assets/rules/<category>/<rule-id>.yaml), the rule's id equal to its file name. Node only
 * (feed build and scan CLIs); the extension reads rules from the signed feed instead.
 * Every problem is reported with its file, and loading goes on, so one run lists them all.
 */
export interface RuleLoadError {
  file: string;
  message: string;
}

/** Symbolic links are followed (a publisher may link folders from elsewhere), each real folder once, so a link loop ends. */
function yamlFiles(dir: string, visited = new Set<string>()): string[] {
  const real = realpathSync(dir);
  if (visited.has(real)) return [];
  visited.add(real);
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = statSync(path);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // a dangling link holds no rule
      }
    }
    if (isDir) out.push(...yamlFiles(path, visited));
    else if (isFile && (e.name.endsWith('.yaml') || e.name.endsWith('.yml'))) out.push(path);
  }
  return out;
}

function formatIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

export interface LoadedRules {
  rules: Rule[];
  errors: RuleLoadError[];
  /** Rule id → the file it came from, so later checks (examples, compile) can name the file. */
  files: Map<string, string>;
}

export function loadRuleDir(dir: string): LoadedRules {
  const rules: Rule[] = [];
  const errors: RuleLoadError[] = [];
  const seen = new Map<string, string>();
  let files: string[];
  try {
    files = yamlFiles(dir);
  } catch (e) {
    return { rules, files: seen, errors: [{ file: dir, message: `cannot read the rule directory: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  for (const file of files) {
    let data: unknown;
    try {
      // uniqueKeys: a repeated key is a mistake, not an override.
      // The JSON round trip flattens the parser's strings: as it returns them they hold about seven
      // times their size (the 2.4 MB rule library took 40 MB of heap, 6 MB after the copy), which
      // the scan CLI kept for its whole run. A rule is plain data, so nothing is lost.
      data = JSON.parse(JSON.stringify(parse(readFileSync(file, 'utf8'), { uniqueKeys: true, maxAliasCount: 100, prettyErrors: true }) ?? null));
    } catch (e) {
      errors.push({ file, message: `not valid YAML: ${e instanceof Error ? e.message : String(e)}` });
      continue;
    }
    const parsed = RuleSchema.safeParse(data);
    if (!parsed.success) {
      errors.push({ file, message: `not a valid rule: ${formatIssues(parsed.error)}` });
      continue;
    }
    const expected = basename(file, extname(file));
    if (parsed.data.id !== expected) {
      errors.push({ file, message: `the rule id "${parsed.data.id}" must equal the file name "${expected}"` });
      continue;
    }
    const other = seen.get(parsed.data.id);
    if (other !== undefined) {
      errors.push({ file, message: `rule id "${parsed.data.id}" is already used by ${other}` });
      continue;
    }
    seen.set(parsed.data.id, file);
    rules.push(parsed.data);
  }
  return { rules, errors, files: seen };
}
