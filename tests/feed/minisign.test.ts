import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MinisignError, encodePublicKey, formatPublicKeyFile, formatSecretKeyFile, generateKeyPair, keyIdHex, parsePublicKey,
  parseSecretKey, pickScryptParams, publicKeyOf, signMessage, verifySignature,
} from '../../lib/feed/minisign';
import { HAS_MINISIGN, minisign, tempDir, warnIfNoMinisign } from './minisign-tool';

warnIfNoMinisign();
const MESSAGE = new TextEncoder().encode('{"format":1,"hello":"wörld"}\n');
/**
 * Same key and key id. The comment line is untrusted and minisign versions differ in it: 0.11
 * prints the id with "%lX" (no leading zeros), newer ones with "%016X" as formatPublicKeyFile does.
 */
function samePubFile(ours: string, tool: string): boolean {
  const [oc, ok] = ours.split('\n');
  const [tc, tk] = tool.split('\n');
  const id = (line = '') => BigInt(`0x${/minisign public key ([0-9A-F]+)$/.exec(line)?.[1] ?? 'x'}`);
  return ok === tk && id(oc) === id(tc) && oc!.length === 'untrusted comment: minisign public key '.length + 16;
}
const FAST = { opslimit: BigInt(524288), memlimit: BigInt(16777216) }; // libsodium's INTERACTIVE limits: N = 2^14

describe.skipIf(!HAS_MINISIGN)('minisign against the reference tool', () => {
  const t = tempDir('rr-minisign-');
  let pubText = '';
  beforeAll(() => {
    expect(minisign(['-G', '-W', '-p', t.path('k.pub'), '-s', t.path('k.key')]).status).toBe(0);
    writeFileSync(t.path('msg'), MESSAGE);
    pubText = readFileSync(t.path('k.pub'), 'utf8');
  });
  afterAll(() => t.cleanup());

  it('reads the tool\'s public key from the .pub file and as the bare base64 string', () => {
    const fromFile = parsePublicKey(pubText);
    const bare = pubText.split('\n')[1]!;
    expect(encodePublicKey(parsePublicKey(bare))).toBe(bare);
    expect(samePubFile(formatPublicKeyFile(fromFile), pubText)).toBe(true);
  });

  it('reads the tool\'s unencrypted (-W) secret key and derives the same public key', () => {
    const sk = parseSecretKey(readFileSync(t.path('k.key'), 'utf8'));
    expect(samePubFile(formatPublicKeyFile(publicKeyOf(sk)), pubText)).toBe(true);
  });

  it('verifies prehashed (ED) signatures made by the tool and returns the trusted comment', () => {
    expect(minisign(['-S', '-s', t.path('k.key'), '-m', t.path('msg'), '-t', 'timestamp:1 file:feed.json']).status).toBe(0);
    const r = verifySignature(MESSAGE, readFileSync(t.path('msg.minisig'), 'utf8'), pubText);
    expect(r).toMatchObject({ ok: true, prehashed: true, trustedComment: 'timestamp:1 file:feed.json' });
  });

  it('verifies legacy (Ed) signatures made by the tool with -l', () => {
    expect(minisign(['-S', '-l', '-s', t.path('k.key'), '-m', t.path('msg'), '-x', t.path('legacy.sig')]).status).toBe(0);
    const r = verifySignature(MESSAGE, readFileSync(t.path('legacy.sig'), 'utf8'), pubText);
    expect(r).toMatchObject({ ok: true, prehashed: false });
    expect(verifySignature(MESSAGE, readFileSync(t.path('legacy.sig'), 'utf8'), pubText, { requirePrehashed: true })).toMatchObject({ ok: false, code: 'legacy-signature' });
  });

  it('signs so that `minisign -V` (and -H, prehashed only) accepts it', () => {
    const sk = parseSecretKey(readFileSync(t.path('k.key'), 'utf8'));
    writeFileSync(t.path('ours.sig'), signMessage(MESSAGE, sk, { trustedComment: 'timestamp:1700000000\tfile:feed.json\thashed' }));
    const v = minisign(['-Vm', t.path('msg'), '-x', t.path('ours.sig'), '-p', t.path('k.pub')]);
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout).toContain('Trusted comment: timestamp:1700000000\tfile:feed.json\thashed');
    expect(minisign(['-V', '-H', '-m', t.path('msg'), '-x', t.path('ours.sig'), '-p', t.path('k.pub')]).status).toBe(0);
  });

  it('signs in the legacy format so that `minisign -V` accepts it', () => {
    const sk = parseSecretKey(readFileSync(t.path('k.key'), 'utf8'));
    writeFileSync(t.path('ours-legacy.sig'), signMessage(MESSAGE, sk, { legacy: true, fileName: 'msg' }));
    expect(minisign(['-Vm', t.path('msg'), '-x', t.path('ours-legacy.sig'), '-p', t.path('k.pub')]).status).toBe(0);
  });

  it('the tool rejects our signature over a changed message', () => {
    const sk = parseSecretKey(readFileSync(t.path('k.key'), 'utf8'));
    writeFileSync(t.path('other'), 'something else');
    writeFileSync(t.path('other.minisig'), signMessage(MESSAGE, sk));
    expect(minisign(['-Vm', t.path('other'), '-p', t.path('k.pub')]).status).not.toBe(0);
  });

  it('decrypts a password-protected key that the tool made (default scrypt: N=2^20, 1 GiB) and signs with it', { timeout: 240_000 }, () => {
    const g = minisign(['-G', '-p', t.path('e.pub'), '-s', t.path('e.key')], { input: 'correct horse\ncorrect horse\n' });
    expect(g.status, g.stderr).toBe(0);
    const keyText = readFileSync(t.path('e.key'), 'utf8');
    expect(() => parseSecretKey(keyText)).toThrow(expect.objectContaining({ code: 'password-required' }));
    const sk = parseSecretKey(keyText, 'correct horse');
    expect(samePubFile(formatPublicKeyFile(publicKeyOf(sk)), readFileSync(t.path('e.pub'), 'utf8'))).toBe(true);
    writeFileSync(t.path('msg.e.sig'), signMessage(MESSAGE, sk));
    expect(minisign(['-Vm', t.path('msg'), '-x', t.path('msg.e.sig'), '-p', t.path('e.pub')]).status).toBe(0);
  });

  it('writes encrypted and unencrypted key files that `minisign -S` can use', () => {
    const key = generateKeyPair();
    writeFileSync(t.path('w.pub'), formatPublicKeyFile(publicKeyOf(key)));
    writeFileSync(t.path('w-enc.key'), formatSecretKeyFile(key, { password: 'pässword', ...FAST }));
    writeFileSync(t.path('w-plain.key'), formatSecretKeyFile(key));
    const s1 = minisign(['-S', '-s', t.path('w-enc.key'), '-m', t.path('msg'), '-x', t.path('w1.sig')], { input: 'pässword\n' });
    expect(s1.status, s1.stderr).toBe(0);
    const s2 = minisign(['-S', '-s', t.path('w-plain.key'), '-m', t.path('msg'), '-x', t.path('w2.sig')]);
    expect(s2.status, s2.stderr).toBe(0);
    for (const sig of ['w1.sig', 'w2.sig']) expect(verifySignature(MESSAGE, readFileSync(t.path(sig), 'utf8'), publicKeyOf(key)).ok).toBe(true);
    expect(minisign(['-S', '-s', t.path('w-enc.key'), '-m', t.path('msg'), '-x', t.path('w3.sig')], { input: 'wrong\n' }).status).not.toBe(0);
  });
});

describe('minisign in pure TypeScript', () => {
  const key = generateKeyPair();
  const pub = publicKeyOf(key);
  const sigText = signMessage(MESSAGE, key, { trustedComment: 'timestamp:1\tfile:feed.json\thashed' });
  const lines = sigText.split('\n');

  it('round-trips sign and verify, prehashed by default', () => {
    expect(verifySignature(MESSAGE, sigText, formatPublicKeyFile(pub))).toEqual({ ok: true, prehashed: true, trustedComment: 'timestamp:1\tfile:feed.json\thashed', keyId: keyIdHex(key.keyId) });
  });

  it('rejects a flipped byte in the message', () => {
    const tampered = MESSAGE.slice();
    tampered[3]! ^= 1;
    expect(verifySignature(tampered, sigText, pub)).toMatchObject({ ok: false, code: 'bad-signature' });
  });

  it('rejects a flipped byte in the signature', () => {
    const raw = Buffer.from(lines[1]!, 'base64');
    raw[20]! ^= 0x40;
    const bad = [lines[0], raw.toString('base64'), lines[2], lines[3], ''].join('\n');
    expect(verifySignature(MESSAGE, bad, pub)).toMatchObject({ ok: false, code: 'bad-signature' });
  });

  it('rejects a changed trusted comment and a flipped byte in the comment signature', () => {
    const bad = sigText.replace('timestamp:1\t', 'timestamp:2\t');
    expect(verifySignature(MESSAGE, bad, pub)).toMatchObject({ ok: false, code: 'bad-comment-signature' });
    const raw = Buffer.from(lines[3]!, 'base64');
    raw[5]! ^= 1;
    expect(verifySignature(MESSAGE, [lines[0], lines[1], lines[2], raw.toString('base64'), ''].join('\n'), pub)).toMatchObject({ ok: false, code: 'bad-comment-signature' });
  });

  it('rejects a signature whose key id is not the pinned key\'s, naming both ids', () => {
    const other = generateKeyPair();
    const r = verifySignature(MESSAGE, signMessage(MESSAGE, other), pub);
    expect(r).toMatchObject({ ok: false, code: 'key-id-mismatch' });
    expect(!r.ok && r.reason).toContain(keyIdHex(other.keyId));
    // Same key id, different key: the id is only a hint, the signature still decides.
    expect(verifySignature(MESSAGE, signMessage(MESSAGE, { ...other, keyId: key.keyId }), pub)).toMatchObject({ ok: false, code: 'bad-signature' });
  });

  it('rejects truncated and malformed signature files', () => {
    expect(verifySignature(MESSAGE, lines.slice(0, 2).join('\n'), pub)).toMatchObject({ ok: false, code: 'signature-malformed' });
    expect(verifySignature(MESSAGE, [lines[0], lines[1]!.slice(0, 40), lines[2], lines[3]].join('\n'), pub)).toMatchObject({ ok: false, code: 'signature-malformed' });
    expect(verifySignature(MESSAGE, sigText.slice(0, sigText.length - 30), pub)).toMatchObject({ ok: false, code: 'signature-malformed' });
    expect(verifySignature(MESSAGE, sigText.replace('trusted comment: ', 'comment: '), pub)).toMatchObject({ ok: false, code: 'signature-malformed' });
    expect(verifySignature(MESSAGE, '', pub)).toMatchObject({ ok: false, code: 'signature-malformed' });
  });

  it('rejects unreadable public keys with a code', () => {
    expect(verifySignature(MESSAGE, sigText, 'not a key')).toMatchObject({ ok: false, code: 'public-key-invalid' });
    expect(() => parsePublicKey(`${encodePublicKey(pub)}=`)).toThrow(MinisignError);
    expect(() => parsePublicKey(encodePublicKey(pub).replace(/^RW/, 'QW'))).toThrow(/algorithm|base64/);
  });

  it('encrypts and decrypts secret keys, telling a wrong password apart', () => {
    const file = formatSecretKeyFile(key, { password: 'pw', ...FAST });
    expect(parseSecretKey(file, 'pw')).toEqual(key);
    expect(() => parseSecretKey(file, 'nope')).toThrow(expect.objectContaining({ code: 'wrong-password' }));
    expect(parseSecretKey(formatSecretKeyFile(key))).toEqual(key);
  });

  it('turns opslimit/memlimit into scrypt parameters as libsodium\'s pickparams does', () => {
    expect(pickScryptParams(BigInt(33554432), BigInt(1073741824))).toEqual({ N: 2 ** 20, r: 8, p: 1 }); // minisign default
    expect(pickScryptParams(BigInt(524288), BigInt(16777216))).toEqual({ N: 2 ** 14, r: 8, p: 1 }); // INTERACTIVE
    expect(pickScryptParams(BigInt(1048576), BigInt(16777216))).toEqual({ N: 2 ** 14, r: 8, p: 2 });
    expect(pickScryptParams(BigInt(100000), BigInt(1073741824))).toEqual({ N: 2 ** 11, r: 8, p: 1 }); // ops-bound branch: maxN = 100000 / 32
  });
});
