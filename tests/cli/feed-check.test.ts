import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatPublicKeyFile, publicKeyOf } from '../../lib/feed/minisign';
import { KEY, feed, signed } from '../feed/fixtures';
import { engineLoads, runCli } from './feed-cli';

const dir = mkdtempSync(join(tmpdir(), 'rr-feed-check-'));
const p = (name: string) => join(dir, name);
const good = signed(feed({ version: 7 }));
writeFileSync(p('feed.json'), good.body);
writeFileSync(p('feed.json.minisig'), good.signature);
writeFileSync(p('feed.pub'), formatPublicKeyFile(publicKeyOf(KEY)));
const tampered = good.body.slice();
tampered[50]! ^= 1;
writeFileSync(p('tampered.json'), tampered);
const args = (feedFile: string, ...more: string[]) => [p(feedFile), '--sig', p('feed.json.minisig'), '--pubkey', p('feed.pub'), '--now', '2026-07-01T12:00:00Z', ...more];
const ENGINE = await engineLoads();

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!ENGINE)('feed-check', () => {
  it('accepts a good feed and prints publisher, version and rule count', () => {
    const r = runCli('feed-check', args('feed.json'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('publisher: Test publisher (test-publisher)');
    expect(r.stdout).toContain('version: 7');
    expect(r.stdout).toContain('rules: 1');
  });

  it('exits 1 with the code and reason for a refused feed', () => {
    const r = runCli('feed-check', args('tampered.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('refused (bad-signature)');
    const old = runCli('feed-check', args('feed.json', '--installed-version', '7'));
    expect(old.status).toBe(1);
    expect(old.stderr).toContain('refused (same-version)');
    const expired = runCli('feed-check', args('feed.json', '--now', '2027-01-01T00:00:00Z'));
    expect(expired.stderr).toContain('refused (expired)');
  });

  it('exits 2 on usage errors', () => {
    expect(runCli('feed-check', [p('feed.json')]).status).toBe(2);
    expect(runCli('feed-check', args('feed.json', '--now', 'yesterday')).status).toBe(2);
    expect(runCli('feed-check', args('missing.json')).status).toBe(2);
    expect(runCli('feed-check', args('feed.json', '--bogus')).status).toBe(2);
  });
});
