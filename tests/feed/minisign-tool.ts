import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The reference minisign binary (Debian package "minisign"); tests that need it skip loudly without it. */
export const HAS_MINISIGN = spawnSync('minisign', ['-v'], { encoding: 'utf8' }).status === 0;

export function warnIfNoMinisign(): void {
  if (!HAS_MINISIGN) {
    console.warn('\n*** minisign is not installed: the tests against the reference tool are SKIPPED. Install it with `apt-get install minisign` (CI does). ***\n');
  }
}

/** Runs minisign; `input` is fed on stdin (minisign reads passwords from stdin when it is not a terminal). */
export function minisign(args: string[], opts: { cwd?: string; input?: string } = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('minisign', args, { cwd: opts.cwd, input: opts.input ?? '', encoding: 'utf8', timeout: 120_000, env: { ...process.env, MINISIGN_PASSWORD: undefined } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix: string): { dir: string; path: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
