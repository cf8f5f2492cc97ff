import { describe, expect, it } from 'vitest';
import { extractFees, type FeeKind } from '../../lib/extract/fees';

/** Round 7 word families (lib/extract/fee-families.ts): each idea in several languages, and its lawful look-alikes. */
const charged = (text: string) => extractFees(text).filter((f) => f.chargedToWorker && !f.negated);
function expectCharged(text: string, kind: FeeKind, amount?: number): void {
  const got = charged(text);
  const show = JSON.stringify(extractFees(text).map((f) => [f.kind, f.chargedToWorker, f.negated, f.amount?.amount, text.slice(f.start, f.end)]));
  const f = got.find((x) => x.kind === kind);
  expect(f, `${kind} charged in ${show}`).toBeDefined();
  if (amount !== undefined) expect(f!.amount?.amount, show).toBe(amount);
}
function expectNoCharge(text: string): void {
  const show = JSON.stringify(extractFees(text).map((f) => [f.kind, f.chargedToWorker, f.negated, text.slice(f.start, f.end)]));
  expect(charged(text).length, show).toBe(0);
}

describe('extractFees: the agent\'s own service named as what is paid for', () => {
  it.each<[string, number]>([
    ['Наши услуги 1200$, билет отдельно', 1200],
    ['Наші послуги 900 € після отримання візи', 900],
    ['Nuestros servicios: 800 USD por adelantado', 800],
    ['Jasa kami 15 juta, dibayar sebelum berangkat', 15_000_000],
    ['ค่าบริการ 30,000 บาท ก่อนเดินทาง', 30_000],
    ['Our services 2,500 USD before departure', 2500],
  ])('%s', (text, amount) => expectCharged(text, 'recruitment', amount));
  it.each([
    'Our services include CV writing and interview coaching.',
    'Наши услуги для работодателей: подбор персонала',
    'तलब 22–28 हजार + सेवा शुल्क, स्टाफ क्वार्टर र खाना निःशुल्क',
    'रु. 22,000–28,000 + सेवा शुल्क',
    'เงินเดือน 15,000 บาท + ค่าบริการ',
  ])('not a charge: %s', expectNoCharge);
});

describe('extractFees: Amharic fees written onto "for" and "and"', () => {
  it('ለሜዲካልና ለፋይል ፕሮሰስ … የምትከፍዪው', () => {
    const text = 'ለሜዲካልና ለፋይል ፕሮሰስ 35 ሺ ብር ብቻ ነው የምትከፍዪው';
    expectCharged(text, 'medical', 35_000);
    expectCharged(text, 'processing', 35_000);
  });
});

describe('extractFees: money sent to a personal card, account or wallet', () => {
  it.each<[string, number]>([
    ['потрібно тільки оплатити страховку і місце в гуртожитку наперед — 250€ на картку', 250],
    ['скиньте 300$ на мою карту и я пришлю адрес', 300],
    ['Send 5,000 pesos sa gcash ko para ma-process', 5000],
    ['ناقص تبعتلي 2000 جنيه فودافون كاش', 2000],
    ['Manda 150 USD a mi cuenta para reservar', 150],
  ])('%s', (text, amount) => expectCharged(text, 'other', amount));
  it.each(['Зарплата 40 000 грн на картку щомісяця', 'Salary 1,500 USD to your bank account every month'])('pay, not a charge: %s', expectNoCharge);
});

describe('extractFees: prohibitions and notices are not charges', () => {
  it.each([
    'يحظر تحصيل اي رسوم استقدام او تكاليف سفر او تاشيره من العامل',
    'It is prohibited to charge any recruitment fee to workers.',
    'Agencies must not charge placement fees to domestic workers.',
    'Está prohibido cobrar cualquier cuota de reclutamiento.',
    'Il est interdit de percevoir des frais de recrutement.',
    'É proibido cobrar qualquer taxa de recrutamento do trabalhador.',
    'Агентствам запрещается взимать плату за трудоустройство.',
    'Забороняється стягувати плату за працевлаштування.',
    'Agensi dilarang membebankan biaya penempatan kepada pekerja.',
    'Nghiêm cấm thu phí môi giới của người lao động.',
    'ห้ามเรียกเก็บค่าหัวจากแรงงาน',
    '严禁收取中介费',
    'म्यानपावरले सेवा शुल्क लिन पाइँदैन',
    'দালাল ফি নেওয়া নিষেধ',
  ])('%s', expectNoCharge);
});

describe('extractFees: utilities or board paid by the tenant are not a job fee', () => {
  it.each([
    '免费宿舍 4人间 有空调热水,水电自理;不住宿每月补贴300',
    'Free room, utilities at own expense',
    'Phòng ở miễn phí, điện nước tự túc',
    'Жилье бесплатно, коммуналка за свой счет',
    'Mess gratis, listrik bayar sendiri',
  ])('%s', expectNoCharge);
  it('a fee still counts beside them', () => expectCharged('水电自理,另需交中介费3000元', 'recruitment', 3000));
});
