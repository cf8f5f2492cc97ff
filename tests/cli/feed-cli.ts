import { spawnSync } from 'node:child_process';

/** Runs one of the feed CLIs the way a maintainer does: `npx tsx lib/cli/<script>.ts ...`. */
export function runCli(script: string, args: string[], env: Record<string, string | undefined> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', `lib/cli/${script}.ts`, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * feed-build and feed-check import the engine (compileRuleSet, checkRuleExamples). While other
 * parts of the engine are still being written it may not load; then those tests skip, loudly.
 */
export async function engineLoads(): Promise<boolean> {
  try {
    await import('../../lib/engine/compile');
    await import('../../lib/rules/examples');
    return true;
  } catch (e) {
    console.warn(`\n*** the engine does not load (${e instanceof Error ? e.message : String(e)}): feed CLI tests that need it are SKIPPED ***\n`);
    return false;
  }
}
