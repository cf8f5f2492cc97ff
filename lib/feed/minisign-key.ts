import { decodeBase64, encodeBase64 } from './base64';
import { KEY_ID_BYTES, MinisignError, PUBLIC_KEY_LEN, SIG_ALG, UNTRUSTED_PREFIX, bytesEqual, concatBytes, keyIdHex, textLines } from './minisign-format';

/** A minisign public key: "Ed" || key id (8 bytes) || Ed25519 public key (32 bytes), base64. */
export interface MinisignPublicKey {
  keyId: Uint8Array;
  publicKey: Uint8Array;
}

/**
 * Parses a public key given either as the `.pub` file (an `untrusted comment:` line, then the
 * base64 line) or as the bare base64 string that `minisign -P` takes. Throws MinisignError.
 */
export function parsePublicKey(text: string): MinisignPublicKey {
  const lines = textLines(text.trim());
  let line: string | undefined;
  if (lines.length === 1) line = lines[0];
  else if (lines.length === 2 && lines[0]!.startsWith(UNTRUSTED_PREFIX.trimEnd())) line = lines[1];
  if (line === undefined) throw new MinisignError('public-key-invalid', 'a public key is one base64 line, optionally after an "untrusted comment:" line');
  const bytes = decodeBase64(line.trim());
  if (bytes === null || bytes.length !== PUBLIC_KEY_LEN) {
    throw new MinisignError('public-key-invalid', `the public key is not ${PUBLIC_KEY_LEN} bytes of base64`);
  }
  if (!bytesEqual(bytes.subarray(0, 2), SIG_ALG)) throw new MinisignError('public-key-invalid', 'unsupported public key algorithm (expected "Ed")');
  return { keyId: bytes.slice(2, 2 + KEY_ID_BYTES), publicKey: bytes.slice(2 + KEY_ID_BYTES) };
}

/** The bare base64 form, as `minisign -P` takes it. */
export function encodePublicKey(key: MinisignPublicKey): string {
  return encodeBase64(concatBytes(SIG_ALG, key.keyId, key.publicKey));
}

/** The `.pub` file as current minisign writes it (0.11 prints the key id in the untrusted comment without leading zeros; the comment is never parsed). */
export function formatPublicKeyFile(key: MinisignPublicKey): string {
  return `${UNTRUSTED_PREFIX}minisign public key ${keyIdHex(key.keyId)}\n${encodePublicKey(key)}\n`;
}
