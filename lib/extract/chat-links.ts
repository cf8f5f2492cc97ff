import { firstHit, type CHit } from './chat-labels';
import type { ChatKind } from './contact-words';
import type { Contact } from './contacts';

/**
 * Chat-app links (wa.me, t.me, viber://, zalo.me, line.me, signal.me, m.me, open.kakao.com, …)
 * and handles introduced by an app name ("Line ID: xyz", "WeChat ID / 微信 / vx: xyz",
 * "@handle on Telegram", "tg: @x"). Numbers after an app name are read by phones.ts.
 */

type Canon = (m: RegExpExecArray, raw: string) => string;
const plus: Canon = (m) => `+${m[1]}`;
const handle: Canon = (m) => `@${m[1]}`;
const link: Canon = (_m, raw) => (/^[a-z]+:\/\//i.test(raw) ? raw : `https://${raw}`);

const H = '(?:https?:\\/\\/)?(?:www\\.)?';
const LINKS: { kind: ChatKind; re: RegExp; value: Canon }[] = [
  { kind: 'whatsapp', re: rx(`${H}wa\\.me\\/\\+?(\\d{6,15})`), value: plus },
  { kind: 'whatsapp', re: rx(`(?:${H}(?:api|web)\\.whatsapp\\.com\\/send\\/?|whatsapp:\\/\\/send\\/?)\\?(?:[a-z_]+=[^&\\s]{0,200}&){0,3}phone=(?:%2b|\\+)?(\\d{6,15})`), value: plus },
  { kind: 'whatsapp', re: rx(`${H}(?:chat\\.whatsapp\\.com\\/(?:invite\\/)?[a-z0-9]{8,40}|wa\\.me\\/(?:message|qr)\\/[a-z0-9]{4,40}|wa\\.link\\/[a-z0-9]{3,40}|whatsapp\\.com\\/channel\\/[a-z0-9]{8,40})`), value: link },
  { kind: 'telegram', re: rx(`${H}(?:t\\.me|telegram\\.me|telegram\\.dog)\\/(?:joinchat\\/[\\w-]{5,64}|\\+[\\w-]{5,64})`), value: link },
  { kind: 'telegram', re: rx(`${H}(?:t\\.me|telegram\\.me|telegram\\.dog)\\/(?:s\\/)?([a-z][a-z0-9_]{3,31})(?![a-z0-9_])`), value: handle },
  { kind: 'telegram', re: rx('tg:\\/\\/resolve\\?domain=([a-z][a-z0-9_]{3,31})'), value: handle },
  { kind: 'viber', re: rx('viber:\\/\\/(?:chat|add|contact|pa)\\?(?:number|chaturi|uri)=(?:%2b|\\+)?(\\d{6,15})'), value: plus },
  { kind: 'viber', re: rx(`(?:${H}invite\\.viber\\.com\\/\\?g2?=[\\w%-]{4,80}|viber:\\/\\/[a-z]+\\?[\\w%=&.-]{2,120}|${H}vb\\.me\\/[\\w-]{3,40})`), value: link },
  { kind: 'zalo', re: rx(`${H}zalo\\.me\\/(0\\d{8,10})(?!\\d)`), value: (m) => m[1]! },
  { kind: 'zalo', re: rx(`${H}zalo\\.me\\/(84\\d{8,10})(?!\\d)`), value: plus },
  { kind: 'zalo', re: rx(`${H}zalo\\.me\\/(?:g\\/)?[a-z0-9_.]{3,40}`), value: link },
  { kind: 'line', re: rx(`${H}line\\.me\\/(?:r\\/)?ti\\/p\\/(?:%40|@|~)?([\\w.\\-]{3,40})`), value: (m) => m[1]! },
  { kind: 'line', re: rx(`(?:${H}lin\\.ee\\/[\\w-]{3,40}|${H}line\\.me\\/(?:r\\/)?(?:ti\\/g2?|msg)\\/[\\w%@~.\\-]{3,80}|${H}page\\.line\\.me\\/[\\w.\\-]{3,40})`), value: link },
  { kind: 'wechat', re: rx(`(?:${H}u\\.wechat\\.com\\/[\\w\\-]{4,80}|weixin:\\/\\/[\\w\\/?=&%.\\-]{2,120})`), value: link },
  { kind: 'imo', re: rx(`${H}imo\\.im\\/[\\w\\-]{3,80}`), value: link },
  { kind: 'signal', re: rx(`${H}signal\\.me\\/#p\\/(?:%2b|\\+)?(\\d{6,15})`), value: plus },
  { kind: 'signal', re: rx(`${H}(?:signal\\.me\\/#eu\\/[\\w\\-]{4,120}|signal\\.group\\/#[\\w\\-]{4,200})`), value: link },
  { kind: 'messenger', re: rx(`${H}(?:m\\.me|messenger\\.com\\/t|fb\\.me)\\/([a-z0-9][a-z0-9_.\\-]{1,63})`), value: (m) => m[1]! },
  { kind: 'kakaotalk', re: rx(`${H}(?:open\\.kakao\\.com\\/o\\/[\\w]{4,40}|qr\\.kakao\\.com\\/talk\\/[\\w\\-]{4,80})`), value: link },
  { kind: 'skype', re: rx('skype:([a-z0-9][a-z0-9_.,:\\-]{2,63})\\?(?:call|chat|add)'), value: (m) => m[1]! },
  { kind: 'skype', re: rx(`${H}join\\.skype\\.com\\/(?:invite\\/)?[\\w]{4,40}`), value: link },
];

function rx(src: string): RegExp {
  return new RegExp(src, 'gu');
}

export function findChatLinks(p: string, text: string): Contact[] {
  const out: Contact[] = [];
  for (const { kind, re, value } of LINKS) {
    re.lastIndex = 0;
    for (let m = re.exec(p); m; m = re.exec(p)) {
      const end = m.index + m[0].length;
      // Invite codes are case-sensitive: links keep the input's spelling.
      out.push({ kind, value: value(m, text.slice(m.index, end)), start: m.index, end });
    }
  }
  return out;
}

const ID_WORD = '(?:(?:id|i\\.d\\.?|handle|username|user name|account|acc)(?![a-z])|号|號|아이디|ไอดี|айди)';
const ID_AFTER = new RegExp(`\\s{0,2}${ID_WORD}`, 'uy');
const CHAIN_SEP = /\s{0,2}[/,|&]\s{0,2}/y;
// After the labels: optional ":" and the handle.
const TAIL = /(\s{0,3}[:=]?\s{0,3})(@?(?:live:\.?)?[a-z0-9_][a-z0-9_.\-]{2,39})/y;
const TG_AFTER = /(?<![a-z0-9._%+\-])@([a-z][a-z0-9_]{3,31})\s{0,3}[([]?\s{0,2}(?:(?:on|in|via|at|@|en|sa|di|в)\s{1,3})?(?:telegram|tg|телеграм\p{L}{0,3})/gu;
const STOP = new Set(['id', 'only', 'me', 'us', 'or', 'and', 'number', 'no', 'please', 'group', 'channel', 'contact', 'available', 'official', 'app', 'chat', 'call', 'message', 'the', 'our', 'via', 'for', 'account', 'handle', 'username']);
const CJK = /[\u3400-\u9fff\uac00-\ud7af]/u;
const HAS_ID = new RegExp(`(?:^|[^a-z])${ID_WORD}`, 'u');

/** Handles written after chat-app names ("Line ID: xyz", "WeChat ID / 微信 / vx: xyz"), from the contact-word hits. */
export function findHandles(p: string, words: CHit[]): Contact[] {
  const out: Contact[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (!first.value.kind) continue;
    const labels: CHit[] = [first];
    const eatId = (at: number) => {
      ID_AFTER.lastIndex = at;
      return ID_AFTER.exec(p) ? ID_AFTER.lastIndex : at;
    };
    let pos = eatId(first.end);
    while (labels.length < 5) {
      CHAIN_SEP.lastIndex = pos;
      if (!CHAIN_SEP.exec(p)) break;
      const nx = words[firstHit(words, CHAIN_SEP.lastIndex)];
      if (!nx || nx.start !== CHAIN_SEP.lastIndex || !nx.value.kind) break;
      labels.push(nx);
      pos = eatId(nx.end);
    }
    TAIL.lastIndex = pos;
    const m = TAIL.exec(p);
    if (!m) continue;
    const h = m[2]!;
    const name = h.replace(/^@/, '').replace(/[.\-]+$/, '');
    if (STOP.has(name) || /^\+?\d[\d\s\-]*$/.test(name)) continue;
    const head = p.slice(first.start, pos);
    const hasId = HAS_ID.test(head);
    const colon = /[:=]/.test(m[1]!);
    const at = h.startsWith('@');
    const shaped = /[\d_.]/.test(name);
    const end = m.index + m[0].length - (h.length - h.replace(/[.\-]+$/, '').length);
    // "Telegram: join our channel" is prose; "Telegram: jobsabroad" ends there or goes on with "or …".
    const after = p.slice(end, end + 12);
    const prose = /^\s{1,3}[a-z]{2,}/.test(after) && !/^\s{1,3}(?:or|and|o|y|atau|hoac|ou)(?![a-z])/.test(after);
    const allShort = labels.every((l) => l.value.short);
    const ok = allShort ? hasId || at || (colon && shaped) : hasId || at || (colon && (shaped || !prose)) || (CJK.test(head) && shaped);
    if (!ok) continue;
    const seen = new Set<ChatKind>();
    for (const l of labels) {
      const kind = l.value.kind!;
      if (seen.has(kind)) continue;
      seen.add(kind);
      out.push({ kind, value: kind === 'telegram' ? `@${name}` : name, start: first.start, end });
    }
    i = firstHit(words, end) - 1;
  }
  TG_AFTER.lastIndex = 0;
  for (let m = TG_AFTER.exec(p); m; m = TG_AFTER.exec(p)) {
    out.push({ kind: 'telegram', value: `@${m[1]}`, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
