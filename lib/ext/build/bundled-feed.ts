import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { RuleSchema } from '../../rules/schema';

/**
 * The feed that ships inside the extension, read from the rule sources at build time. It has the
 * same envelope as a remote feed so that both go through one ingest path (installFeed): the
 * bundled copy is simply the subscription that is always there.
 */
export interface BundledFeedOptions {
  /** Project root holding assets/rules and assets/feed. */
  root: string;
  /** Build time; SOURCE_DATE_EPOCH makes the output reproducible. */
  now?: Date;
}

export interface BundledFeedBuild {
  feed: Record<string, unknown>;
  /** Every file read, so the dev server can watch them. */
  files: string[];
}

export const BUNDLED_PUBLISHER = { id: 'recruit-radar-baseline', name: 'Recruit Radar baseline' } as const;
/** A shipped copy outlives no extension release by much; past this the client warns (and keeps working). */
const LIFETIME_DAYS = 365;

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .map((f) => join(dir, f))
    .sort();
}

function readYaml(file: string, root: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${relative(root, file)}: not valid YAML: ${(e as Error).message}`);
  }
}

/** A list file may be a bare list or `{ <key>: [...] }`; anything else is a build error. */
function readList(file: string, key: string, root: string): unknown[] {
  if (!existsSync(file)) return [];
  const data = readYaml(file, root);
  const list = Array.isArray(data) ? data : (data as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) throw new Error(`${relative(root, file)}: expected a list of ${key} (or { ${key}: [...] })`);
  return list;
}

export function buildBundledFeed({ root, now }: BundledFeedOptions): BundledFeedBuild {
  const ruleFiles = yamlFiles(join(root, 'assets/rules'));
  const problems: string[] = [];
  const rules = ruleFiles.map((file) => {
    const data = readYaml(file, root);
    // Checked here too so a broken rule fails the build with its file name, not the user's rule set.
    const r = RuleSchema.safeParse(data);
    if (!r.success) problems.push(`${relative(root, file)}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return data;
  });
  if (problems.length) throw new Error(`invalid rules:\n${problems.join('\n')}`);

  const resourcesFile = join(root, 'assets/feed/resources.yaml');
  const benchmarksFile = join(root, 'assets/feed/benchmarks.yaml');
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const at = now ?? (epoch ? new Date(Number(epoch) * 1000) : new Date());
  const seconds = Math.floor(at.getTime() / 1000);
  const feed = {
    format: 1,
    // Build time in seconds: every build is newer than the last, so installFeed swaps it in.
    version: seconds,
    publishedAt: new Date(seconds * 1000).toISOString(),
    expiresAt: new Date((seconds + LIFETIME_DAYS * 86_400) * 1000).toISOString(),
    publisher: { ...BUNDLED_PUBLISHER },
    rules,
    resources: readList(resourcesFile, 'resources', root),
    benchmarks: readList(benchmarksFile, 'benchmarks', root),
  };
  return { feed, files: [...ruleFiles, resourcesFile, benchmarksFile] };
}
