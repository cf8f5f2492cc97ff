import { blake2b } from '@noble/hashes/blake2.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { decodeBase64 } from './base64';
import { parsePublicKey, type MinisignPublicKey } from './minisign-key';
import {
  KEY_ID_BYTES, MinisignError, SIGNATURE_LEN, SIG_ALG, SIG_ALG_HASHED, TRUSTED_COMMENT_MAX_BYTES, TRUSTED_PREFIX,
  UNTRUSTED_PREFIX, bytesEqual, concatBytes, keyIdHex, textLines,
} from './minisign-format';

/**
 * A `.minisig` file has four lines: `untrusted comment: …`, base64(alg || key id || Ed25519
 * signature), `trusted comment: …`, base64(global signature). The global signature covers
 * signature || trusted comment, so the trusted comment cannot be changed (minisign.c, verify()).
 */
export interface MinisignSignature {
  prehashed: boolean;
  keyId: Uint8Array;
  signature: Uint8Array;
  untrustedComment: string;
  trustedComment: string;
  globalSignature: Uint8Array;
}

const utf8 = new TextEncoder();

/** Parses a signature file. Throws MinisignError('signature-malformed'). */
export function parseSignature(text: string): MinisignSignature {
  const bad = (why: string): never => {
    throw new MinisignError('signature-malformed', `malformed signature: ${why}`);
  };
  const lines = textLines(text);
  if (lines.length < 4) bad('a signature file has four lines');
  const [untrusted, sigLine, trusted, globalLine] = lines as [string, string, string, string];
  if (!untrusted.startsWith(UNTRUSTED_PREFIX)) bad(`the first line must start with "${UNTRUSTED_PREFIX}"`);
  if (!trusted.startsWith(TRUSTED_PREFIX)) bad(`the third line must start with "${TRUSTED_PREFIX}"`);
  if (utf8.encode(trusted).length + 2 > TRUSTED_COMMENT_MAX_BYTES) bad('the trusted comment is too long');
  const sig = decodeBase64(sigLine.trim());
  if (sig === null || sig.length !== SIGNATURE_LEN) bad(`the signature line is not ${SIGNATURE_LEN} bytes of base64`);
  const alg = sig!.subarray(0, 2);
  const prehashed = bytesEqual(alg, SIG_ALG_HASHED);
  if (!prehashed && !bytesEqual(alg, SIG_ALG)) bad('unsupported signature algorithm');
  const globalSignature = decodeBase64(globalLine.trim());
  if (globalSignature === null || globalSignature.length !== 64) bad('the trusted-comment signature is not 64 bytes of base64');
  return {
    prehashed,
    keyId: sig!.slice(2, 2 + KEY_ID_BYTES),
    signature: sig!.slice(2 + KEY_ID_BYTES),
    untrustedComment: untrusted.slice(UNTRUSTED_PREFIX.length),
    trustedComment: trusted.slice(TRUSTED_PREFIX.length),
    globalSignature: globalSignature!,
  };
}

export type VerifyFailureCode = 'public-key-invalid' | 'signature-malformed' | 'key-id-mismatch' | 'legacy-signature' | 'bad-signature' | 'bad-comment-signature';
export type VerifyResult =
  | { ok: true; trustedComment: string; prehashed: boolean; keyId: string }
  | { ok: false; code: VerifyFailureCode; reason: string };

/** Ed25519 verification with RFC 8032 (not ZIP-215) rules, closest to libsodium's. Never throws. */
function edVerify(sig: Uint8Array, msg: Uint8Array, pk: Uint8Array): boolean {
  try {
    return ed25519.verify(sig, msg, pk, { zip215: false });
  } catch {
    return false;
  }
}

/**
 * Verifies `message` against a signature file, as `minisign -V` does: key ids must match, the
 * signature must cover the message ("Ed") or its BLAKE2b-512 hash ("ED"), and the global
 * signature must cover signature || trusted comment. `requirePrehashed` is `minisign -H`.
 */
export function verifySignature(
  message: Uint8Array,
  signatureText: string,
  key: MinisignPublicKey | string,
  opts: { requirePrehashed?: boolean } = {},
): VerifyResult {
  let pk: MinisignPublicKey;
  let sig: MinisignSignature;
  try {
    pk = typeof key === 'string' ? parsePublicKey(key) : key;
    sig = parseSignature(signatureText);
  } catch (e) {
    if (e instanceof MinisignError) return { ok: false, code: e.code === 'public-key-invalid' ? 'public-key-invalid' : 'signature-malformed', reason: e.message };
    throw e;
  }
  if (!bytesEqual(sig.keyId, pk.keyId)) {
    return { ok: false, code: 'key-id-mismatch', reason: `signed by key ${keyIdHex(sig.keyId)}, but the pinned key is ${keyIdHex(pk.keyId)}` };
  }
  if (!sig.prehashed && opts.requirePrehashed) return { ok: false, code: 'legacy-signature', reason: 'legacy (non-prehashed) signature found' };
  const signed = sig.prehashed ? blake2b(message, { dkLen: 64 }) : message;
  if (!edVerify(sig.signature, signed, pk.publicKey)) return { ok: false, code: 'bad-signature', reason: 'signature verification failed' };
  const commented = concatBytes(sig.signature, utf8.encode(sig.trustedComment));
  if (!edVerify(sig.globalSignature, commented, pk.publicKey)) {
    return { ok: false, code: 'bad-comment-signature', reason: 'the trusted comment signature verification failed' };
  }
  return { ok: true, trustedComment: sig.trustedComment, prehashed: sig.prehashed, keyId: keyIdHex(sig.keyId) };
}
