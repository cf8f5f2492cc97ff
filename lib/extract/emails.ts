import type { Contact } from './contacts';
import { isFreeMail } from './freemail';

/**
 * E-mail addresses, including the obfuscated forms ads use to dodge filters: "name [at] gmail
 * [dot] com", "name(at)gmail.com", "name at gmail dot com". Found from each "@"-like token by
 * bounded scans left (local part) and right (domain), so the work is linear in the text.
 */

const AT = /@|[[({<]\s?(?:at|@)\s?[\])}>]|\sat\s/g;
const LOCAL = /[a-z0-9._%+\-]/;
const DOT = '(?:\\.|\\s?[\\[({]\\s?(?:dot|\\.)\\s?[\\])}]\\s?|\\s(?:dot)\\s)';
const LABEL = '[a-z0-9][a-z0-9\\-]{0,62}';
const DOMAIN = new RegExp(`${LABEL}(?:${DOT}${LABEL}){1,5}`, 'y');
const DOT_G = new RegExp(DOT, 'g');
const TLD = /^[a-z]{2,24}$/;

export function findEmails(p: string): Contact[] {
  const out: Contact[] = [];
  let consumed = 0;
  AT.lastIndex = 0;
  for (let m = AT.exec(p); m; m = AT.exec(p)) {
    if (m.index < consumed) continue;
    const plain = m[0] === '@';
    const wordAt = /^\sat\s$/.test(m[0]);
    // Local part, leftwards from the "@" (a space may separate a bracketed "[at]").
    let k = m.index;
    if (!plain && !wordAt) while (k > 0 && p[k - 1] === ' ' && m.index - k < 2) k--;
    const localEnd = k;
    while (k > 0 && localEnd - k < 64 && LOCAL.test(p[k - 1]!)) k--;
    while (k < localEnd && p[k] === '.') k++;
    if (k === localEnd || p[localEnd - 1] === '.' || (localEnd - k >= 64 && LOCAL.test(p[k - 1] ?? ''))) continue;
    // Domain, rightwards.
    let ds = m.index + m[0].length;
    if (!plain && !wordAt) while (p[ds] === ' ' && ds - (m.index + m[0].length) < 2) ds++;
    DOMAIN.lastIndex = ds;
    const dm = DOMAIN.exec(p);
    if (!dm) continue;
    const dom = trimDomain(dm[0]);
    if (!dom) continue;
    // "name at gmail.com" could be prose ("meet us at office.com"); only an obfuscated dot shows intent.
    if (wordAt && !dom.obfuscated) continue;
    const local = p.slice(k, localEnd);
    const c: Contact = { kind: 'email', value: `${local}@${dom.domain}`, start: k, end: ds + dom.length, domain: dom.domain };
    c.freeMail = isFreeMail(dom.domain);
    out.push(c);
    consumed = c.end;
  }
  return out;
}

/** Canonical domain and the matched length, after dropping trailing labels that cannot end a domain. */
function trimDomain(raw: string): { domain: string; length: number; obfuscated: boolean } | undefined {
  const labels: { text: string; end: number }[] = [];
  let obfuscated = false;
  let from = 0;
  DOT_G.lastIndex = 0;
  for (let m = DOT_G.exec(raw); m; m = DOT_G.exec(raw)) {
    labels.push({ text: raw.slice(from, m.index), end: m.index });
    if (m[0] !== '.') obfuscated = true;
    from = m.index + m[0].length;
  }
  labels.push({ text: raw.slice(from), end: raw.length });
  while (labels.length >= 2 && !TLD.test(labels[labels.length - 1]!.text)) labels.pop();
  if (labels.length < 2) return undefined;
  const clean = labels.map((l) => l.text.replace(/-+$/, ''));
  if (clean.some((l) => !l)) return undefined;
  return { domain: clean.join('.'), length: labels[labels.length - 1]!.end, obfuscated };
}
