import { describe, expect, it } from 'vitest';
import { extractFees, type FeeKind } from '../../lib/extract/fees';

/** Round 8 (lib/extract/fee-sections.ts, fee-families-costs.ts): employer-paid sections, document packages, costs recovered from wages. */
const charged = (text: string) => extractFees(text).filter((f) => f.chargedToWorker && !f.negated);
const show = (text: string) => JSON.stringify(extractFees(text).map((f) => [f.kind, f.chargedToWorker, f.negated, f.amount?.amount, text.slice(f.start, f.end)]));
function expectCharged(text: string, kind: FeeKind, amount?: number): void {
  const f = charged(text).find((x) => x.kind === kind);
  expect(f, `${kind} charged in ${show(text)}`).toBeDefined();
  if (amount !== undefined) expect(f!.amount?.amount, show(text)).toBe(amount);
}
const expectNoCharge = (text: string) => expect(charged(text).length, show(text)).toBe(0);

describe('extractFees: costs listed under an employer-paid heading are not charged', () => {
  it.each([
    'What we provide:\n- Certificate of Sponsorship and visa fee paid by the Trust\n- NMC application fee and OSCE examination fee (first attempt) paid by the Trust\n- Economy flight to the UK',
    'We cover:\n- visa\n- flights\n- medical check\n- housing for the first month',
    'Benefits: visa fee, air ticket, medical exam, accommodation',
    'Мы предлагаем:\n— полную визовую поддержку (рабочая виза);\n— оплату перелёта для семьи и relocation-пакет 5 000 €;\n— медицинскую страховку.',
    'Работодатель оплачивает:\n- визу\n- авиабилет\n- медосмотр',
    'Компанія оплачує:\n- візу\n- квиток\n- медогляд',
    'Fasilitas dari pemberi kerja: tiket pesawat keberangkatan, apartemen (sewa ¥ 25.000 dipotong dari gaji sesuai kontrak), asuransi sosial Jepang.',
    'ጥቅማጥቅሞች፦ ከአዲስ አበባ ወደ ጋምቤላ የዝውውር ወጪና የአውሮፕላን ትኬት በድርጅቱ፣ በመስክ የሰራተኞች መኖሪያ በነፃ፣ የጤና መድን።',
    '公司承担：\n1. 签证费\n2. 机票\n3. 体检费',
    'Ofrecemos:\n- visado de trabajo\n- billete de avión\n- alojamiento',
    'Nous prenons en charge :\n- le visa\n- le billet d\'avion\n- la visite médicale',
    'Oferecemos: visto de trabalho, passagem aérea, exame médico',
    'Oferim:\n- viza de munca\n- biletul de avion\n- examenul medical',
    'نقدم: تأشيرة عمل وتذكرة طيران، سكن للموظفين، تأمين طبي.',
    'Benepisyo:\n- visa\n- plane ticket\n- medical',
    'सुविधाहरू:\n- भिसा\n- टिकट\n- मेडिकल',
    'Quyền lợi:\n- vé máy bay\n- phí visa\n- khám sức khỏe',
    'สวัสดิการ:\n- ค่าวีซ่า\n- ตั๋วเครื่องบิน',
  ])('%s', expectNoCharge);
  it.each<[string, FeeKind, number]>([
    // An item with its own amount or deduction stays charged; the section ends at a blank line or the next heading.
    ['We provide:\n- housing\n- visa processing fee 350 EUR deducted from the first salary', 'visa', 350],
    ['Benefits:\n- free housing\n\nProcessing fee: 500 USD before departure', 'processing', 500],
    ['Мы предлагаем:\n- жильё\nОплата: оформление документов 300 € до выезда', 'document', 300],
  ])('%s', expectCharged);
});

describe('extractFees: a document package and costs recovered from wages', () => {
  it.each<[string, FeeKind, number]>([
    ['Для бажаючих оформлюємо робочу візу — вартість пакета документів і супроводу 350 €, оплата до подачі.', 'document', 350],
    ['Стоимость пакета документов 400 евро, оплата до подачи.', 'document', 400],
    ['Document package for the work visa: 350 EUR, paid before departure.', 'document', 350],
    ['Costul pachetului de documente: 300 euro, plata inainte de plecare.', 'document', 300],
  ])('%s', expectCharged);
  it.each<[string, number]>([
    ['Дорогу та оформлення документів оплачує агенція; ця сума (1 500 €) утримується з перших двох зарплат.', 1500],
    ['Travel and documents are paid by the agency; 1,500 EUR is deducted from your first two salaries.', 1500],
  ])('%s', (text, amount) => expectCharged(text, 'other', amount));
  it('travel costs recovered from wages', () => expect(charged('Flights and visa costs are recovered from your wages over 6 months.').length, show('x')).toBeGreaterThan(0));
  it.each([
    'Perusahaan dan LPK tidak memungut biaya penempatan maupun "uang jaminan".',
    '温馨提示：请认准厂门口招聘处，本厂未委托任何中介收费。',
    'ស្នាក់នៅ៖ និយោជកជួយរកផ្ទះ ថ្លៃជួលប្រហែល 25,000 យ៉េន/ខែ កាត់ពីប្រាក់ខែតាមការព្រមព្រៀង',
    'We have not authorised any agent to collect fees on our behalf.',
  ])('%s', expectNoCharge);
});
