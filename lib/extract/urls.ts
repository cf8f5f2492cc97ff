import type { Contact } from './contacts';

/**
 * Web addresses: with a scheme or "www.", and bare domains ("bit.ly/abc", "jobs-abroad.com").
 * A bare domain needs a common top-level domain; endings that are also everyday words or that
 * show up when a space is missing after a full stop ("now.work", "done.it") need a path too.
 */

const URL_CHARS = '[^\\s<>"\'`{}|\\\\^\\[\\]]';
const SCHEMED = new RegExp(`(?:https?:\\/\\/|www\\.)${URL_CHARS}{1,2048}`, 'g');

const TLDS = [
  'com', 'net', 'org', 'info', 'biz', 'io', 'xyz', 'ly', 'gl', 'gd', 'ai', 'cc', 'tk', 'ml', 'ga', 'cf', 'gq', 'ws', 'su', 'icu', 'asia',
  'mobi', 'ru', 'ua', 'uk', 'de', 'fr', 'es', 'pt', 'ro', 'bg', 'pl', 'cz', 'vn', 'th', 'ph', 'np', 'bd', 'pk', 'lk', 'mm', 'kh', 'cn',
  'hk', 'sg', 'tw', 'jp', 'kr', 'ae', 'sa', 'qa', 'kw', 'om', 'bh', 'jo', 'lb', 'eg', 'tn', 'dz', 'ng', 'ke', 'za', 'et', 'gh', 'ug',
  'tz', 'ca', 'au', 'nz', 'br', 'mx', 'ar', 'cl', 'pe', 'nl', 'ch', 'se', 'fi', 'dk', 'gr', 'tr', 'il', 'ir', 'iq', 'af', 'kz', 'uz',
  'kg', 'tj', 'az', 'ge', 'md', 'by', 'rs', 'hr', 'hu', 'sk', 'si', 'lt', 'lv', 'ee', 'ie', 'mt', 'cy', 'lu', 'al', 'mk', 'ba', 'eu',
  // Reserved for documentation and tests (RFC 2606 section 2): sample ads, training material and
  // our corpora use them for made-up employers, and a website there is still a website.
  'example', 'test',
];
/** Endings that are words too: accepted only with a path, after a second-level label ("co.in"), or with www/scheme. */
const RISKY = [
  'in', 'it', 'to', 'is', 'so', 'as', 'us', 'id', 'am', 'my', 'la', 'ma', 'me', 'at', 'be', 'no', 'do', 'go', 'co', 'tv', 'top', 'online',
  'site', 'live', 'shop', 'club', 'store', 'app', 'vip', 'work', 'link', 'page', 'jobs', 'agency', 'group', 'today', 'click', 'fun', 'one',
  'pro', 'tech', 'space', 'website', 'global', 'world', 'life', 'email', 'services', 'company',
];
const SECOND_LEVEL = new Set(['co', 'com', 'gov', 'ac', 'org', 'net', 'edu', 'go', 'or', 'nic', 'mil', 'ne', 'web', 'biz', 'info']);
const ALL_TLDS = [...TLDS, ...RISKY].sort((a, b) => b.length - a.length).join('|');
// Labels are runs without dots, so each label is consumed one way only (no backtracking blow-up).
const BARE = new RegExp(`(?<![a-z0-9@._\\-/])((?:[a-z0-9\\-]{1,63}\\.){1,4})(${ALL_TLDS})(?![a-z0-9\\-])((?:[/?#]${URL_CHARS}{0,2048})?)`, 'g');
const RISKY_SET = new Set(RISKY);

const TRAIL = /[.,;:!?'")\]}>»…]+$/;

export function findUrls(p: string, text: string): Contact[] {
  const out: Contact[] = [];
  const taken: [number, number][] = [];
  SCHEMED.lastIndex = 0;
  for (let m = SCHEMED.exec(p); m; m = SCHEMED.exec(p)) {
    const end = m.index + trimTail(m[0]);
    if (m[0].startsWith('www.') && !/^www\.[a-z0-9\-]+\.[a-z]/.test(m[0])) continue;
    if (end - m.index < 8) continue;
    out.push(url(p, text, m.index, end));
    taken.push([m.index, end]);
  }
  let ti = 0;
  BARE.lastIndex = 0;
  for (let m = BARE.exec(p); m; m = BARE.exec(p)) {
    while (ti < taken.length && taken[ti]![1] <= m.index) ti++;
    if (ti < taken.length && taken[ti]![0] <= m.index) continue;
    const labels = m[1]!.slice(0, -1).split('.');
    if (labels.some((l) => !l || l.startsWith('-') || l.endsWith('-'))) continue;
    const tld = m[2]!;
    const path = m[3] ?? '';
    if (RISKY_SET.has(tld) && !path && !SECOND_LEVEL.has(labels[labels.length - 1]!)) continue;
    if (labels.every((l) => /^\d+$/.test(l))) continue; // 1.5.to
    // "B.Com or M.Com" are degrees: a one-letter name with no path is not taken for a web site.
    if (labels.length === 1 && labels[0]!.length === 1 && !path) continue;
    const end = m.index + m[1]!.length + tld.length + (path ? trimTail(path) : 0);
    out.push(url(p, text, m.index, end));
  }
  return out;
}

/** Length without trailing punctuation, keeping a closing bracket that has its opening one. */
function trimTail(s: string): number {
  let t = s.replace(TRAIL, '');
  const tail = s.slice(t.length);
  if (tail.startsWith(')') && t.includes('(')) t += ')';
  return t.length;
}

function url(p: string, text: string, start: number, end: number): Contact {
  const host = p.slice(start, end).replace(/^https?:\/\//, '').replace(/^www\./, '').split(/[/?#:]/)[0]!;
  // Paths are case-sensitive: the value keeps the input's spelling.
  return { kind: 'url', value: text.slice(start, end), start, end, domain: host };
}
