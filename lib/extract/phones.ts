import { hitsIn, scanContactWords, type CHit } from './chat-labels';
import type { Contact, ContactKind } from './contacts';
import { LOCAL_MOBILE, MOBILE_BY_CODE } from './phone-prefixes';
import { looksLikeNotPhone, scanRuns, splitRun, touchesLetters, type Piece } from './phone-scan';

/**
 * Phone numbers and chat numbers ("WhatsApp +63 917…", "0917… (Viber)"). A digit run is a phone
 * when its shape says so (international "+", trunk "0", an area code in brackets, a mobile-length
 * number, phone-like grouping) or a phone or chat word introduces it; never when it is money, a
 * date, a range, or follows an ID word ("ref", "passport", "account").
 */

interface Span {
  start: number;
  end: number;
}

const WINDOW = 40;
const SHORT_TAIL = /^[\s:=\-–—,|/&+().#]{0,4}(?:(?:no|nr|num|number|id|only|me|us|at)\.?[\s:=\-–—,|/&+().#]{0,3})?$/u;
const AFTER_LEAD = /^[\s\-–—:(\[/,&+]{0,4}(?:(?:on|via|or|and|only|also|for|sa|lang)[\s:]{1,2}){0,2}$/u;
const CHAIN = /^(?:[\s/,&|+\-]{0,3}|\s(?:and|or|at|y|o|dan|atau|và|и|або)\s)$/u;
const CUT = /[\n!?;|•]|\.\s/g;
const ABBR = /(?:tel|telp|ph|no|nos|mob|hp|tlf|тел|моб|st|cel|cp)\.$/;

/** Phones (with their chat kind) in folded text; `money` spans (sorted) are never phones. */
export function findPhones(p: string, money: Span[], words: CHit[] = scanContactWords(p)): Contact[] {
  const pieces = scanRuns(p).flatMap(splitRun);
  const out: Contact[] = [];
  let prevEnd = 0;
  let mi = 0;
  for (let i = 0; i < pieces.length; i++) {
    const pc = pieces[i]!;
    const from = Math.max(prevEnd, pc.start - WINDOW);
    prevEnd = pc.end;
    const d = pc.digits.length;
    if (pc.intl ? d < 8 || d > 15 : d < 7 || d > 13) continue;
    if (looksLikeNotPhone(pc)) continue;
    while (mi < money.length && money[mi]!.end <= pc.start) mi++;
    if (!pc.intl && mi < money.length && money[mi]!.start < pc.end) continue;

    const before = cutBefore(p, from, pc.start);
    const ctx = readBefore(p, words, before, pc.start);
    const touch = touchesLetters(p, pc);
    if (touch === 'after' || (touch === 'before' && ctx.gluedEnd !== pc.start)) continue;
    const introduced = Math.max(ctx.phoneAt, ctx.labelAt);
    if (!pc.intl && ctx.notAt > introduced) continue;
    if (!(introduced >= 0 || shapeSaysPhone(pc))) continue;

    let kinds: ContactKind[] = ctx.kinds;
    if (!kinds.length) kinds = readAfter(p, words, pc.end, pieces[i + 1]?.start ?? p.length);
    if (!kinds.length) kinds = ['phone'];
    else if (ctx.alsoPhone && !kinds.includes('phone')) kinds.push('phone');
    const value = pc.intl ? `+${pc.digits}` : pc.digits;
    const personalMobile = mobile(pc.digits, pc.intl);
    for (const kind of kinds) {
      const c: Contact = { kind, value, start: pc.start, end: pc.end };
      if (personalMobile !== undefined) c.personalMobile = personalMobile;
      out.push(c);
    }
  }
  return out;
}

function shapeSaysPhone(pc: Piece): boolean {
  const g = pc.groups;
  const d = pc.digits;
  if (/^(\d)\1+$/.test(d)) return false; // 1111111111, 0000000: fillers, not numbers
  if (pc.intl) return true;
  if (d[0] === '0' && d.length >= 9) return true;
  if (g[0]!.paren && d.length >= 7) return true;
  if (d.length === 10 && /^[6-9]/.test(d) && g.length <= 3) return true; // India, Nepal, Philippines without trunk
  if (g.length >= 7 && g.every((x) => x.digits.length === 1 && (x.sep === '' || x.sep.trim() === ''))) return d[0] === '0' || d.length >= 9; // spelled out
  const grouped =
    g.length >= 2 && g.length <= 5 && d.length <= 12 && g[0]!.digits.length >= 2 && g[0]!.digits.length <= 5 &&
    g.every((x) => x.digits.length >= 2) && g.slice(1).every((x) => x.sep.trim() === '' || x.sep.trim() === '-');
  return grouped;
}

/** The window before a number, cut at the last sentence break so a label from another line does not count. */
function cutBefore(p: string, from: number, to: number): number {
  const w = p.slice(from, to);
  let cut = 0;
  CUT.lastIndex = 0;
  for (let m = CUT.exec(w); m; m = CUT.exec(w)) {
    if (m[0][0] === '.' && ABBR.test(w.slice(Math.max(0, m.index - 5), m.index + 1))) continue;
    cut = m.index + m[0].length;
  }
  return from + cut;
}

interface Before {
  kinds: ContactKind[];
  /** End offsets (absolute) of the last accepted chat label, phone word and ID word; -1 if none. */
  labelAt: number;
  phoneAt: number;
  notAt: number;
  /** End of a label or phone word written onto the number ("wa0812…"), if any. */
  gluedEnd: number;
  /** A phone word stands with the app names ("Text/Viber", "WhatsApp or call"): the number is a phone too. */
  alsoPhone: boolean;
}

function readBefore(p: string, words: CHit[], from: number, at: number): Before {
  const inWindow = hitsIn(words, from, at);
  const labels = inWindow.filter((h) => h.value.kind);
  const kinds: ContactKind[] = [];
  let labelAt = -1;
  for (let k = 0; k < labels.length; k++) {
    const h = labels[k]!;
    const tail = p.slice(h.end, labels[k + 1]?.start ?? at);
    if (h.value.short && !SHORT_TAIL.test(tail)) continue;
    if (!kinds.includes(h.value.kind!)) kinds.push(h.value.kind!);
    labelAt = h.end;
  }
  let phoneAt = -1;
  let notAt = -1;
  let alsoPhone = false;
  for (const h of inWindow) {
    if (h.value.not) notAt = h.end;
    if (!h.value.phone) continue;
    phoneAt = h.end;
    if (h.end > labelAt || labels.some((l) => l.start >= h.end && CHAIN.test(p.slice(h.end, l.start)))) alsoPhone = true;
  }
  return { kinds, labelAt, phoneAt, notAt, gluedEnd: Math.max(labelAt, phoneAt), alsoPhone };
}

/** Chat names written after the number: "0917 123 4567 (WhatsApp/Viber)", "+62 812… on WA". */
function readAfter(p: string, words: CHit[], end: number, limit: number): ContactKind[] {
  const w = p.slice(end, Math.min(limit, end + 32));
  const stop = w.search(/[\n!?;|]|\.\s/);
  const to = stop >= 0 ? end + stop : end + w.length;
  const kinds: ContactKind[] = [];
  let prev = end;
  for (const h of hitsIn(words, end, to)) {
    if (!h.value.kind) continue;
    const gap = p.slice(prev, h.start);
    if (prev === end ? !AFTER_LEAD.test(gap) : !CHAIN.test(gap)) break;
    if (!kinds.includes(h.value.kind)) kinds.push(h.value.kind);
    prev = h.end;
  }
  return kinds;
}

/** Mobile or not, where the numbering plan tells; undefined when it cannot be told. */
function mobile(digits: string, intl: boolean): boolean | undefined {
  if (intl) {
    for (let len = 1; len <= 3; len++) {
      const re = MOBILE_BY_CODE[digits.slice(0, len)];
      if (re) return re.test(digits.slice(len));
    }
    return undefined;
  }
  return LOCAL_MOBILE.some((r) => r.test(digits)) ? true : undefined;
}
