/**
 * The minisign format (https://jedisct1.github.io/minisign/), compatible with the reference
 * tool in both directions. Split by unit: keys, secret keys (with scrypt decryption),
 * verification, signing. Pure Web-standard TypeScript: runs in the service worker, CLI and tests.
 */
export { MinisignError, keyIdHex, type MinisignErrorCode } from './minisign-format';
export { parsePublicKey, encodePublicKey, formatPublicKeyFile, type MinisignPublicKey } from './minisign-key';
export {
  parseSecretKey, isEncryptedSecretKey, formatSecretKeyFile, generateKeyPair, publicKeyOf,
  DEFAULT_OPSLIMIT, DEFAULT_MEMLIMIT, type MinisignSecretKey, type SecretKeyFileOptions,
} from './minisign-secret';
export { parseSignature, verifySignature, type MinisignSignature, type VerifyResult, type VerifyFailureCode } from './minisign-verify';
export { signMessage, defaultTrustedComment, type SignOptions } from './minisign-sign';
export { pickScryptParams } from './scrypt-params';
