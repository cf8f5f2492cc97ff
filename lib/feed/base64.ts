/**
 * Strict standard base64 (RFC 4648 §4, with padding), as minisign writes it. Written by hand
 * rather than with atob/btoa because atob silently skips whitespace and accepts missing padding,
 * and a verifier should accept exactly one spelling of each key and signature.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

/** Decodes canonical padded base64; returns null on any deviation (bad length, character or padding bits). */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    const v = [0, 0, 0, 0];
    for (let j = 0; j < 4; j++) {
      const code = text.charCodeAt(i + j);
      if (last && code === 61 /* = */ && j >= 4 - pad) continue;
      const d = code < 128 ? LOOKUP[code]! : -1;
      if (d < 0) return null;
      v[j] = d;
    }
    const n = (v[0]! << 18) | (v[1]! << 12) | (v[2]! << 6) | v[3]!;
    const bytes = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
    const take = last ? 3 - pad : 3;
    // Non-zero bits hidden under the padding would make two spellings of one value: reject.
    if (last && pad > 0 && (n & (pad === 2 ? 0xffff : 0xff)) !== 0) return null;
    for (let k = 0; k < take; k++) out[o++] = bytes[k]!;
  }
  return out;
}
