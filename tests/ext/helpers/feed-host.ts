import { vi } from 'vitest';
import type { MinisignSecretKey } from '../../../lib/feed/minisign';
import { rule, signedFeed, testFeed, TEST_KEY } from './feed';
import type { RuleInput } from '../../../lib/rules/schema';

/**
 * A static feed host behind a fake `fetch` (what lib/feed's fetchFeed calls): files by URL, a
 * strong ETag per file and 304 for a matching If-None-Match, like `npm run feed:serve`.
 */
export function fakeHost() {
  const files = new Map<string, string>();
  let gate: Promise<void> | undefined;
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    if (gate) await gate;
    const body = files.get(url);
    if (body === undefined) return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    const etag = `"${body.length}-${[...body].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)}"`;
    if (new Headers(init?.headers).get('if-none-match') === etag) return new Response(null, { status: 304, headers: { etag } });
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json', etag } });
  });
  return {
    fetch: fetch as unknown as typeof globalThis.fetch,
    calls: (url: string) => fetch.mock.calls.filter(([u]) => String(u) === url).length,
    /** Signs and serves a feed at url (+ .minisig); `tamper` flips one byte after signing. */
    publish(url: string, input: object, opts: { key?: MinisignSecretKey; tamper?: boolean } = {}) {
      const s = signedFeed(input, opts.key ?? TEST_KEY);
      const at = s.body.indexOf('"name"') + 2;
      files.set(url, opts.tamper ? `${s.body.slice(0, at)}${String.fromCharCode(s.body.charCodeAt(at) ^ 1)}${s.body.slice(at + 1)}` : s.body);
      files.set(`${url}.minisig`, s.signature);
    },
    /** Holds every request until the returned function is called. */
    hold(): () => void {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return () => {
        gate = undefined;
        release();
      };
    },
  };
}

/** An NGO's feed, current on 2026-06-01 (the tests' clock). */
export function ngoFeed(version: number, rules: RuleInput[] = [rule('ngo-rule')], over: object = {}) {
  return { ...testFeed(version, rules), publisher: { id: 'ngo', name: 'Workers NGO' }, publishedAt: '2026-05-01T00:00:00.000Z', expiresAt: '2026-12-01T00:00:00.000Z', ...over };
}
