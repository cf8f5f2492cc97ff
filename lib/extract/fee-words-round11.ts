/**
 * Round 11 word families, appended to the lists of fee-words.ts when this module loads. Data only.
 */
import { CHARGE_ALONE, KIND_WORDS, more } from './fee-words';

// Workwear, uniform and ID badge bought by the worker ("administrasi seragam, ID card & tes kesehatan Rp 350.000",
// "оплатить медкомиссию и спецодежду – 3 800 ₽"): a cost of the job the employer bears. A cost only with an amount or a charge.
more(KIND_WORDS.other, {
  en: ['uniform', 'uniforms', 'work uniform', 'workwear', 'work clothes', 'safety shoes', 'safety boots', 'ppe', 'id card', 'id badge', 'company id'],
  es: ['uniforme', 'uniformes', 'ropa de trabajo', 'botas de seguridad', 'carnet de empleado'], fr: ['uniforme', 'uniformes', 'tenue de travail', 'vetements de travail', 'chaussures de securite', 'badge'],
  pt: ['uniforme', 'uniformes', 'farda', 'fardamento', 'roupa de trabalho', 'botas de seguranca', 'cracha'], ro: ['uniforma', 'uniforme', 'echipament de lucru', 'haine de lucru', 'ecuson'],
  ru: ['спецодежд*', 'спецовк*', 'униформ*', 'форму', 'форменную одежду', 'бейдж', 'пропуск'], uk: ['спецодяг*', 'уніформ*', 'робочий одяг', 'бейдж', 'перепустк*'],
  ar: ['الزي الموحد', 'زي العمل', 'الزي', 'ملابس العمل', 'البادج', 'بطاقة العمل'], id: ['seragam', 'baju kerja', 'sepatu safety', 'id card', 'kartu karyawan', 'kartu pegawai', 'name tag'],
  tl: ['uniporme', 'uniform', 'id card', 'company id'], hi: ['वर्दी', 'यूनिफॉर्म', 'आईडी कार्ड'], 'hi-latn': ['uniform', 'vardi', 'id card'], ne: ['पोशाक', 'युनिफर्म', 'वर्दी', 'आईडी कार्ड'],
  'ne-latn': ['uniform', 'id card'], bn: ['ইউনিফর্ম', 'পোশাক', 'আইডি কার্ড'], vi: ['đồng phục', 'quần áo bảo hộ', 'bảo hộ lao động', 'thẻ nhân viên'], th: ['ชุดยูนิฟอร์ม', 'ชุดทำงาน', 'บัตรพนักงาน'],
  zh: ['工服', '工作服', '制服', '厂服', '廠服', '工牌', '厂牌', '廠牌'], my: ['ယူနီဖောင်း', 'ဝတ်စုံ', 'ID ကတ်'], km: ['កាតបុគ្គលិក'], am: ['የደንብ ልብስ', 'ዩኒፎርም', 'መታወቂያ ካርድ'],
});
// A medical check under other names ("tes kesehatan", "ဆေးစစ်ခ").
more(KIND_WORDS.medical, {
  id: ['tes kesehatan', 'cek kesehatan', 'pemeriksaan kesehatan', 'medical check up', 'mcu', 'surat sehat', 'tes medis'], tl: ['medical exam', 'pa medical', 'pagpapa medical'],
  my: ['ဆေးစစ်ခ', 'ဆေးစစ်ဖို့'],
});
// A work invitation is the visa's first paper ("оформление приглашения и страховки — 350 €", "lettre d'invitation", "邀请函").
more(KIND_WORDS.visa, {
  en: ['invitation letter', 'work invitation', 'letter of invitation'], es: ['carta de invitacion', 'invitacion de trabajo'], fr: ["lettre d'invitation", 'lettre d invitation', 'invitation de travail'],
  pt: ['carta convite', 'carta de convite', 'convite de trabalho'], ro: ['invitatie de munca', 'invitatia de munca', 'scrisoare de invitatie', 'invitatia', 'invitatiei'],
  ru: ['приглашения', 'приглашение на работу', 'рабочее приглашение', 'рабочего приглашения', 'рабочую визу'], uk: ['запрошення на роботу', 'робоче запрошення', 'робочого запрошення', 'оформлення запрошення'],
  ar: ['دعوة عمل', 'رسالة دعوة', 'خطاب دعوة'], id: ['surat undangan kerja', 'surat undangan'], tl: ['invitation letter'], vi: ['thư mời làm việc', 'thư mời'], th: ['หนังสือเชิญ'],
  zh: ['邀请函', '邀請函', '工作邀请', '邀请信'], hi: ['आमंत्रण पत्र', 'निमंत्रण पत्र'], ne: ['निमन्त्रणा पत्र'], bn: ['আমন্ত্রণপত্র', 'আমন্ত্রণ পত্র'],
  my: ['ဖိတ်စာ'], km: ['លិខិតអញ្ជើញ'], am: ['የግብዣ ደብዳቤ', 'የግብዣ ወረቀት'],
});
// "ግማሽ ክፍያ አሁን", "ဖိုင်ဖွင့်ခ … ကြိုပေးထားရပါမယ်", "Only small for processing": half paid now, an advance, a "small" sum for a cost.
more(CHARGE_ALONE, {
  en: ['half payment now', 'half the payment now', 'half the money now', 'half of the payment now', 'pay in advance to hold',
    'only small for', 'just small for', 'only a small amount for', 'just a small amount for', 'only a small fee for', 'just a small fee for', 'only a little for'],
  es: ['la mitad del pago ahora', 'mitad del pago ahora', 'solo un poquito para', 'solo una pequena cantidad para'], fr: ['la moitie du paiement maintenant', 'juste un petit montant pour', 'seulement une petite somme pour'],
  pt: ['metade do pagamento agora', 'so um valor pequeno para', 'apenas um pequeno valor para'], ro: ['jumatate din plata acum', 'doar o suma mica pentru'],
  ru: ['половину оплаты сейчас', 'половина оплаты сразу', 'вторую половину по приезду', 'только небольшая сумма за', 'всего лишь небольшая сумма'],
  uk: ['половину оплати зараз', 'другу половину по приїзду', 'лише невелика сума за'], ar: ['نصف الدفعة الآن', 'نص الفلوس دلوقتي', 'بس مبلغ بسيط', 'فقط مبلغ بسيط'],
  id: ['setengah pembayaran dulu', 'cuma sedikit untuk', 'hanya sedikit untuk'], tl: ['kalahati ng bayad ngayon', 'konti lang para sa', 'kaunti lang para sa', 'maliit lang para sa'],
  vi: ['một nửa tiền trước', 'chỉ chút ít cho'], zh: ['到达后付余款', '只收一点'], hi: ['आधा भुगतान अभी'], ne: ['आधा भुक्तानी अहिले'], bn: ['অর্ধেক টাকা এখন'],
  km: ['បង់ពាក់កណ្តាលមុន'], am: ['ግማሽ ክፍያ', 'ግማሹን ክፍያ', 'ግማሽ ክፍያ አሁን'],
  my: ['ကြိုပေးထားရ', 'ကြိုပေးရ', 'ကြိုတင်ပေးရ', 'ကြိုတင်ပေးဆောင်ရ', 'ကြိုသွင်းရ', 'တစ်ဝက် အရင်ပေး'],
});

// Language completion: the same ideas in the languages that had few words.
more(KIND_WORDS.other, {
  th: ['ยูนิฟอร์ม', 'ชุดพนักงาน', 'รองเท้าเซฟตี้'], km: ['ឯកសណ្ឋាន', 'សម្លៀកបំពាក់ការងារ'], my: ['အလုပ်ဝတ်စုံ', 'ဘေးကင်းဖိနပ်'], zh: ['安全鞋', '劳保鞋', '勞保鞋'],
  tl: ['uniporme', 'safety shoes'], bn: ['সেফটি জুতা'], am: ['የስራ ልብስ', 'የሥራ ልብስ'], ar: ['حذاء السلامة'], vi: ['giày bảo hộ'],
});
more(CHARGE_ALONE, {
  es: ['pagar la mitad ahora', 'pagas la mitad ahora'], fr: ['payer la moitie maintenant', 'la moitie du montant maintenant'], pt: ['pagar metade agora', 'metade do valor agora'],
  ro: ['jumatate din bani acum'], ru: ['половину суммы сразу', 'половину суммы вперёд'], uk: ['половину суми одразу', 'половину суми наперед'], ar: ['نص المبلغ مقدم', 'نصف المبلغ مقدما'],
  id: ['bayar setengah dulu', 'setengah biaya dulu'], tl: ['kalahati muna ng bayad', 'half muna ng bayad'], vi: ['đóng trước một nửa', 'nộp trước một nửa'],
  th: ['จ่ายก่อนครึ่งหนึ่ง', 'โอนก่อนครึ่งหนึ่ง'], zh: ['先交一半', '先付一半费用', '先付一半費用'],
  hi: ['आधा पैसा पहले देना'], 'hi-latn': ['aadha paisa pehle dena'], ne: ['आधा पैसा पहिले तिर्नु'],
  'ne-latn': ['aadha paisa pahile'], bn: ['অর্ধেক টাকা আগে দিতে', 'সামান্য কিছু টাকা লাগবে'], my: ['တစ်ဝက်အရင်ပေး', 'နည်းနည်းပဲ ပေးရ'],
});
