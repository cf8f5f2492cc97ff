import { blake2b } from '@noble/hashes/blake2.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { encodeBase64 } from './base64';
import type { MinisignSecretKey } from './minisign-secret';
import { SIG_ALG, SIG_ALG_HASHED, TRUSTED_COMMENT_MAX_BYTES, TRUSTED_PREFIX, UNTRUSTED_PREFIX, concatBytes } from './minisign-format';

export interface SignOptions {
  /** Defaults to minisign's own: `timestamp:<unix>\tfile:<fileName>\thashed`. */
  trustedComment?: string;
  untrustedComment?: string;
  /** Used in the default trusted comment, as minisign uses the file's base name. */
  fileName?: string;
  /** Sign the raw message ("Ed", `minisign -l`) instead of its BLAKE2b-512 hash ("ED"). */
  legacy?: boolean;
  now?: Date;
}

/** minisign.c default_trusted_comment(). */
export function defaultTrustedComment(fileName: string, now: Date, hashed = true): string {
  return `timestamp:${Math.floor(now.getTime() / 1000)}\tfile:${fileName}${hashed ? '\thashed' : ''}`;
}

/** Signs `message` and returns the text of a `.minisig` file that `minisign -V` accepts. */
export function signMessage(message: Uint8Array, key: MinisignSecretKey, opts: SignOptions = {}): string {
  const hashed = !opts.legacy;
  const trusted = opts.trustedComment ?? defaultTrustedComment(opts.fileName ?? 'message', opts.now ?? new Date(), hashed);
  const untrusted = opts.untrustedComment ?? 'signature from minisign secret key';
  for (const c of [trusted, untrusted]) if (/[\r\n]/.test(c)) throw new Error('comments must be a single line');
  const trustedBytes = new TextEncoder().encode(trusted);
  if (trustedBytes.length >= TRUSTED_COMMENT_MAX_BYTES - TRUSTED_PREFIX.length) throw new Error('trusted comment too long');
  const seed = key.secretKey.subarray(0, 32);
  const signature = ed25519.sign(hashed ? blake2b(message, { dkLen: 64 }) : message, seed);
  const globalSignature = ed25519.sign(concatBytes(signature, trustedBytes), seed);
  return [
    `${UNTRUSTED_PREFIX}${untrusted}`,
    encodeBase64(concatBytes(hashed ? SIG_ALG_HASHED : SIG_ALG, key.keyId, signature)),
    `${TRUSTED_PREFIX}${trusted}`,
    encodeBase64(globalSignature),
    '',
  ].join('\n');
}
