import { extractContacts, type Contact } from '../extract/contacts';
import { extractFees, type Fee } from '../extract/fees';
import { nationalMobile } from '../extract/phone-national';
import type { Match } from '../rules/schema';
import type { Benchmark } from './benchmark';
import type { ScreenDoc } from './document';
import type { Hit, NodeResult } from './evaluate';
import { tokenAt } from './match/tokens';
import { salaryVersusBenchmarks } from './salary';

/**
 * Field predicates: facts about the posting that phrases cannot express (a missing company
 * name, contact only through chat apps, a fee charged to the worker, pay against the legal
 * minimum). Extractors run lazily, at most once per posting.
 */
export class PredicateContext {
  private contactsCache?: Contact[];
  private feesCache?: Fee[];
  constructor(readonly doc: ScreenDoc, readonly benchmarks: Benchmark[], readonly countries: string[]) {}

  get contacts(): Contact[] {
    return (this.contactsCache ??= withNationalPlans(extractContacts(this.doc.norm.text), this.countries));
  }
  get fees(): Fee[] {
    return (this.feesCache ??= extractFees(this.doc.norm.text));
  }

  hit(start: number, end: number): Hit {
    const t = this.doc.toks;
    const a = Math.min(tokenAt(t, start), Math.max(0, t.count - 1));
    const b = Math.max(a + 1, Math.min(tokenAt(t, Math.max(start, end - 1)) + 1, t.count));
    return { a, b, ev: [[start, end]] };
  }
}

/** National-format numbers the plan of a named country places as mobile or fixed ("0113 496 0871" in a UK ad). */
function withNationalPlans(contacts: Contact[], countries: string[]): Contact[] {
  if (countries.length === 0) return contacts;
  for (const c of contacts) {
    if (c.kind !== 'phone' || c.personalMobile !== undefined || c.value.startsWith('+')) continue;
    const m = nationalMobile(c.value, countries);
    if (m !== undefined) c.personalMobile = m;
  }
  return contacts;
}

const CHAT = new Set(['whatsapp', 'telegram', 'viber', 'zalo', 'line', 'wechat', 'imo', 'signal', 'messenger', 'kakaotalk', 'skype']);
type Pred = Extract<Match, { predicate: string }>;

const yes = (hits: Hit[] = [], missing: string[] = []): NodeResult => ({ ok: true, hits, missing });
const NO: NodeResult = { ok: false, hits: [], missing: [] };

export function evaluatePredicate(p: Pred, cx: PredicateContext): NodeResult {
  switch (p.predicate) {
    case 'missing': {
      const post = cx.doc.posting;
      const blank = (f: string) => {
        if (f === 'company' && post.structured?.hiringOrganization?.name?.trim()) return false;
        if (f === 'salary' && post.structured?.baseSalary) return false;
        return !String((post as Record<string, unknown>)[f] ?? '').trim();
      };
      return p.fields.every(blank) ? yes([], p.fields) : NO;
    }
    case 'contact':
      return contactTest(p.is, cx);
    case 'fee': {
      const fees = cx.fees.filter(
        (f) => f.chargedToWorker && !f.negated && (!p.kinds || p.kinds.includes(f.kind)) && (p.minAmount === undefined || (f.amount?.amount ?? 0) >= p.minAmount),
      );
      return fees.length ? yes(fees.map((f) => cx.hit(f.start, f.end))) : NO;
    }
    case 'salary': {
      const found = salaryVersusBenchmarks(cx.doc, cx.benchmarks, cx.countries, p.is, p.factor, cx.fees);
      return found ? yes(found.start >= 0 ? [cx.hit(found.start, found.end)] : []) : NO;
    }
  }
}

function contactTest(is: Extract<Pred, { predicate: 'contact' }>['is'], cx: PredicateContext): NodeResult {
  const all = cx.contacts;
  const chats = all.filter((c) => CHAT.has(c.kind));
  const companyMail = all.some((c) => c.kind === 'email' && !c.freeMail);
  const website = all.some((c) => c.kind === 'url') || !!cx.doc.posting.structured?.hiringOrganization?.sameAs;
  const hits = (cs: Contact[]) => cs.map((c) => cx.hit(c.start, c.end));
  switch (is) {
    case 'none':
      return all.length === 0 ? yes([], ['contact']) : NO;
    case 'chatApp':
      return chats.length ? yes(hits(chats)) : NO;
    case 'chatOnly':
      return chats.length && !companyMail && !website ? yes(hits(chats)) : NO;
    case 'noEmailOrWebsite':
      return all.length && !companyMail && !website ? yes(hits(all)) : NO;
    case 'freeMail': {
      const free = all.filter((c) => c.kind === 'email' && c.freeMail);
      return free.length ? yes(hits(free)) : NO;
    }
    case 'landline': {
      // Only where the numbering plan tells mobiles apart; a number it cannot place is not a landline.
      const fixed = all.filter((c) => c.kind === 'phone' && c.personalMobile === false);
      return fixed.length ? yes(hits(fixed)) : NO;
    }
  }
}
