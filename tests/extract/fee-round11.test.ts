import { describe, expect, it } from 'vitest';
import { extractFees } from '../../lib/extract/fees';

const charged = (t: string) => extractFees(t).filter((f) => f.chargedToWorker && !f.negated);
const kinds = (t: string) => [...new Set(charged(t).map((f) => f.kind))].sort();

describe('extractFees: round 11', () => {
  // Workwear, uniform and ID badge are costs of the job; a medical check under other names; a work invitation is a visa paper.
  it.each([
    ['cukup selesaikan administrasi seragam, ID card & tes kesehatan Rp 350.000', ['medical', 'other']],
    ['необходимо оплатить медкомиссию и спецодежду – 3 800 ₽ (потом вернём с первой ЗП)', ['medical', 'other']],
    ['Successful applicants settle uniform, ID badge and medical check: 1,200 PHP.', ['medical', 'other']],
    ['Antes de empezar abonas el uniforme y el carnet de empleado, 45 €.', ['other']],
    ['Nộp tiền đồng phục và thẻ nhân viên 500.000 đồng khi nhận việc.', ['other']],
    ['Визовое сопровождение: после собеседования оплачивается оформление приглашения и страховки — 350 €', ['insurance', 'processing', 'visa']],
    ['Invitation letter and insurance: 400 EUR, paid after the interview.', ['insurance', 'visa']],
    ["Lettre d'invitation + assurance : 300 €", ['insurance', 'visa']],
    ['办理邀请函和保险 费用3000元', ['insurance', 'processing', 'visa']],
    // Half paid now, an advance to hold a place, "only a small sum" for a cost after "no fee".
    ['ግማሽ ክፍያ አሁን፣ ቀሪው ስትደርሱ', ['other']],
    ['Half payment now, the balance after you land.', ['other']],
    ['Половину оплаты сейчас, остальное после визы.', ['visa']],
    ['👉 ဖိုင်ဖွင့်ခ နဲ့ ဆေးစစ်ခ ၃ သိန်းခွဲ တော့ ကြိုပေးထားရပါမယ်', ['medical', 'processing']],
    ['No fee for the job dear. Only small for processing, medical n file opening. 38k', ['medical', 'processing']],
    ['Walang placement fee, konti lang para sa processing at medical.', ['medical', 'processing']],
    ['Tidak ada biaya, cuma sedikit untuk proses dan medical.', ['medical', 'processing']],
    // An agency's service charge is still a fee.
    ['Service charge 10,000 to the agency before departure.', ['recruitment']],
    // Language completion: the same ideas in more languages (a sum sent or deposited, paid on arrival, half now, workwear).
    ['Untuk proses visa harus setor Rp 5.000.000', ['other']],
    ['ভিসার জন্য ৫০,০০০ টাকা ট্রান্সফার করতে হবে', ['other']],
    ['วีซ่าต้องส่งเงิน 5,000 บาท', ['other']],
    ['Medical and permit 400 USD, you pay on arrival.', ['medical']],
    ['ค่าตรวจสุขภาพ 2,000 บาท จ่ายเมื่อมาถึง', ['medical']],
    ['ค่าชุดยูนิฟอร์ม 500 บาท', ['other']],
    ['ថ្លៃឯកសណ្ឋាន 20 ដុល្លារ', ['other']],
    ['ค่าวีซ่า 20,000 บาท จ่ายก่อนครึ่งหนึ่ง', ['visa']],
    ['ভিসা ফি ২০,০০০ টাকা, আর কোনো খরচ নেই', ['visa']],
    ['ค่าวีซ่า 5,000 บาท ไม่มีค่าใช้จ่ายอื่น', ['visa']],
    // 'Voluntary' in other languages never excuses a visa cost.
    ['የቪዛ ክፍያ 5000 ብር በፈቃድዎ', ['visa']],
    ['ថ្លៃទិដ្ឋាការ 500 ដុល្លារ តាមការស្ម័គ្រចិត្ត', ['visa']],
    ['رسوم التأشيرة 3000 ريال، طوعي', ['visa']],
    ['Visa fee 50000 rupees, voluntary hai', ['visa']],
  ])('charged: %s', (text, want) => expect(kinds(text)).toEqual(want));

  // Lawful look-alikes: free workwear, a free invitation, a service charge shared to the staff, an employer's relocation package.
  it.each([
    'Free uniform and ID card provided by the company.',
    'Seragam dan ID card gratis dari perusahaan.',
    'Uniform and safety shoes are provided. Salary 2500 AED.',
    'Приглашение на собеседование придёт на почту.',
    'We send the invitation letter free of charge.',
    'Half the staff now work remotely.',
    'No fee. Processing takes only a little time.',
    'तलब रु. १८,००० र ग्राहकबाट उठेको १०% सेवा शुल्क कर्मचारीबीच बाँडिने',
    'रु. १८,००० + सेवा शुल्क (१०%) बाँडफाँड',
    'Salary 1,800 + 10% service charge shared among staff.',
    'เงินเดือน 15,000 บาท + ค่าบริการ 10% แบ่งให้พนักงานทุกเดือน',
    "Пакет релокації: оплата документів на дозвіл на роботу та візу, квиток для вас і сім'ї, перший місяць житла.",
    'Relocation package: visa fees, flight and first month of housing.',
    'Paquete de reubicación: visa, billete de avión y alojamiento.',
    'Bantuan relokasi: pembayaran biaya visa, tiket pesawat dan akomodasi bulan pertama.',
    'Hỗ trợ di dời: thanh toán phí visa, vé máy bay và nhà ở tháng đầu.',
    'កញ្ចប់ផ្លាស់ទីលំនៅ: បង់ថ្លៃទិដ្ឋាការ សំបុត្រយន្តហោះ',
    '搬家补贴：支付签证费、机票和第一个月住宿',
    'ยูนิฟอร์มฟรี บริษัทออกให้',
    'Gaji Rp 5.000.000, tidak ada biaya lain.',
  ])('not charged: %s', (text) => expect(charged(text)).toEqual([]));

  it('a voluntary workwear or medical cost is still charged', () => {
    expect(kinds('Medical check and uniform 2,000 PHP (voluntary contribution).')).toContain('medical');
  });
});
