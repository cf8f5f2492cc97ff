import { scrypt } from '@noble/hashes/scrypt.js';
import { MinisignError } from './minisign-format';

/**
 * minisign encrypts secret keys with libsodium's crypto_pwhash_scryptsalsa208sha256, which takes
 * an (opslimit, memlimit) pair and turns it into scrypt's (N, r, p) with `pickparams()` in
 * libsodium's src/libsodium/crypto_pwhash/scryptsalsa208sha256/pwhash_scryptsalsa208sha256.c.
 * This is that function, in BigInt so the u64 values from the key file are exact.
 * minisign's defaults (OPSLIMIT_SENSITIVE 33554432, MEMLIMIT_SENSITIVE 1073741824) give
 * N = 2^20, r = 8, p = 1.
 */
export function pickScryptParams(opslimit: bigint, memlimit: bigint): { N: number; r: number; p: number } {
  const ops = opslimit < BigInt(32768) ? BigInt(32768) : opslimit;
  const r = BigInt(8);
  const log2Above = (maxN: bigint): number => {
    let n = 1;
    for (; n < 63; n++) if (BigInt(1) << BigInt(n) > maxN / BigInt(2)) break;
    return n;
  };
  let nLog2: number;
  let p: bigint;
  if (ops < memlimit / BigInt(32)) {
    p = BigInt(1);
    nLog2 = log2Above(ops / (r * BigInt(4)));
  } else {
    nLog2 = log2Above(memlimit / (r * BigInt(128)));
    let maxrp = ops / BigInt(4) / (BigInt(1) << BigInt(nLog2));
    if (maxrp > BigInt(0x3fffffff)) maxrp = BigInt(0x3fffffff);
    p = maxrp / r;
  }
  return { N: 2 ** nLog2, r: Number(r), p: Number(p) };
}

/** Work we are willing to do for a key file: up to minisign's own default of 1 GiB, and p ≤ 64. */
const MAX_LOG2_N = 20;
const MAX_P = 64;

/** The scrypt output minisign XORs with the key material (key id, secret key, checksum: 104 bytes). */
export function deriveKeyStream(password: string, salt: Uint8Array, opslimit: bigint, memlimit: bigint, length: number): Uint8Array {
  const { N, r, p } = pickScryptParams(opslimit, memlimit);
  if (N > 2 ** MAX_LOG2_N || p < 1 || p > MAX_P) {
    throw new MinisignError('kdf-unsupported', `the key's scrypt parameters (N=${N}, r=${r}, p=${p}) are outside what this tool accepts`);
  }
  const maxmem = 128 * r * (N + p + 1);
  return scrypt(new TextEncoder().encode(password), salt, { N, r, p, dkLen: length, maxmem });
}
