import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const base = mkdtempSync(join(tmpdir(), 'rr-feed-serve-'));
const root = join(base, 'public');
mkdirSync(join(root, 'sub'), { recursive: true });
writeFileSync(join(root, 'feed.json'), '{"format":1}\n');
writeFileSync(join(root, 'feed.json.minisig'), 'untrusted comment: x\n');
writeFileSync(join(root, 'sub', 'data.bin'), 'x');
writeFileSync(join(base, 'secret.txt'), 'outside the served directory');
symlinkSync(join(base, 'secret.txt'), join(root, 'link.txt'));

/** Raw HTTP so paths like "/../x" reach the server unnormalised (fetch would clean them). */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject).end();
  });
}

describe('feed-serve', () => {
  let child: ChildProcess;
  let port = 0;
  beforeAll(async () => {
    child = spawn('npx', ['tsx', 'lib/cli/feed-serve.ts', root, '--port', '0'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', (code) => reject(new Error(`feed-serve exited with ${code}`)));
    });
  });
  afterAll(() => {
    // The server was started here as its own process group: end exactly that group.
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    rmSync(base, { recursive: true, force: true });
  });

  it('serves files with a content type and a strong ETag, and 304 on If-None-Match', async () => {
    const r = await get(port, '/feed.json');
    expect(r.status).toBe(200);
    expect(r.body).toBe('{"format":1}\n');
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    const etag = r.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const again = await get(port, '/feed.json', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect((await get(port, '/feed.json', { 'If-None-Match': '"stale"' })).status).toBe(200);
    expect((await get(port, '/feed.json.minisig')).headers['content-type']).toBe('text/plain; charset=utf-8');
    expect((await get(port, '/sub/data.bin')).headers['content-type']).toBe('application/octet-stream');
  });

  it('never serves anything outside the directory', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/sub/../../secret.txt', '/%2e%2e/secret.txt', '/link.txt', '/feed.json%00', '/..\\secret.txt']) {
      const r = await get(port, path);
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('outside');
    }
  });

  it('lists no directories and accepts only GET and HEAD', async () => {
    expect((await get(port, '/')).status).toBe(404);
    expect((await get(port, '/sub/')).status).toBe(404);
    expect((await get(port, '/feed.json', {}, 'POST')).status).toBe(405);
    const head = await get(port, '/feed.json', {}, 'HEAD');
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', '13']);
  });
});
