import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { stringify } from 'yaml';
import { formatPublicKeyFile, formatSecretKeyFile, generateKeyPair, publicKeyOf } from '../../../lib/feed/minisign';
import type { RuleInput } from '../../../lib/rules/schema';

/** The internal chrome://extensions API, inside page.evaluate (it runs in that page, not in Node). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

/**
 * A publisher's side of a feed, the way docs/feeds.md tells publishers to do it: a minisign key,
 * `npm run feed:build` with it, and `npm run feed:serve` on 127.0.0.1.
 */
export interface Publisher {
  dir: string;
  /** The directory feed:serve serves: feed.json and feed.json.minisig. */
  out: string;
  publicKey: string;
  /** Builds and signs a feed with these rules (resources and benchmarks from assets/feed). */
  build(version: number, rules: RuleInput[]): void;
  /** Flips one byte of feed.json after signing. */
  tamper(): void;
  close(): void;
}

export function publisher(name: { id: string; name: string }): Publisher {
  const dir = mkdtempSync(join(tmpdir(), 'rr-publisher-'));
  const key = generateKeyPair();
  writeFileSync(join(dir, 'test.key'), formatSecretKeyFile(key, { comment: 'e2e test key (unencrypted)' }));
  writeFileSync(join(dir, 'publisher.yaml'), stringify(name));
  const out = join(dir, 'site');
  return {
    dir,
    out,
    publicKey: formatPublicKeyFile(publicKeyOf(key)),
    build(version, rules) {
      const rulesDir = join(dir, `rules-${version}`);
      for (const r of rules) {
        mkdirSync(join(rulesDir, 'e2e'), { recursive: true });
        writeFileSync(join(rulesDir, 'e2e', `${r.id}.yaml`), stringify(r));
      }
      const args = ['run', '--silent', 'feed:build', '--', '--key', join(dir, 'test.key'), '--out', out, '--rules', rulesDir, '--publisher', join(dir, 'publisher.yaml'), '--version', String(version)];
      const r = spawnSync('npm', args, { encoding: 'utf8', timeout: 120_000 });
      if (r.status !== 0) throw new Error(`feed:build failed (${r.status}):\n${r.stderr}${r.stdout}`);
    },
    tamper() {
      const file = join(out, 'feed.json');
      const body = readFileSync(file);
      const at = body.indexOf('"name"') + 2; // a letter inside the JSON, so it stays valid UTF-8 and JSON
      body[at] = body[at]! ^ 1;
      writeFileSync(file, body);
    },
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `npm run feed:serve -- DIR --port 0` (127.0.0.1 only); resolves with its URL once it listens. */
export async function serveFeed(dir: string): Promise<{ url: string; close(): void }> {
  // Its own process group, so closing stops npm and the server it started, and nothing else.
  const child: ChildProcess = spawn('npm', ['run', '--silent', 'feed:serve', '--', dir, '--port', '0'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const close = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`feed:serve did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`feed:serve exited (${code}): ${out}`)));
  }).catch((e: unknown) => {
    close();
    throw e;
  });
  return { url, close };
}

/**
 * Grants the extension access to a host, as a user does under "Site access" in
 * chrome://extensions. Headless Chromium cannot show the permission prompt that the options
 * page's permissions.request opens, so the test grants first; the request then finds the
 * permission already there and resolves true without a prompt, as it would after the user's "Allow".
 */
export async function grantHost(context: BrowserContext, extensionId: string, pattern: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions/');
    await page.evaluate(([id, p]) => chrome.developerPrivate.addHostPermission(id, p), [extensionId, pattern] as const);
  } finally {
    await page.close();
  }
}
