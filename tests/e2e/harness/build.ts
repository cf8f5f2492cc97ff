import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds the extension once for all e2e files (vitest runs files in parallel, so a lock
 * directory serialises the builds), and reuses a build newer than every source file.
 */
export const ROOT = process.cwd();
const SOURCES = ['entrypoints', 'lib', 'assets', 'wxt.config.ts', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of readdirSync(path)) if (e !== 'node_modules') max = Math.max(max, newest(join(path, e)));
  return max;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function withLock<T>(fn: () => T): Promise<T> {
  const lock = join(ROOT, '.output', '.e2e-build-lock');
  mkdirSync(join(ROOT, '.output'), { recursive: true });
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than 5 minutes was left by a killed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      if (i > 1_200) throw new Error('timed out waiting for another e2e build');
      await sleep(250);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Path of a fresh unpacked build for `browser`. */
export async function ensureBuilt(browser: 'chrome' | 'firefox' = 'chrome'): Promise<string> {
  const out = join(ROOT, '.output', `${browser}-mv3`);
  return withLock(() => {
    const manifest = join(out, 'manifest.json');
    // RR_E2E_REUSE_BUILD=1 uses whatever build is there (while others are editing the sources).
    const reuse = process.env.RR_E2E_REUSE_BUILD === '1' && existsSync(manifest);
    const fresh = reuse || (existsSync(manifest) && statSync(manifest).mtimeMs > Math.max(...SOURCES.map((s) => newest(join(ROOT, s)))));
    if (!fresh) {
      try {
        execFileSync('npx', ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])], { cwd: ROOT, stdio: 'pipe', timeout: 300_000, env: { ...process.env, NO_COLOR: '1' } });
      } catch (e) {
        const err = String((e as { stderr?: Buffer }).stderr ?? e).replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
        throw new Error(`npx wxt build failed:\n${err.split('\n').filter((l) => !/^\s+at /.test(l)).slice(0, 25).join('\n')}`);
      }
    }
    return out;
  });
}
