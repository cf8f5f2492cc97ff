/**
 * Serves a built feed directory for local testing: `tsx lib/cli/feed-serve.ts DIR [--port N]`.
 * Listens on 127.0.0.1 only; GET/HEAD of files directly in DIR or below, with a strong ETag
 * (SHA-256 of the content), If-None-Match → 304, a content type, and no way out of DIR
 * (no "..", no symlinks leading outside, no directory listings). Port 0 picks a free port;
 * the first line printed is the URL.
 */
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.minisig': 'text/plain; charset=utf-8',
  '.pub': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

function usage(message: string): never {
  console.error(`feed-serve: ${message}\nusage: feed-serve DIR [--port N]`);
  process.exit(2);
}

/** Maps a request path to a file inside root, or null. */
export function resolveInside(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '');
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || path.split('/').some((s) => s === '..')) return null;
  const candidate = resolve(root, `.${path}`);
  if (!candidate.startsWith(root + sep)) return null;
  try {
    const real = realpathSync(candidate);
    return real.startsWith(root + sep) && statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

function handle(root: string, req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolveInside(root, req.url ?? '/');
  if (file === null) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
    return;
  }
  const body = readFileSync(file);
  const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
  const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
  const match = req.headers['if-none-match'];
  if (match !== undefined && match.split(',').some((t) => t.trim() === etag || t.trim() === '*')) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({ options: { port: { type: 'string', default: '8787' } }, allowPositionals: true });
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) usage('give exactly one DIR');
  if (!/^\d+$/.test(values.port) || Number(values.port) > 65535) usage('--port must be 0..65535');
  let root: string;
  try {
    root = realpathSync(resolve(positionals[0]!));
    if (!statSync(root).isDirectory()) usage(`${positionals[0]} is not a directory`);
  } catch {
    usage(`cannot open ${positionals[0]}`);
  }
  const server = createServer((req, res) => handle(root, req, res));
  server.listen(Number(values.port), '127.0.0.1', () => {
    const addr = server.address();
    const port = typeof addr === 'object' && addr !== null ? addr.port : values.port;
    console.log(`serving ${root} at http://127.0.0.1:${port}/`);
  });
}

// Only run when executed, so tests can import resolveInside.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) main();
