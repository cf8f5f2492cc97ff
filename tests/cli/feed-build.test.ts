import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { verifyFeed } from '../../lib/feed/ingest';
import { formatPublicKeyFile, formatSecretKeyFile, generateKeyPair, publicKeyOf } from '../../lib/feed/minisign';
import { rule } from '../feed/fixtures';
import { HAS_MINISIGN, minisign } from '../feed/minisign-tool';
import { engineLoads, runCli } from './feed-cli';

const dir = mkdtempSync(join(tmpdir(), 'rr-feed-build-'));
const p = (name: string) => join(dir, name);
const key = generateKeyPair();
writeFileSync(p('plain.key'), formatSecretKeyFile(key));
writeFileSync(p('enc.key'), formatSecretKeyFile(key, { password: 's3cret', opslimit: BigInt(524288), memlimit: BigInt(16777216) }));
writeFileSync(p('feed.pub'), formatPublicKeyFile(publicKeyOf(key)));
mkdirSync(p('rules/fees'), { recursive: true });
writeFileSync(p('rules/fees/fee-demanded.yaml'), stringify(rule('fee-demanded')));
const common = ['--rules', p('rules')];
const ENGINE = await engineLoads();

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!ENGINE)('feed-build', () => {
  it('exits 2 on usage errors', () => {
    const r = runCli('feed-build', ['--out', p('out')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--key and --out are required');
    expect(runCli('feed-build', ['--key', p('plain.key'), '--out', p('out'), '--version', 'soon']).status).toBe(2);
  });

  it('builds and signs feed.json from the rules and assets/feed, so verifyFeed and minisign accept it', async () => {
    const r = runCli('feed-build', ['--key', p('plain.key'), '--out', p('out'), '--version', '42', '--expires-days', '7', ...common]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/version 42, 1 rules, \d+ resources, \d+ benchmarks/);
    const body = new Uint8Array(readFileSync(p('out/feed.json')));
    const signature = readFileSync(p('out/feed.json.minisig'), 'utf8');
    expect(signature).toMatch(/trusted comment: timestamp:\d+\tfile:feed\.json\thashed/);
    const v = await verifyFeed({ body, signature, publicKey: readFileSync(p('feed.pub'), 'utf8'), now: new Date(), compile: () => 1, checkExamples: () => [] });
    expect(v.ok && [v.feed.version, v.feed.publisher.id, v.feed.rules.length]).toEqual([42, 'recruit-radar-baseline', 1]);
    expect(v.ok && Date.parse(v.feed.expiresAt) - Date.parse(v.feed.publishedAt)).toBe(7 * 86_400_000);
    if (HAS_MINISIGN) expect(minisign(['-Vm', p('out/feed.json'), '-p', p('feed.pub')]).status).toBe(0);
  });

  it('--disables writes the rule ids this feed switches off in lower-priority feeds', () => {
    writeFileSync(p('disables.yaml'), stringify(['baseline-rule', 'other-rule']));
    const r = runCli('feed-build', ['--key', p('plain.key'), '--out', p('out-dis'), '--disables', p('disables.yaml'), ...common]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(p('out-dis/feed.json'), 'utf8')).disables).toEqual(['baseline-rule', 'other-rule']);
    writeFileSync(p('bad-disables.yaml'), stringify(['Not An Id']));
    const bad = runCli('feed-build', ['--key', p('plain.key'), '--out', p('out-dis2'), '--disables', p('bad-disables.yaml'), ...common]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('bad-disables.yaml: item 0');
  });

  it('defaults the version to the Unix time in seconds', () => {
    const before = Math.floor(Date.now() / 1000);
    expect(runCli('feed-build', ['--key', p('plain.key'), '--out', p('out2'), ...common]).status).toBe(0);
    const version = (JSON.parse(readFileSync(p('out2/feed.json'), 'utf8')) as { version: number }).version;
    expect(version).toBeGreaterThanOrEqual(before);
    expect(version).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  });

  it('signs with an encrypted key, the password taken from RR_KEY_PASSWORD', () => {
    const missing = runCli('feed-build', ['--key', p('enc.key'), '--out', p('out3'), ...common], { RR_KEY_PASSWORD: undefined });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('RR_KEY_PASSWORD');
    const wrong = runCli('feed-build', ['--key', p('enc.key'), '--out', p('out3'), ...common], { RR_KEY_PASSWORD: 'nope' });
    expect(wrong.stderr).toContain('wrong password');
    expect(runCli('feed-build', ['--key', p('enc.key'), '--out', p('out3'), ...common], { RR_KEY_PASSWORD: 's3cret' }).status).toBe(0);
  });

  it('refuses bad sources, naming each file, and writes nothing', () => {
    mkdirSync(p('bad-rules/x'), { recursive: true });
    writeFileSync(p('bad-rules/x/misnamed.yaml'), stringify(rule('something-else')));
    writeFileSync(p('bad-rules/x/failing-example.yaml'), stringify(rule('failing-example', { examples: { match: ['nothing relevant'], noMatch: ['No fees'] } })));
    writeFileSync(p('bad-resources.yaml'), stringify([{ country: 'Nowhere' }]));
    const r1 = runCli('feed-build', ['--key', p('plain.key'), '--out', p('out4'), '--rules', p('bad-rules'), '--resources', p('bad-resources.yaml')]);
    expect(r1.status).toBe(1);
    expect(r1.stderr).toContain(`${p('bad-rules/x/misnamed.yaml')}: the rule id "something-else" must equal the file name "misnamed"`);
    expect(r1.stderr).toContain(`${p('bad-resources.yaml')}: item 0:`);
    rmSync(p('bad-rules/x/misnamed.yaml'));
    const r2 = runCli('feed-build', ['--key', p('plain.key'), '--out', p('out4'), '--rules', p('bad-rules')]);
    expect(r2.status).toBe(1);
    expect(r2.stderr).toContain(`${p('bad-rules/x/failing-example.yaml')}: failing-example: examples.match[0]`);
    expect(() => readFileSync(p('out4/feed.json'))).toThrow();
  });
});
