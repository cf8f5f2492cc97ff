import type { Rule } from '../rules/schema';
import { reject, type FeedRejection } from './codes';
import { checkBytes, decodeUtf8, DEFAULT_MAX_BYTES } from './checks/bytes';
import { checkDates, checkVersion } from './checks/dates';
import { checkDuplicates, checkFormat, checkSchema } from './checks/envelope';
import { checkDepth, parseJson } from './checks/json';
import { verifySignature } from './minisign-verify';
import type { Feed } from './schema';

export { isExpired } from './checks/dates';
export { INGEST_CODES, type IngestCode, type FeedRejection } from './codes';

export interface VerifyFeedInput<C> {
  body: Uint8Array;
  /** Text of the `.minisig` file. */
  signature: string;
  /** The key pinned for this subscription: `.pub` file text or the bare base64 string. */
  publicKey: string;
  /** Version of the feed currently installed for this subscription, if any. */
  installedVersion?: number;
  now: Date;
  maxBytes?: number;
  /** Compiles the rules (lib/engine/compile.ts compileRuleSet); throws on unsafe or invalid rules. */
  compile: (rules: Rule[], feed: Feed) => C;
  /** Runs every rule's own examples (lib/rules/examples.ts checkRuleExamples); returns failures. */
  checkExamples: (rules: Rule[], feed: Feed) => string[];
}

export interface FeedAccepted<C> {
  ok: true;
  feed: Feed;
  /** The compiled rule set, so the caller can swap it in without compiling twice. */
  compiled: C;
  trustedComment: string;
  warnings: string[];
}

/** Signature checks stop a 5 MB body at 16 KB of signature text; a real one is about 300 bytes. */
const MAX_SIGNATURE_CHARS = 16 * 1024;

/**
 * The one ingest path for the bundled copy and every remote refresh (architecture.md, "The
 * feed"). Checks run cheapest-and-most-hostile first and nothing is persisted: the caller swaps
 * the result in only on `ok: true`, so on any failure the last good rule set stays.
 */
export async function verifyFeed<C>(input: VerifyFeedInput<C>): Promise<FeedAccepted<C> | FeedRejection> {
  const { body } = input;
  const bytes = checkBytes(body, input.maxBytes ?? DEFAULT_MAX_BYTES);
  if (bytes) return bytes;

  if (input.signature.length > MAX_SIGNATURE_CHARS) return reject('signature-malformed', 'the signature file is far too long to be a minisign signature');
  const sig = verifySignature(body, input.signature, input.publicKey);
  if (!sig.ok) return reject(sig.code === 'key-id-mismatch' ? 'wrong-key' : sig.code === 'legacy-signature' ? 'bad-signature' : sig.code, sig.reason);
  const warnings: string[] = [];
  if (!sig.prehashed) warnings.push('legacy-signature: the feed was signed with the legacy (non-prehashed) minisign algorithm');

  const decoded = decodeUtf8(body);
  if ('ok' in decoded) return decoded;
  const depth = checkDepth(decoded.text);
  if (depth) return depth;
  const json = parseJson(decoded.text);
  if ('ok' in json) return json;

  const format = checkFormat(json.value);
  if (format) return format;
  const schema = checkSchema(json.value);
  if ('ok' in schema) return schema;
  const { feed } = schema;
  const problem = checkDuplicates(feed) ?? checkVersion(feed, input.installedVersion) ?? checkDates(feed, input.now);
  if (problem) return problem;

  let compiled: C;
  try {
    compiled = input.compile(feed.rules, feed);
  } catch (e) {
    return reject('compile', `the rules do not compile: ${e instanceof Error ? e.message : String(e)}`);
  }
  const failures = input.checkExamples(feed.rules, feed);
  if (failures.length > 0) {
    const more = failures.length > 5 ? ` (and ${failures.length - 5} more)` : '';
    return reject('examples', `${failures.length} rule example(s) fail: ${failures.slice(0, 5).join('; ')}${more}`);
  }
  return { ok: true, feed, compiled, trustedComment: sig.trustedComment, warnings };
}
