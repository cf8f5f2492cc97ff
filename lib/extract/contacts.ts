import { scanContactWords } from './chat-labels';
import { findChatLinks, findHandles } from './chat-links';
import { findEmails } from './emails';
import { extractMoneyPrepped } from './money';
import { findPhones } from './phones';
import { prep } from './text';
import { findUrls } from './urls';

export type ContactKind =
  | 'phone' | 'email' | 'url' | 'whatsapp' | 'telegram' | 'viber' | 'zalo' | 'line' | 'wechat' | 'imo' | 'signal' | 'messenger' | 'kakaotalk' | 'skype';

export interface Contact {
  kind: ContactKind;
  /** Canonical: phone digits with a leading + if international, lower-case e-mail, handle or URL. */
  value: string;
  /** UTF-16 offsets into the text passed in. */
  start: number;
  end: number;
  /** E-mail at a free or disposable provider (gmail, yahoo, mail.ru, qq, proton, …). */
  freeMail?: boolean;
  domain?: string;
  /** Known from the numbering plan: a mobile number (true) or not (false); absent when it cannot be told. */
  personalMobile?: boolean;
}

/**
 * Phone numbers, e-mail addresses, web addresses and chat-app contacts in raw or normalised text.
 * Where findings overlap the more specific one wins: a wa.me link over the URL and the number in
 * it, an e-mail over the domain in it, a handle over a URL. A number introduced by a chat-app name
 * is reported as that app (one contact per app for "WhatsApp/Viber +63…").
 */
export function extractContacts(text: string): Contact[] {
  const p = prep(text);
  const money = extractMoneyPrepped(p);
  const words = scanContactWords(p);
  const sources: Contact[][] = [findChatLinks(p, text), findEmails(p), findHandles(p, words), findUrls(p, text), findPhones(p, money, words)];
  const covered = new Uint8Array(p.length);
  const out: Contact[] = [];
  for (const found of sources) {
    for (const unit of bySpan(found)) {
      const first = unit[0]!;
      let free = true;
      for (let i = first.start; i < first.end; i++) {
        if (covered[i]) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      covered.fill(1, first.start, first.end);
      out.push(...unit);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Findings of one source grouped by identical span (several apps for one number), in order. */
function bySpan(found: Contact[]): Contact[][] {
  const units = new Map<string, Contact[]>();
  for (const c of found) {
    const key = `${c.start}:${c.end}`;
    const u = units.get(key);
    if (u) {
      // One finding per app for a span: "viber://chat?number=…" is one Viber contact, not a number and a link.
      if (!u.some((x) => x.kind === c.kind)) u.push(c);
    } else units.set(key, [c]);
  }
  return [...units.values()];
}
