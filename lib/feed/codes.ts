/**
 * Why a feed was refused. Codes are stable (the options page and tests key on them); reasons
 * are for people. The fetch layer reports its own codes (network, HTTP status, redirect) in the
 * same `FeedRejection` shape, so `code` is a plain string there.
 */
export const INGEST_CODES = [
  'empty', // zero bytes
  'too-large', // over maxBytes, refused before anything is parsed
  'not-json', // first byte is not "{": an HTML error page, a captive portal, a wrong URL
  'public-key-invalid', // the pinned key itself cannot be read
  'signature-malformed', // the .minisig file cannot be read (truncated, wrong lines, bad base64)
  'wrong-key', // signed by a key other than the one pinned for this subscription
  'bad-signature', // the body does not match the signature
  'bad-comment-signature', // the trusted comment was altered
  'invalid-utf8',
  'too-deep', // nesting deeper than MAX_JSON_DEPTH
  'invalid-json',
  'forbidden-key', // __proto__ / constructor / prototype anywhere
  'unknown-format', // a `format` this client does not know
  'schema',
  'duplicate-rule',
  'duplicate-resource',
  'duplicate-benchmark',
  'rollback', // version lower than the installed one
  'same-version', // version equal to the installed one
  'future-publish', // publishedAt more than a day ahead of the clock
  'bad-dates', // expiresAt not after publishedAt
  'expired', // a new feed already past expiresAt
  'compile', // the rule set does not compile (unsafe or invalid rules)
  'examples', // a rule's own examples fail
] as const;

export type IngestCode = (typeof INGEST_CODES)[number];
export interface FeedRejection {
  ok: false;
  code: IngestCode | (string & {});
  reason: string;
}

export function reject(code: IngestCode, reason: string): FeedRejection {
  return { ok: false, code, reason };
}
