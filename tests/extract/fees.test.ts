import { describe, expect, it } from 'vitest';
import { extractFees, type Fee, type FeeKind } from '../../lib/extract/fees';

/** One expected fee: kind, charged (C) or negated (N), amount and currency if any, evidence = text.slice(start, end). */
type Want = [FeeKind, 'C' | 'N', number?, string?, string?];

function check(text: string, wants: Want[]): void {
  const got = extractFees(text);
  const show = JSON.stringify(got.map((f) => [f.kind, f.chargedToWorker ? 'C' : f.negated ? 'N' : '?', f.amount?.amount, text.slice(f.start, f.end)]));
  expect(got.length, show).toBe(wants.length);
  for (const [kind, how, amount, currency, evidence] of wants) {
    const f = got.find((x) => x.kind === kind && (how === 'C' ? x.chargedToWorker && !x.negated : x.negated && !x.chargedToWorker)) as Fee | undefined;
    expect(f, `${kind} ${how} in ${show}`).toBeDefined();
    if (amount !== undefined) expect(f!.amount?.amount, show).toBe(amount);
    else expect(f!.amount, show).toBeUndefined();
    if (currency !== undefined) expect(f!.amount?.currency).toBe(currency);
    if (evidence !== undefined) expect(text.slice(f!.start, f!.end)).toBe(evidence);
  }
}

const CHARGED: [string, Want[]][] = [
  // The examples of the brief.
  ['Processing fee PHP 15,000', [['processing', 'C', 15000, 'PHP', 'Processing fee PHP 15,000']]],
  ['You need to pay 300 USD for visa stamping.', [['visa', 'C', 300, 'USD', 'You need to pay 300 USD for visa stamping']]],
  ['Medical fee to be paid by applicant', [['medical', 'C', undefined, undefined, 'Medical fee to be paid by applicant']]],
  ['Registration fee 500 rupees', [['registration', 'C', 500, 'INR', 'Registration fee 500 rupees']]],
  ['Deposit of 1000 AED refundable', [['deposit', 'C', 1000, 'AED', 'Deposit of 1000 AED refundable']]],
  ['Security bond required', [['bond', 'C', undefined, undefined, 'Security bond']]],
  ['You must pay before departure', [['other', 'C', undefined, undefined, 'You must pay']]],
  ['Placement fee deducted from salary', [['placement', 'C', undefined, undefined, 'Placement fee deducted from salary']]],
  // English variants.
  ['Training fee of $200 is non-refundable', [['training', 'C', 200, 'USD']]],
  ['Air ticket at your own expense', [['ticket', 'C', undefined, undefined, 'Air ticket at your own expense']]],
  ['Agency fee: 2 months salary deduction', [['recruitment', 'C']]],
  ['Pay 150 USD for medical and 200 USD for documents', [['medical', 'C', 150], ['document', 'C', 200]]],
  ['Send money first to reserve your slot', [['other', 'C']]],
  // Tagalog / Taglish.
  ['Kailangang magbayad ng processing fee na P10,000', [['processing', 'C', 10000, 'PHP']]],
  ['May placement fee na ₱25k, kaltas sa sahod', [['placement', 'C', 25000, 'PHP']]],
  // Indonesian.
  ['Biaya proses Rp 5.000.000 ditanggung pekerja', [['processing', 'C', 5_000_000, 'IDR']]],
  ['Uang jaminan 2 juta, potong gaji', [['deposit', 'C', 2_000_000, 'IDR']]],
  // Spanish, French, Portuguese, Romanian.
  ['Debe pagar 300 euros por el visado', [['visa', 'C', 300, 'EUR']]],
  ['Frais de dossier 200 €', [['processing', 'C', 200, 'EUR', 'Frais de dossier 200 €']]],
  ['Taxa de recrutamento: 300 euros', [['recruitment', 'C', 300, 'EUR']]],
  ['Trebuie să plătiți 300 euro pentru transport', [['ticket', 'C', 300, 'EUR']]],
  // Russian, Ukrainian.
  ['Оплата за оформление 5000 руб', [['processing', 'C', 5000, 'RUB']]],
  ['Потрібно сплатити 200 євро за документи', [['document', 'C', 200, 'EUR']]],
  ['Залог 3000 грн, возвратный', [['deposit', 'C', 3000, 'UAH']]],
  // Arabic.
  ['رسوم التأشيرة 500 ريال على حساب العامل', [['visa', 'C', 500, 'SAR']]],
  // Nepali, Hindi (Devanagari and romanised), Bengali.
  ['भिसा शुल्क रु. ५०,००० तिर्नुपर्ने', [['visa', 'C', 50000, 'NPR']]],
  ['medical kharcha 5000 tirnu parne', [['medical', 'C', 5000]]],
  ['मेडिकल का खर्चा 5000 रुपये देना होगा', [['medical', 'C', 5000, 'INR']]],
  ['registration fees 1000 rupaye dena hoga', [['registration', 'C', 1000, 'INR']]],
  ['মেডিকেল খরচ ২০,০০০ টাকা দিতে হবে', [['medical', 'C', 20000, 'BDT']]],
  // Vietnamese with and without diacritics.
  ['Phí visa 5 triệu đồng', [['visa', 'C', 5_000_000, 'VND']]],
  ['Phi dich vu 3000 USD phai nop truoc', [['recruitment', 'C', 3000, 'USD']]],
  // Thai, Burmese, Khmer, Chinese, Amharic.
  ['ค่าวีซ่า 5,000 บาท ผู้สมัครจ่ายเอง', [['visa', 'C', 5000, 'THB']]],
  ['ဗီဇာကြေး ပေးရမည်', [['visa', 'C']]],
  ['ថ្លៃទិដ្ឋាការ ១០០ ដុល្លារ ត្រូវបង់', [['visa', 'C', 100, 'USD']]],
  ['需缴纳押金2000元', [['deposit', 'C', 2000, 'CNY', '需缴纳押金2000元']]],
  ['签证费5000元', [['visa', 'C', 5000, 'CNY']]],
  ['የቪዛ ክፍያ 5000 ብር መክፈል አለብዎት', [['visa', 'C', 5000, 'ETB']]],
];

const NEGATED: [string, Want[]][] = [
  ['No placement fee', [['placement', 'N', undefined, undefined, 'No placement fee']]],
  ['Free visa and ticket', [['visa', 'N', undefined, undefined, 'Free visa and ticket'], ['ticket', 'N']]],
  ['Visa and ticket provided by employer', [['visa', 'N', undefined, undefined, 'Visa and ticket provided by employer'], ['ticket', 'N']]],
  ['We never ask for money', [['other', 'N', undefined, undefined, 'We never ask for money']]],
  ['Zero fees!', [['other', 'N', undefined, undefined, 'Zero fees']]],
  ['Zero placement fee', [['placement', 'N']]],
  ['Medical and training are free of charge', [['medical', 'N'], ['training', 'N']]],
  ['The employer pays the recruitment fee', [['recruitment', 'N']]],
  ['Walang placement fee! Libreng visa at ticket', [['placement', 'N'], ['visa', 'N'], ['ticket', 'N']]],
  ['Tanpa biaya, visa dan tiket ditanggung perusahaan', [['other', 'N'], ['visa', 'N'], ['ticket', 'N']]],
  ['Pasaje y visado a cargo de la empresa', [['ticket', 'N'], ['visa', 'N']]],
  ['Sans frais pour le candidat', [['other', 'N']]],
  ['Виза и билет за счёт работодателя', [['visa', 'N'], ['ticket', 'N']]],
  ['Без предоплаты', [['other', 'N']]],
  ['Fără taxe, transport asigurat de angajator', [['other', 'N'], ['ticket', 'N']]],
  ['التذكرة والتأشيرة مجانا', [['ticket', 'N'], ['visa', 'N']]],
  ['फ्री भिसा फ्री टिकट', [['visa', 'N'], ['ticket', 'N']]],
  ['कोई शुल्क नहीं', [['other', 'N']]],
  ['ভিসা ফ্রি', [['visa', 'N']]],
  ['Vé máy bay miễn phí', [['ticket', 'N']]],
  ['ฟรีค่าตั๋วเครื่องบิน', [['ticket', 'N']]],
  ['ဗီဇာ အခမဲ့', [['visa', 'N']]],
  ['免费培训，包机票', [['training', 'N'], ['ticket', 'N']]],
  ['ቪዛ እና ቲኬት በነፃ', [['visa', 'N'], ['ticket', 'N']]],
];

const MIXED: [string, Want[]][] = [
  ['Salary PHP 25,000. No placement fee, medical fee PHP 3,000.', [['placement', 'N'], ['medical', 'C', 3000, 'PHP', 'medical fee PHP 3,000']]],
  ['ভিসা ফ্রি, মেডিকেল খরচ ২০,০০০ টাকা দিতে হবে', [['visa', 'N'], ['medical', 'C', 20000, 'BDT']]],
  ['Phí visa 5 triệu đồng, vé máy bay miễn phí', [['visa', 'C', 5_000_000], ['ticket', 'N']]],
  ['签证费5000元，机票免费', [['visa', 'C', 5000], ['ticket', 'N']]],
  ['Frais de dossier 200 €, billet d’avion gratuit', [['processing', 'C', 200], ['ticket', 'N']]],
  ['Visa paid by employer but medical fee paid by the applicant', [['visa', 'N'], ['medical', 'C']]],
  ['No placement fee\nMedical fee PHP 3,000', [['placement', 'N'], ['medical', 'C', 3000]]],
];

describe('extractFees: charged to the worker', () => {
  it.each(CHARGED)('%s', check);
});

describe('extractFees: no fee / the employer pays', () => {
  it.each(NEGATED)('%s', check);
});

describe('extractFees: both in one ad', () => {
  it.each(MIXED)('%s', check);
});

const NOTHING = [
  'Good pay and visa sponsorship available',
  'Free accommodation and meals',
  'Coffee break twice a day',
  'We offer medical insurance and training',
  'Of course you will be trained',
  'Salary PHP 25,000 monthly, pay every 15th',
  'Caution: beware of fake recruiters',
  'Flight attendant wanted',
  'Salary deduction for absence only per labour law',
];

describe('extractFees: no fee statement at all', () => {
  it.each(NOTHING)('%s', (text) => {
    const got = extractFees(text);
    expect(got.filter((f) => f.chargedToWorker).map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([]);
  });
});

describe('extractFees: normalised input and time', () => {
  it('reads the engine normalised text (lower case, accents folded, one line)', () => {
    const text = 'walang placement fee pero medical fee php 3,000 sagot ng aplikante';
    const got = extractFees(text).map((f) => [f.kind, f.chargedToWorker, f.negated]);
    expect(got).toEqual([['placement', false, true], ['medical', true, false]]);
  });

  it('reads Vietnamese typed without diacritics', () => {
    const got = extractFees('ve may bay mien phi, phi visa 5 trieu dong');
    expect(got.map((f) => [f.kind, f.negated, f.amount?.amount])).toEqual([['ticket', true, undefined], ['visa', false, 5_000_000]]);
  });

  const hostile: Record<string, string> = {
    words: 'fee visa '.repeat(110_000),
    negators: 'no free '.repeat(125_000),
    cjk: '签证费免费机票'.repeat(140_000),
    thai: 'ค่าวีซ่าฟรี'.repeat(90_000),
    digits: '1 '.repeat(500_000),
  };
  it.each(Object.keys(hostile))('%s (1 MB)', (name) => {
    const t = performance.now();
    extractFees(hostile[name]!);
    expect(performance.now() - t).toBeLessThan(8_000);
  });
});
