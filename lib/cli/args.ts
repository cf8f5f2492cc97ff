/** A small argument parser: --flag, --key value, positional files; unknown flags are errors. */
export interface Parsed {
  flags: Set<string>;
  values: Map<string, string>;
  files: string[];
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], booleans: string[], valued: string[]): Parsed {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-' || !a.startsWith('-')) { files.push(a); continue; }
    if (booleans.includes(a)) { flags.add(a); continue; }
    if (valued.includes(a)) {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      values.set(a, v);
      continue;
    }
    throw new UsageError(`unknown option ${a}`);
  }
  return { flags, values, files };
}
