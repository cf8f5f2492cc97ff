/**
 * Employer-paid sections: a heading that says the employer gives or pays ("We cover:", "What we
 * provide:", "Benefits:", "公司承担：", "Мы предлагаем:", "Fasilitas dari pemberi kerja:",
 * "ጥቅማጥቅሞች፦") covers the costs listed under it, on the same line or on the lines below, until
 * a blank line or the next heading. An item with its own amount or deduction stays charged
 * ("apartment (rent ¥25,000 deducted from pay)").
 */
import { firstAmount, firstFrom, type Amount } from './fee-amount';
import type { Group, Hit } from './fee-groups';
import { prep } from './text';

/** Words of a heading over what the employer gives or pays, per language (matched at a line start, prepped). */
const HEADS: Record<string, string[]> = {
  en: ['we cover', 'we provide', 'we offer', 'we pay', 'what we provide', 'what we offer', 'what we cover', 'what we pay', 'the company provides', 'the company covers',
    'the company pays', 'company provides', 'company covers', 'company pays', 'the employer provides', 'the employer covers', 'the employer pays', 'employer provides',
    'employer covers', 'employer pays', 'employer-paid', 'employer paid', 'paid by the employer', 'paid by employer', 'covered by the employer', 'benefits', 'benefit',
    'employee benefits', 'perks', 'relocation package', 'relocation support', 'our offer', 'you get', 'you will get', 'you will receive', 'you receive', 'free of charge',
    'free', 'included', 'provided', 'provided by the employer', 'provided by employer', 'facilities', 'allowances', 'compensation and benefits'],
  es: ['ofrecemos', 'cubrimos', 'pagamos', 'la empresa ofrece', 'la empresa cubre', 'la empresa paga', 'el empleador cubre', 'el empleador paga', 'beneficios', 'prestaciones',
    'a cargo de la empresa', 'a cargo del empleador', 'incluye', 'incluido', 'gratis', 'te ofrecemos', 'que ofrecemos'],
  fr: ['nous offrons', 'nous proposons', 'nous prenons en charge', "l'employeur prend en charge", "l'entreprise prend en charge", 'pris en charge', 'avantages', 'nous payons',
    'ce que nous offrons', 'offert', 'inclus', 'gratuit'],
  pt: ['oferecemos', 'custeamos', 'a empresa oferece', 'a empresa paga', 'a empresa custeia', 'beneficios', 'vantagens', 'por conta da empresa', 'incluso', 'gratis'],
  ar: ['نقدم', 'نوفر', 'المزايا', 'مزايا', 'الامتيازات', 'على حساب الشركه', 'على حساب صاحب العمل', 'الشركه توفر', 'توفر الشركه', 'تتحمل الشركه', 'يتحمل صاحب العمل', 'مجانا', 'مجاني'],
  ru: ['мы предлагаем', 'предлагаем', 'мы оплачиваем', 'оплачиваем', 'компания оплачивает', 'работодатель оплачивает', 'за счет компании', 'за счет работодателя', 'компания предоставляет',
    'работодатель предоставляет', 'предоставляем', 'льготы', 'бонусы', 'компенсируем', 'на нашем балансе', 'бесплатно'],
  uk: ['ми пропонуємо', 'пропонуємо', 'ми оплачуємо', 'оплачуємо', 'компанія оплачує', 'роботодавець оплачує', 'за рахунок компанії', 'за рахунок роботодавця', 'компанія надає',
    'роботодавець надає', 'надаємо', 'пільги', 'бонуси', 'компенсуємо', 'безкоштовно'],
  ro: ['oferim', 'asiguram', 'platim', 'angajatorul asigura', 'angajatorul plateste', 'firma asigura', 'firma plateste', 'beneficii', 'avantaje', 'decontam', 'gratuit'],
  id: ['kami menyediakan', 'kami menanggung', 'kami memberikan', 'fasilitas', 'fasilitas dari pemberi kerja', 'fasilitas dari perusahaan', 'ditanggung perusahaan', 'ditanggung majikan',
    'perusahaan menanggung', 'perusahaan menyediakan', 'tunjangan', 'benefit', 'gratis'],
  tl: ['benepisyo', 'libre', 'sagot ng employer', 'sagot ng kumpanya', 'sagot ng amo', 'ibinibigay ng employer', 'kasama', 'benefits'],
  ne: ['सुविधा', 'सुविधाहरू', 'कम्पनीले व्यहोर्ने', 'कम्पनीले तिर्ने', 'रोजगारदाताले व्यहोर्ने', 'निःशुल्क', 'निशुल्क'], 'ne-latn': ['suvidha', 'subidha'],
  hi: ['सुविधाएं', 'सुविधाएँ', 'सुविधा', 'कंपनी देगी', 'कंपनी की ओर से', 'मुफ्त', 'फ्री'], 'hi-latn': ['suvidha', 'company degi'],
  bn: ['সুবিধা', 'সুবিধাসমূহ', 'কোম্পানি বহন করবে', 'কোম্পানির খরচে', 'ফ্রি', 'বিনামূল্যে'],
  vi: ['quyen loi', 'phuc loi', 'che do', 'cong ty chi tra', 'cong ty chiu', 'cong ty ho tro', 'chung toi cung cap', 'mien phi', 'duoc cap'],
  th: ['สวัสดิการ', 'นายจ้างออกให้', 'บริษัทออกให้', 'บริษัทจ่าย', 'ฟรี'], my: ['အကျိုးခံစားခွင့်', 'ခံစားခွင့်', 'အခမဲ့'], km: ['អត្ថប្រយោជន៍', 'និយោជកចេញ', 'ក្រុមហ៊ុនចេញ', 'ឥតគិតថ្លៃ'],
  zh: ['福利', '福利待遇', '待遇', '公司承担', '公司负责', '公司提供', '雇主承担', '雇主提供', '我们提供', '免费', '报销'], am: ['ጥቅማጥቅሞች', 'ጥቅማ ጥቅሞች', 'ድርጅቱ ይሸፍናል', 'አሰሪው ይሸፍናል', 'በነፃ'],
};
// "Пакет релокації: оплата документів на дозвіл на роботу та візу, квиток …": a relocation package the employer gives.
const RELOCATION = ['relocation package', 'relocation assistance', 'paquete de reubicacion', 'paquete de relocalizacion', 'package de relocalisation', 'aide a la relocalisation',
  'pacote de realocacao', 'pacote de relocacao', 'pachet de relocare', 'пакет релокации', 'релокационный пакет', 'пакет релокації', 'релокаційний пакет', 'حزمة الانتقال', 'حزمة النقل',
  'paket relokasi', 'relocation benefits', 'gói hỗ trợ di chuyển', 'gói hỗ trợ chuyển đổi', 'แพ็กเกจย้ายถิ่น', '搬迁补助', '搬遷補助', '搬迁福利', '搬遷福利', '安家补贴', 'रिलोकेशन पैकेज', 'রিলোকেশন প্যাকেজ',
  'relocation support', 'ayuda de reubicacion', 'aide au demenagement', 'ajuda de realocacao', 'ajutor de relocare', 'помощь с релокацией', 'допомога з релокацією', 'باقة الانتقال',
  'bantuan relokasi', 'tunjangan relokasi', 'hỗ trợ di dời', 'แพ็คเกจย้ายถิ่น', '搬家补贴', '搬家補貼', '安家費', 'स्थानांतरण पैकेज', 'रिलोकेसन प्याकेज', 'স্থানান্তর প্যাকেজ',
  'ပြောင်းရွှေ့ရေးအထောက်အပံ့', 'កញ្ចប់ផ្លាស់ទីលំនៅ', 'የዝውውር ድጋፍ'];
const HEAD_WORDS = [...new Set([...Object.values(HEADS).flat(), ...RELOCATION].map((w) => prep(w.normalize('NFKC'))))].sort((a, b) => b.length - a.length);

const LINE_LEAD = /^[ \t]*(?:[-–—*•·▪◦●✓✔✅☑→>#【\[(]+[ \t]*)?/;
/** After the heading words: a colon, a closing bracket or the end of the line (a few words may come between: "Benefits for you:"). */
const HEAD_END = /^[^\n\r:：፦៖】\]\d]{0,24}(?:[:：፦៖】\]]|[ \t]*$)/;
const ITEM_SEP = /[,;،、，፣]/;
const CHARGED = new Set<Hit['value']['cls']>(['charge', 'tied', 'moneyPay']);
const MAX_LINES = 12;

interface Section {
  start: number;
  end: number;
}

/** Employer-paid sections of the text (the heading line from its colon and the lines under it). */
export function benefitSections(p: string): Section[] {
  const out: Section[] = [];
  const lines: { start: number; end: number }[] = [];
  for (let at = 0; at <= p.length; ) {
    const nl = p.slice(at).search(/[\n\r]/);
    const end = nl < 0 ? p.length : at + nl;
    lines.push({ start: at, end });
    at = end + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const text = p.slice(l.start, l.end);
    const lead = LINE_LEAD.exec(text)![0].length;
    const body = text.slice(lead);
    const head = HEAD_WORDS.find((w) => body.startsWith(w) && !/[\p{L}\p{M}]/u.test(body[w.length] ?? '') || (!/^[a-z]/.test(w) && body.startsWith(w)));
    if (!head) continue;
    const rest = body.slice(head.length);
    const m = HEAD_END.exec(rest);
    if (!m) continue;
    const from = l.start + lead + head.length + m[0].length;
    let end = l.end;
    // Lines under the heading: until a blank line, the next heading ("Этапы:", "Requirements:") or MAX_LINES.
    const sameLine = p.slice(from, l.end).trim().length > 0;
    for (let k = i + 1; k < lines.length && k <= i + MAX_LINES; k++) {
      const t = p.slice(lines[k]!.start, lines[k]!.end);
      if (!t.trim()) break;
      const bullet = /^[ \t]*(?:[-–—*•·▪◦●✓✔✅☑→>]|\d{1,2}[.)])/.test(t);
      if (!bullet && (sameLine || /^[^\n\r]{1,40}[:：፦៖】]/.test(t))) break;
      end = lines[k]!.end;
    }
    out.push({ start: from, end });
  }
  return out;
}

/**
 * The section holding [start, end), found by binary search: sections come in text order and each
 * spans at most MAX_LINES + 1 lines, so only the few that start just before can hold it (a scan of
 * every section for every fee word made a page of 20,000 "free" lines take 11 s).
 */
function sectionAt(sections: Section[], start: number, end: number): Section | undefined {
  const next = firstFrom(sections, start + 1); // the first section starting after the group
  for (let i = next - 1; i >= 0 && i >= next - 1 - MAX_LINES; i--) {
    const x = sections[i]!;
    if (start >= x.start && end <= x.end) return x;
  }
  return undefined;
}

/**
 * The group stands in an employer-paid section and its own item (from the item separator before
 * it to the one after it) holds no amount and no charge or deduction of its own.
 */
export function employerPaidItem(p: string, hits: Hit[], amounts: Amount[], g: Group, sections: Section[]): boolean {
  const s = sectionAt(sections, g.start, g.end);
  if (!s) return false;
  let a = g.start;
  while (a > s.start && !/[\n\r]/.test(p[a - 1]!) && !ITEM_SEP.test(p.slice(a - 1, a))) a--;
  const after = p.slice(g.end, s.end).search(/[\n\r,;،、，፣]|\s(?:and|y|et|e|dan|и|та|і|va|và|และ|和|及)\s/);
  const b = after < 0 ? s.end : g.end + after;
  // Amounts and hits come in text order: look only at those inside the item, not at every one per fee word.
  // Amounts do not overlap: only the one starting just before the item can reach into it.
  for (let i = Math.max(0, firstAmount(amounts, a) - 1); i < amounts.length && amounts[i]!.m.start < b; i++) if (!amounts[i]!.bare && amounts[i]!.m.end > a) return false;
  for (let i = firstFrom(hits, a); i < hits.length && hits[i]!.start < b; i++) if (hits[i]!.end <= b && CHARGED.has(hits[i]!.value.cls)) return false;
  return true;
}
