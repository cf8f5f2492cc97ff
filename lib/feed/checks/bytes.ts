import { reject, type FeedRejection } from '../codes';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Cheap checks on the raw bytes, before any cryptography or parsing. */
export function checkBytes(body: Uint8Array, maxBytes: number): FeedRejection | null {
  if (body.byteLength === 0) return reject('empty', 'the feed is empty (0 bytes)');
  if (body.byteLength > maxBytes) return reject('too-large', `the feed is ${body.byteLength} bytes, over the ${maxBytes}-byte limit`);
  // A JSON feed starts with "{" after optional whitespace (no byte-order mark). Anything
  // else is most often an HTML error page or a captive portal: say so rather than "bad signature".
  for (let i = 0; i < body.length && i < 1024; i++) {
    const b = body[i]!;
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    if (b === 0x7b) return null;
    const html = b === 0x3c;
    return reject('not-json', html ? 'the server sent a web page (HTML), not the feed' : 'the body is not a JSON feed (it does not start with "{")');
  }
  return reject('not-json', 'the body is only whitespace');
}

/** Strict UTF-8 (the WHATWG decoder in fatal mode); a BOM is not allowed in a feed either. */
export function decodeUtf8(body: Uint8Array): { text: string } | FeedRejection {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    return reject('invalid-utf8', 'the feed is not valid UTF-8');
  }
}
