import { describe, expect, it } from 'vitest';
import { extractFees } from '../../lib/extract/fees';

const charged = (t: string) => extractFees(t).filter((f) => f.chargedToWorker);

// Each question alone is a charge; the same question with a negative answer after it is not.
const QA: [string, string][] = [
  ['Do I pay for the visa?', 'No, the employer pays visa, ticket and medical.'],
  ['¿Hay que pagar la visa?', 'No, la empresa paga visa y pasaje.'],
  ['Est-ce que je dois payer les frais de visa ?', "Non, l'employeur paie tout."],
  ['Tenho que pagar a taxa do visto?', 'Não, a empresa paga tudo.'],
  ['هل أدفع رسوم التأشيرة؟', 'لا، صاحب العمل يدفع كل شيء.'],
  ['Нужно ли платить 300 евро за визу?', 'Нет, работодатель всё оплачивает.'],
  ['Чи треба платити 300 євро за візу?', 'Ні, роботодавець оплачує все.'],
  ['Trebuie să plătesc taxa de viză?', 'Nu, angajatorul plătește tot.'],
  ['Apakah saya harus bayar biaya visa?', 'Tidak, majikan yang bayar semua.'],
  ['May bayad po ba na ₱20,000 sa visa?', 'Hindi po, sagot ng employer lahat.'],
  ['के मैले भिसा शुल्क तिर्नुपर्छ?', 'होइन, रोजगारदाताले सबै तिर्छ।'],
  ['क्या मुझे वीजा फीस देनी होगी?', 'नहीं, कंपनी सब देती है।'],
  ['আমাকে কি ভিসা ফি দিতে হবে?', 'না, মালিক সব খরচ দেয়।'],
  ['Em có phải đóng phí visa 2.000 USD không', 'Không, công ty trả hết.'],
  ['ต้องจ่ายค่าวีซ่าไหม', 'ไม่ต้องครับ นายจ้างจ่ายให้ทั้งหมด'],
  ['ဗီဇာခ ပေးရမည်လား', 'မဟုတ်ပါ၊ အလုပ်ရှင်က ပေးပါတယ်'],
  ['តើខ្ញុំត្រូវបង់ថ្លៃទិដ្ឋាការទេ?', 'ទេ ក្រុមហ៊ុនបង់ទាំងអស់'],
  ['签证费要我自己交吗？', '不用，老板全包。'],
  ['ለቪዛ 5000 ብር መክፈል አለብኝ?', 'አይ፣ አሰሪው ይከፍላል።'],
];

describe('a cost asked about and denied', () => {
  it.each(QA)('%s — a question alone is still read as a charge', (q) => {
    expect(charged(q).length).toBeGreaterThan(0);
  });
  it.each(QA)('%s / %s — a negative answer settles it', (q, a) => {
    expect(charged(`${q}\n${a}`)).toEqual([]);
  });
  it('reads chat labels and time stamps before the answer, on one line or the next', () => {
    expect(charged('[10:31] Me: Do I pay 500 USD for the ticket?\n[10:32] Agent Faith: No, sponsor pays ticket')).toEqual([]);
    expect(charged('Me: Do I pay 500 USD for the visa?\n10:45 AM\nAgent: No, employer pays')).toEqual([]);
    expect(charged('Do I pay for the visa? No, the employer pays.')).toEqual([]);
  });
  it('keeps a charge answered yes, or answered with a fee of its own', () => {
    expect(charged('Do I pay for the visa?\nYes, 500 USD for the visa.').length).toBeGreaterThan(0);
    const f = charged('Is there a placement fee? No, only small for processing, 5000 pesos.');
    expect(f.map((x) => [x.kind, x.amount?.amount])).toEqual([['processing', 5000]]);
  });
});

describe('fees paid to a person', () => {
  const one = (t: string) => charged(t).map((f) => [f.kind, f.amount?.amount ?? null]);
  it('reads informal fees with their amounts', () => {
    expect(one('Only a small file fee 25,000 birr to my mobile wallet.')).toEqual([['processing', 25000]]);
    expect(one('KES 38k processing to M-Pesa number 0712345678')).toEqual([['processing', 38000]]);
    expect(one('4,500 EUR for the file in instalments')).toEqual([['processing', 4500]]);
    expect(one('600 USD guarantee deposit before travel')).toEqual([['deposit', 600]]);
    expect(one('€89 for training and kit, refunded later')).toEqual([['training', 89]]);
  });
  it('reads the balance, a personal wallet and no receipt as charges', () => {
    expect(one('BDT 14 lakh, family pays the balance')).toEqual([['other', null]]);
    expect(one('send ₱ to my GCash, no receipt')).toEqual([['other', null]]);
    expect(one('₱60,000 downpayment\n• balance pag may visa na').length).toBe(2);
  });
  it.each([
    ['es', '4.500 EUR por el expediente, en cuotas'], ['fr', '3 000 € pour le dossier en plusieurs fois'], ['pt', '2.000 euros de depósito de garantia antes da viagem'],
    ['ar', 'مبلغ ضمان 2000 دولار قبل السفر'], ['ru', 'гарантийный взнос 500 долларов'], ['uk', 'гарантійний внесок 500 доларів'], ['ro', '1.000 euro pentru dosar, în rate'],
    ['id', 'uang jaminan Rp 5 juta sebelum berangkat'], ['tl', 'guarantee deposit ₱50,000 bago umalis'], ['ne', 'धरौटी रकम रु 50,000'], ['hi', 'गारंटी राशि 50,000 रुपये'],
    ['bn', 'জামানতের টাকা ৫০,০০০ টাকা'], ['vi', 'tiền bảo lãnh 20 triệu đồng'], ['th', 'เงินค้ำประกัน 20,000 บาท'], ['my', 'အာမခံငွေ ၅၀၀၀၀၀ ကျပ်'], ['km', 'ប្រាក់ធានា 500 ដុល្លារ'],
    ['zh', '保证金5000元'], ['am', 'የዋስትና ገንዘብ 20000 ብር'],
  ])('%s: %s', (_lang, t) => {
    expect(charged(t).length).toBeGreaterThan(0);
  });
  it('keeps the lawful look-alikes free', () => {
    expect(charged('We never ask for payment through GCash, Maya or personal accounts.')).toEqual([]);
    expect(charged('HINDI po kami tumatanggap ng bayad sa GCash, Maya o personal na bank account. Lahat ng transaksyon ay sa opisina lang, may official receipt')).toEqual([]);
    expect(charged('The company pays the balance of the ticket.')).toEqual([]);
  });
});
