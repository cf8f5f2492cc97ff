import { SKIP_TAGS, breakFor } from './blocks';
import { TextSink } from './text-sink';
import { MAX_TEXT_CHARS } from './types';

/**
 * HTML string to plain text, for JSON-LD descriptions (which are HTML inside a JSON string).
 * Nothing is parsed by a browser engine and nothing is ever inserted into a document, so no
 * script, image or handler in the string can run or load: this is a linear scan that drops tags,
 * turns block tags into line breaks and decodes character references.
 */
export function htmlToText(html: string, cap: number = MAX_TEXT_CHARS): string {
  let src = html;
  // LinkedIn's JSON-LD escapes the markup once more ("&lt;strong&gt;"); seen in the saved guest
  // posting (shared fixtures, linkedin_guest_job_posting.html). Unescape once, then read as HTML.
  if (src.indexOf('<') === -1 && /&lt;\/?[a-z!]/i.test(src)) src = decodeEntities(src);
  const sink = new TextSink(cap);
  let i = 0;
  while (i < src.length && !sink.full) {
    const lt = src.indexOf('<', i);
    const end = lt === -1 ? src.length : lt;
    if (end > i) sink.text(decodeEntities(src.slice(i, end)));
    if (lt === -1) break;
    if (src.startsWith('<!--', lt)) {
      const close = src.indexOf('-->', lt + 4);
      i = close === -1 ? src.length : close + 3;
      continue;
    }
    const closing = src.charCodeAt(lt + 1) === 47; /* / */
    const name = readTagName(src, closing ? lt + 2 : lt + 1);
    if (!name) {
      sink.text('<'); // a lone "<", as in "salary < 500": text, not a tag
      i = lt + 1;
      continue;
    }
    const gt = src.indexOf('>', lt);
    if (gt === -1) break; // unterminated tag: the rest is attribute soup, not text
    i = gt + 1;
    if (!closing && SKIP_TAGS.has(name) && !src.startsWith('/>', gt - 1)) {
      i = skipPast(src, name, i);
      continue;
    }
    if (name === 'br') {
      sink.br();
      continue;
    }
    const b = breakFor(name);
    if (b !== 0) sink.lineBreak(b);
  }
  return sink.toString();
}

/** Lower-case tag name starting at `at` (a letter, then letters, digits, dashes), or '' if none. */
function readTagName(src: string, at: number): string {
  let end = at;
  while (end < src.length && end - at < 40) {
    const c = src.charCodeAt(end) | 0x20; // ASCII letters to lower case
    const letter = c >= 97 && c <= 122;
    if (!(letter || (end > at && ((c >= 48 && c <= 57) || src.charCodeAt(end) === 45)))) break;
    end++;
  }
  return src.slice(at, end).toLowerCase();
}

/** Index just past `</name ...>`, searched case-insensitively from `from`; end of string if absent. */
function skipPast(src: string, name: string, from: number): number {
  const close = new RegExp(`</${name}\\s*>`, 'ig');
  close.lastIndex = from;
  const m = close.exec(src);
  return m ? m.index + m[0].length : src.length;
}

/** Named references worth knowing in job ads; anything else stays as written. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', bull: '\u2022',
  middot: '\u00b7', euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', copy: '\u00a9',
  reg: '\u00ae', trade: '\u2122', times: '\u00d7', deg: '\u00b0', laquo: '\u00ab', raquo: '\u00bb',
  shy: '', zwj: '\u200d', zwnj: '\u200c',
  // Latin-1 letters, for ads in French, Spanish, Portuguese, German: &Eacute; is derived from &eacute;.
  aacute: 'á', agrave: 'à', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï',
  ntilde: 'ñ', oacute: 'ó', ograve: 'ò', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø', uacute: 'ú',
  ugrave: 'ù', ucirc: 'û', uuml: 'ü', yacute: 'ý', yuml: 'ÿ', szlig: 'ß',
};

/** Decode character references (&amp; &#39; &#x2F; ...). Bounded quantifiers keep it linear. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(/&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z][A-Za-z0-9]{1,9}));?/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return named(name) ?? whole;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    return validCodePoint(code) ? String.fromCodePoint(code) : '\ufffd';
  });
}

function named(name: string): string | undefined {
  const exact = NAMED[name];
  if (exact !== undefined) return exact;
  const lower = NAMED[name.toLowerCase()];
  if (lower === undefined) return undefined;
  // "Eacute" is the capital letter; "AMP" and "NBSP" are just the same reference shouted.
  return name === name.toUpperCase() ? lower : lower.toUpperCase();
}

function validCodePoint(code: number): boolean {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
}
