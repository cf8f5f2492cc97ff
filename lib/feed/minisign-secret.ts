import { blake2b } from '@noble/hashes/blake2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { decodeBase64, encodeBase64 } from './base64';
import type { MinisignPublicKey } from './minisign-key';
import {
  CHK_ALG, KDF_ALG, KDF_NONE, KEY_ID_BYTES, MinisignError, SECRET_KEY_LEN, SIG_ALG, UNTRUSTED_PREFIX,
  bytesEqual, concatBytes, readU64le, textLines, u64le,
} from './minisign-format';
import { deriveKeyStream } from './scrypt-params';

/**
 * minisign secret keys (SeckeyStruct in minisign.h): "Ed" || kdf ("Sc" or 0,0) || "B2" ||
 * salt(32) || opslimit(u64 le) || memlimit(u64 le) || [key id(8) || Ed25519 sk(64) || checksum(32)].
 * With "Sc" the bracketed 104 bytes are XORed with scrypt(password, salt); the checksum is
 * BLAKE2b-256("Ed" || key id || sk) and tells a wrong password from a right one.
 */
export interface MinisignSecretKey {
  keyId: Uint8Array;
  /** libsodium layout: 32-byte seed followed by the 32-byte public key. */
  secretKey: Uint8Array;
}

/** minisign's defaults: crypto_pwhash_scryptsalsa208sha256_{OPSLIMIT,MEMLIMIT}_SENSITIVE. */
export const DEFAULT_OPSLIMIT = BigInt(33554432);
export const DEFAULT_MEMLIMIT = BigInt(1073741824);
const SK_OFFSET = 54;
const KEYNUM_SK_LEN = KEY_ID_BYTES + 64 + 32;

function checksum(keyId: Uint8Array, sk: Uint8Array): Uint8Array {
  return blake2b(concatBytes(SIG_ALG, keyId, sk), { dkLen: 32 });
}

function decodeSecretKey(text: string): Uint8Array {
  const lines = textLines(text.trim());
  const line = lines.length === 2 && lines[0]!.startsWith(UNTRUSTED_PREFIX.trimEnd()) ? lines[1] : lines.length === 1 ? lines[0] : undefined;
  const bytes = line === undefined ? null : decodeBase64(line.trim());
  if (bytes === null || bytes.length !== SECRET_KEY_LEN) throw new MinisignError('secret-key-invalid', 'not a minisign secret key (expected one base64 line of 158 bytes)');
  if (!bytesEqual(bytes.subarray(0, 2), SIG_ALG)) throw new MinisignError('secret-key-invalid', 'unsupported signature algorithm in the secret key');
  if (!bytesEqual(bytes.subarray(4, 6), CHK_ALG)) throw new MinisignError('secret-key-invalid', 'unsupported checksum function in the secret key');
  return bytes;
}

/** True when the key file is password-protected (kdf "Sc"). */
export function isEncryptedSecretKey(text: string): boolean {
  return bytesEqual(decodeSecretKey(text).subarray(2, 4), KDF_ALG);
}

/** Parses (and, with "Sc", decrypts) a secret key file. Throws MinisignError. */
export function parseSecretKey(text: string, password?: string): MinisignSecretKey {
  const bytes = decodeSecretKey(text);
  const kdf = bytes.subarray(2, 4);
  const keynum = bytes.slice(SK_OFFSET);
  if (bytesEqual(kdf, KDF_ALG)) {
    if (password === undefined) throw new MinisignError('password-required', 'the secret key is encrypted: a password is required');
    const stream = deriveKeyStream(password, bytes.subarray(6, 38), readU64le(bytes, 38), readU64le(bytes, 46), KEYNUM_SK_LEN);
    for (let i = 0; i < keynum.length; i++) keynum[i]! ^= stream[i]!;
  } else if (!bytesEqual(kdf, KDF_NONE)) {
    throw new MinisignError('kdf-unsupported', 'unsupported key derivation function in the secret key');
  }
  const keyId = keynum.slice(0, KEY_ID_BYTES);
  const secretKey = keynum.slice(KEY_ID_BYTES, KEY_ID_BYTES + 64);
  const chk = keynum.subarray(KEY_ID_BYTES + 64);
  // minisign 0.11 leaves the checksum of an unencrypted (-W) key as zeros and never checks it.
  const unchecked = bytesEqual(kdf, KDF_NONE) && chk.every((b) => b === 0);
  if (!unchecked && !bytesEqual(chk, checksum(keyId, secretKey))) {
    throw new MinisignError(bytesEqual(kdf, KDF_ALG) ? 'wrong-password' : 'secret-key-invalid', bytesEqual(kdf, KDF_ALG) ? 'wrong password for that key' : 'the secret key checksum does not match');
  }
  // The second half of a libsodium secret key is its public key: a cheap integrity check.
  if (!bytesEqual(ed25519.getPublicKey(secretKey.subarray(0, 32)), secretKey.subarray(32))) {
    throw new MinisignError('secret-key-invalid', 'the secret key is damaged (its public half does not match)');
  }
  return { keyId, secretKey };
}

export function publicKeyOf(key: MinisignSecretKey): MinisignPublicKey {
  return { keyId: key.keyId.slice(), publicKey: key.secretKey.slice(32) };
}

export function generateKeyPair(): MinisignSecretKey {
  const seed = randomBytes(32);
  return { keyId: randomBytes(KEY_ID_BYTES), secretKey: concatBytes(seed, ed25519.getPublicKey(seed)) };
}

export interface SecretKeyFileOptions {
  /** Encrypts the key ("Sc") when given; otherwise writes an unencrypted key like `minisign -W`. */
  password?: string;
  opslimit?: bigint;
  memlimit?: bigint;
  salt?: Uint8Array;
  comment?: string;
}

/** Writes a secret key file that `minisign -S -s FILE` accepts. */
export function formatSecretKeyFile(key: MinisignSecretKey, opts: SecretKeyFileOptions = {}): string {
  const encrypted = opts.password !== undefined;
  const salt = encrypted ? (opts.salt ?? randomBytes(32)) : new Uint8Array(32);
  const ops = encrypted ? (opts.opslimit ?? DEFAULT_OPSLIMIT) : BigInt(0);
  const mem = encrypted ? (opts.memlimit ?? DEFAULT_MEMLIMIT) : BigInt(0);
  const keynum = concatBytes(key.keyId, key.secretKey, checksum(key.keyId, key.secretKey));
  if (encrypted) {
    const stream = deriveKeyStream(opts.password!, salt, ops, mem, KEYNUM_SK_LEN);
    for (let i = 0; i < keynum.length; i++) keynum[i]! ^= stream[i]!;
  }
  const bytes = concatBytes(SIG_ALG, encrypted ? KDF_ALG : KDF_NONE, CHK_ALG, salt, u64le(ops), u64le(mem), keynum);
  return `${UNTRUSTED_PREFIX}${opts.comment ?? 'minisign encrypted secret key'}\n${encodeBase64(bytes)}\n`;
}
