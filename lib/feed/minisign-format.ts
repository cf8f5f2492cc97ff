/**
 * Shared pieces of the minisign file formats (https://jedisct1.github.io/minisign/, and the
 * structs in minisign's src/minisign.h): algorithm tags, comment prefixes, size limits, and the
 * error type every minisign function throws.
 */

/** "Ed": legacy signature over the raw message; also the key algorithm tag. */
export const SIG_ALG = new Uint8Array([0x45, 0x64]);
/** "ED": signature over BLAKE2b-512(message), minisign's default since 0.8. */
export const SIG_ALG_HASHED = new Uint8Array([0x45, 0x44]);
/** "Sc": secret key encrypted with scryptsalsa208sha256; [0, 0]: not encrypted (`minisign -W`). */
export const KDF_ALG = new Uint8Array([0x53, 0x63]);
export const KDF_NONE = new Uint8Array([0, 0]);
/** "B2": BLAKE2b-256 checksum of the secret key. */
export const CHK_ALG = new Uint8Array([0x42, 0x32]);

export const UNTRUSTED_PREFIX = 'untrusted comment: ';
export const TRUSTED_PREFIX = 'trusted comment: ';
/** minisign reads comment lines with fgets into buffers of these sizes (minisign.h). */
export const COMMENT_MAX_BYTES = 1024;
export const TRUSTED_COMMENT_MAX_BYTES = 8192;

export const KEY_ID_BYTES = 8;
export const PUBLIC_KEY_LEN = 2 + KEY_ID_BYTES + 32;
export const SIGNATURE_LEN = 2 + KEY_ID_BYTES + 64;
export const SECRET_KEY_LEN = 2 + 2 + 2 + 32 + 8 + 8 + KEY_ID_BYTES + 64 + 32;

export type MinisignErrorCode =
  | 'public-key-invalid'
  | 'secret-key-invalid'
  | 'password-required'
  | 'wrong-password'
  | 'kdf-unsupported'
  | 'signature-malformed';

export class MinisignError extends Error {
  constructor(
    readonly code: MinisignErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MinisignError';
  }
}

/** A key id as minisign prints it: the 8 bytes read as a little-endian u64, in upper-case hex. */
export function keyIdHex(keyId: Uint8Array): string {
  let out = '';
  for (let i = keyId.length - 1; i >= 0; i--) out += keyId[i]!.toString(16).padStart(2, '0');
  return out.toUpperCase();
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * Splits text into lines the way fgets + minisign's trim() see them: "\n" ends a line, and trim()
 * cuts a line at its first "\r" (helpers.c), so "\r\n" files read the same as "\n" files.
 */
export function textLines(text: string): string[] {
  const lines = text.split('\n').map((l) => l.split('\r')[0]!);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function u64le(value: bigint): Uint8Array {
  const out = new Uint8Array(8);
  for (let i = 0; i < 8; i++) out[i] = Number((value >> BigInt(8 * i)) & BigInt(0xff));
  return out;
}

export function readU64le(bytes: Uint8Array, offset: number): bigint {
  let v = BigInt(0);
  for (let i = 7; i >= 0; i--) v = (v << BigInt(8)) | BigInt(bytes[offset + i]!);
  return v;
}
