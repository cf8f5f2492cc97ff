/**
 * Statements that there is no fee or that the employer pays it. Data only, per language, matched
 * like the other fee word lists (see fee-words.ts).
 */
import type { Lex } from './fee-words';

/** The employer pays, or the cost is covered: negates the fees of the same sentence. `NEG_ALONE` also stands alone. */
export const NEG_PHRASES: Lex = {
  en: ['employer pays', 'employer will pay', 'employer shall pay', 'company pays', 'company will pay', 'paid by employer', 'paid by the employer', 'paid by the company',
    'paid by company', 'paid for by the employer', 'shouldered by employer', 'shouldered by the employer', 'shouldered by the company', 'borne by the employer',
    'borne by employer', 'covered by the employer', 'covered by employer', 'covered by the company', 'provided by employer', 'provided by the employer',
    'provided by the company', 'provided by company', 'employer paid', "at employer's expense", "at employer's cost", 'at company expense', "at the company's expense",
    'we pay for', 'we will pay for', 'we cover', 'will be reimbursed', 'employer shoulders', 'company shoulders', 'sponsored by employer', 'sponsored by the company',
    'not charged', 'will not be charged', 'to be paid by the employer', 'to be paid by the company', 'to be paid by employer',
    'covers', 'will cover', 'shall cover', 'we pay', 'we will pay', 'employer bears', 'company bears', 'employer covers', 'hospital pays', 'agency pays', 'pays all',
    'pays for all', 'pays your', 'pays for your', 'covers all', 'bears all', 'will pay all', 'will pay for all'],
  es: ['a cargo de la empresa', 'a cargo del empleador', 'pagado por el empleador', 'pagado por la empresa', 'cubierto por la empresa', 'cubiertos por la empresa', 'por cuenta de la empresa',
    'cubrimos', 'cobrimos', 'pagamos', 'la empresa cubre', 'la empresa paga', 'el empleador cubre', 'el empleador paga'],
  fr: ["pris en charge par l'employeur", "pris en charge par l'entreprise", "a la charge de l'employeur", "paye par l'employeur",
    'prend en charge', 'prennent en charge', 'prenons en charge', 'prise en charge par', "l'employeur paie", "l'employeur rembourse", 'nous payons', 'rembourse par'],
  pt: ['pago pela empresa', 'pago pelo empregador', 'por conta da empresa', 'por conta do empregador', 'custeado pela empresa', 'a empresa paga', 'a empresa cobre', 'custeamos', 'cobrimos'],
  ar: ['على حساب الشركة', 'على حساب صاحب العمل', 'على حساب الكفيل', 'على نفقة الشركة', 'على نفقة صاحب العمل', 'يتحملها صاحب العمل', 'تتحملها الشركة', 'يدفعها صاحب العمل',
    'الشركة تتحمل', 'تتحمل الشركة', 'يتحمل صاحب العمل', 'صاحب العمل يتحمل', 'الشركة تدفع', 'تدفع الشركة', 'يدفع صاحب العمل'],
  ru: ['за счет работодателя', 'за счет компании', 'за счет фирмы', 'оплачивает работодатель', 'оплачивает компания', 'оплачивается работодателем',
    'работодатель оплачивает', 'компания оплачивает', 'оплачиваем', 'компенсирует работодатель', 'компенсируем'],
  uk: ['за рахунок роботодавця', 'за рахунок компанії', 'за рахунок фірми', 'оплачує роботодавець', 'оплачує компанія', 'роботодавець оплачує', 'компанія оплачує', 'оплачуємо'],
  ro: ['platit de angajator', 'suportat de angajator', 'suportate de angajator', 'asigurat de angajator', 'asigurata de angajator', 'asigurate de angajator', 'oferit de angajator', 'oferita de angajator',
    'angajatorul plateste', 'angajatorul suporta', 'firma suporta', 'firma plateste'],
  id: ['ditanggung perusahaan', 'ditanggung majikan', 'ditanggung pemberi kerja', 'ditanggung oleh perusahaan', 'dibayar perusahaan', 'dibayar oleh perusahaan',
    'perusahaan menanggung', 'majikan menanggung', 'pemberi kerja menanggung', 'perusahaan membayar', 'majikan membayar', 'kami menanggung'],
  tl: ['sagot ng employer', 'sagot ng amo', 'sagot ng kumpanya', 'sagot ng agency', 'sagot ng principal', 'babayaran ng employer', 'babayaran ng kumpanya', 'libre ng employer'],
  ne: ['रोजगारदाताले तिर्ने', 'रोजगारदाताले व्यहोर्ने', 'कम्पनीले तिर्ने', 'कम्पनीले व्यहोर्ने', 'कम्पनीले दिने', 'रोजगारदाताले तिर्नेछ', 'कम्पनीले तिर्नेछ', 'रोजगारदाताले', 'सबै तिर्ने', 'सबै व्यहोर्ने'], 'ne-latn': ['company le tirne', 'company le dine', 'employer le', 'rojgardata le', 'kampani le'],
  hi: ['कंपनी देगी', 'कंपनी द्वारा', 'कंपनी वहन करेगी', 'कंपनी का खर्चा', 'कंपनी भरेगी', 'नियोक्ता वहन करेगा'], 'hi-latn': ['company degi', 'company dwara', 'company ka kharcha'],
  bn: ['কোম্পানি বহন করবে', 'কোম্পানির খরচে', 'মালিক বহন করবে', 'মালিক পক্ষ বহন করবে', 'কোম্পানি দিবে', 'কোম্পানি দেবে'],
  vi: ['công ty chịu', 'công ty chi trả', 'công ty trả', 'chủ chịu', 'chủ trả', 'công ty bao', 'được cấp miễn phí', 'phía đức chi trả', 'phía nhật chi trả', 'phía hàn chi trả',
    'phía đài loan chi trả', 'phía chủ chi trả', 'phía công ty chi trả', 'phía doanh nghiệp chi trả', 'phía chủ sử dụng chi trả', 'chủ sử dụng chi trả', 'nhà tuyển dụng chi trả',
    'doanh nghiệp chi trả', 'xí nghiệp chi trả', 'nghiệp đoàn chi trả', 'bên tuyển dụng chi trả', 'phía đối tác chi trả', 'chủ chi trả'],
  th: ['นายจ้างออกให้', 'นายจ้างจ่าย', 'นายจ้างออก', 'บริษัทออกให้', 'บริษัทจ่าย', 'บริษัทออก'], my: ['အလုပ်ရှင်မှကျခံ', 'ကုမ္ပဏီမှကျခံ', 'အလုပ်ရှင်ကျခံ'], km: ['និយោជកចេញ', 'ក្រុមហ៊ុនចេញ'],
  zh: ['雇主承担', '公司承担', '公司负责', '雇主支付', '公司支付', '老板出', '公司出', '报销', '雇主负担', '公司负担'], am: ['አሰሪው ይከፍላል', 'ቀጣሪው ይሸፍናል', 'ድርጅቱ ይሸፍናል'],
};

export const NEG_ALONE: Lex = {
  en: ['we never charge', 'we do not charge', "we don't charge", 'we never ask for money', 'we never ask for any money', 'we do not ask for money', "we don't ask for money",
    'we never ask for payment', 'never ask for money', 'no need to pay', "you don't need to pay", 'you do not need to pay', "you don't have to pay", 'you do not have to pay',
    'do not pay anyone', "don't pay anyone", 'never pay', 'not required to pay', 'free of charge', 'at no cost', 'at no charge', 'no hidden charges', 'no hidden fees', 'zero cost',
    // "No candidate will be asked to pay": whoever the subject, the clause says no one pays.
    'no candidate will be asked to pay', 'no applicant will be asked to pay', 'no worker will be asked to pay', 'no one will be asked to pay', 'nobody will be asked to pay',
    'no candidate is asked to pay', 'no applicant is asked to pay', 'will never be asked to pay', 'will not be asked to pay', 'are never asked to pay', 'is never asked to pay',
    'no candidate will be charged', 'no applicant will be charged', 'no worker will be charged', 'no candidate pays', 'no applicant pays',
    // Warnings: "if anyone asks you to pay for a visa, report it".
    'if anyone asks you to pay', 'if anyone asks you for money', 'if anyone asks for money', 'if anyone asks for payment', 'if someone asks you to pay', 'if someone asks for money',
    'if you are asked to pay', 'if asked to pay', 'if anyone demands money', 'if anyone demands payment', 'if anyone asks you for payment'],
  es: ['sin costo', 'sin coste', 'sin cargo', 'sin cobro', 'sin ningun costo', 'no cobramos', 'no se cobra', 'nunca pedimos dinero', 'no pedimos dinero', 'no tiene que pagar', 'no tienes que pagar',
    'si alguien le pide dinero', 'si alguien te pide dinero', 'si alguien le pide pagar'],
  fr: ['sans frais', 'aucun frais', 'aucuns frais', "nous ne demandons jamais d'argent", 'nous ne demandons aucun frais', "vous n'avez rien a payer", "si quelqu'un vous demande de payer"],
  pt: ['sem custo', 'sem custos', 'sem taxa', 'sem taxas', 'nao cobramos', 'nunca pedimos dinheiro', 'se alguem pedir dinheiro'],
  ar: ['بدون رسوم', 'بلا رسوم', 'دون رسوم', 'بدون اي رسوم', 'لا توجد رسوم', 'لا توجد اي رسوم', 'لا يوجد اي رسوم', 'ليس هناك اي رسوم', 'لا نطلب اي مبلغ', 'لا نطلب اي رسوم', 'لا نتقاضى اي رسوم', 'لا نتقاضى رسوم', 'لا يتم تحصيل اي رسوم'],
  ru: ['без оплаты', 'без предоплаты', 'без комиссии', 'без вложений', 'без взносов', 'мы не берем денег', 'мы не берем деньги', 'никаких оплат', 'никаких предоплат',
    'никаких взносов', 'ничего платить не нужно', 'не нужно ничего платить', 'если у вас просят деньги', 'если с вас требуют деньги'],
  uk: ['без оплати', 'без передоплати', 'без комісії', 'ми не беремо грошей', 'нічого платити не потрібно', 'якщо у вас просять гроші'],
  ro: ['fara taxe', 'fara costuri', 'fara comision', 'nu percepem', 'nu cerem bani', 'nu se percepe'],
  id: ['tanpa biaya', 'bebas biaya', 'tidak dipungut biaya', 'tidak ada biaya', 'tanpa dipungut biaya', 'tanpa potongan',
    'jika ada yang meminta uang', 'jika ada yang meminta biaya'],
  tl: ['walang bayad', 'walang babayaran', 'hindi kami naniningil', 'walang singil', 'walang kaltas', 'walang hidden charges', 'hindi kami maniningil', 'kung may humingi ng bayad',
    'kung may hihingi ng bayad', 'kung may humingi ng pera'],
  ne: ['शुल्क लाग्दैन', 'शुल्क नलाग्ने', 'पैसा लाग्दैन', 'पैसा लिइँदैन', 'शून्य लागत', 'जिरो कस्ट'], 'ne-latn': ['paisa lagdaina', 'zero cost'],
  hi: ['कोई शुल्क नहीं', 'कोई फीस नहीं', 'कोई चार्ज नहीं'], 'hi-latn': ['koi fee nahi', 'koi charge nahi', 'koi paisa nahi'],
  bn: ['কোনো ফি নেই', 'কোন ফি নেই', 'কোনো খরচ নেই', 'কোন খরচ নেই'],
  vi: ['không mất phí', 'không thu phí', 'không mất bất kỳ chi phí', 'không mất chi phí', 'không phí', 'hoàn toàn miễn phí', 'không thu bất kỳ', 'không phải nộp bất kỳ',
    'không phải đóng bất kỳ', 'không phải trả bất kỳ'],
  th: ['ไม่มีค่าใช้จ่าย', 'ไม่เสียค่าใช้จ่าย', 'ไม่เก็บค่า', 'ไม่ต้องจ่าย'], my: ['ကုန်ကျစရိတ်မရှိ'], km: ['មិនគិតថ្លៃ'],
  zh: ['无需任何费用', '不收取任何费用', '不收费', '不收任何费用', '零费用', '零收费', '不需支付', '不需要支付', '无需支付', '无须支付', '不用支付', '不必支付', '不需缴纳',
    '无需缴纳', '不用交', '不需交', '无需交'],
  am: ['ክፍያ የለም', 'ያለ ክፍያ', 'ምንም ክፍያ የለም'],
};

/** Negators written right before a fee or cost word ("no placement fee", "free visa and ticket", "免费机票"). */
export const NEG_BEFORE: Lex = {
  en: ['no', 'zero', 'without', 'without any', 'not any', 'nil', 'do not collect', "don't collect", 'does not collect', "doesn't collect", 'will not collect', 'never collect',
    'never collects', 'not collect', 'do not charge', 'does not charge', "doesn't charge", 'will not charge', "won't charge", 'never charges', 'never charge', 'not charge',
    'do not ask for', 'does not ask for', 'never ask for', 'not ask for', 'do not take', 'does not take', 'never take', 'no charging of', 'not charging'],
  es: ['sin', 'cero', 'libre de', 'no cobramos', 'no cobra', 'no cobran', 'nunca cobramos', 'no pedimos', 'no solicitamos'], fr: ['aucun', 'aucune', 'sans', 'zero', 'pas de',
    'ne demandons aucun', 'ne demandons pas de', 'ne facturons aucun', 'ne facturons pas de', 'ne prenons aucun'],
  pt: ['sem', 'zero', 'nenhum', 'nenhuma', 'isento de', 'nao cobramos', 'nao cobra'],
  ar: ['بدون', 'بلا', 'دون', 'لا', 'عدم', 'لا نتقاضى', 'لا يتقاضى', 'لا تتقاضى', 'لا ناخذ', 'لا نطلب', 'لا يتم تحصيل', 'لن نتقاضى', 'لا نحصل'],
  ru: ['без', 'нет', 'никаких', 'с оплатой', 'компенсация', 'компенсацией', 'компенсируем', 'не берем', 'не берет', 'не берут', 'не взимаем', 'не взимает', 'не взимается', 'не просим', 'не требуем'],
  uk: ['без', 'немає', 'жодних', 'з оплатою', 'компенсація', 'компенсацією', 'компенсуємо', 'не беремо', 'не бере', 'не беруть', 'не стягуємо', 'не стягує', 'не просимо', 'не вимагаємо'],
  ro: ['fara', 'zero', 'nicio', 'niciun', 'nu percepem', 'nu percepe', 'nu cerem'], id: ['tanpa', 'bebas', 'tidak ada', 'nol', 'tidak memungut', 'tidak menarik', 'tidak meminta',
    'tidak dikenakan', 'tidak dipungut'],
  tl: ['walang', 'libreng', 'zero', 'no', 'hindi kayo sisingilin', 'hindi ka sisingilin', 'hindi sisingilin', 'hindi kami sisingil', 'hindi kami naniningil', 'hindi kami maniningil'],
  ne: ['बिना', 'शून्य'], hi: ['बिना'], 'hi-latn': ['bina'], bn: ['বিনা'],
  vi: ['không', 'miễn', 'không nộp', 'không đóng', 'không trả', 'không phải nộp', 'không phải đóng', 'không phải trả', 'không phải chi trả', 'không phải thanh toán', 'không cần nộp', 'không cần đóng', 'không cần trả', 'không thu'],
  th: ['ไม่มี', 'ไม่ต้อง', 'ไม่เสีย'], km: ['មិនយក', 'មិនបង់', 'គ្មាន'], zh: ['免', '无', '不收', '零', '包', '不收取', '不需', '无需', '不用'], am: ['ያለ'],
};

/** Negators written after the fee in verb-final languages and lists ("शुल्क लिँदैनौं", "ফি নেওয়া হয় না", "Placement fee: none"). */
export const NEG_AFTER: Lex = {
  en: ['none', 'not required', 'not applicable', 'not charged to workers'], es: ['ninguno', 'ninguna', 'no se cobra', 'no se cobran'], fr: ['aucun', 'neant'], pt: ['nenhuma', 'nao cobrada'],
  ru: ['не взимается', 'не взимаются', 'не требуется', 'отсутствует'], uk: ['не стягується', 'не стягуються', 'не потрібна', 'відсутня'], ro: ['nu se percepe', 'nu se percep'],
  id: ['tidak dipungut', 'tidak ada', 'tidak dikenakan'], tl: ['wala'],
  'ne-latn': ['tirnu pardaina', 'tirnu pardain', 'lagdaina', 'lidaina', 'lidainau', 'lidainaun'],
  ne: ['लिँदैनौं', 'लिदैनौं', 'लिंदैनौं', 'लिँदैन', 'लिदैन', 'लिइँदैन', 'लिइदैन', 'लाग्दैन', 'नलाग्ने', 'तिर्नु पर्दैन', 'तिर्नुपर्दैन', 'नलिने'],
  hi: ['नहीं लेते', 'नहीं लेती', 'नहीं लेंगे', 'नहीं लेगी', 'नहीं ली जाती', 'नहीं ली जाएगी', 'नहीं लिया जाता', 'नहीं लिया जाएगा', 'नहीं लगेगी', 'नहीं लगता', 'नहीं देना'],
  'hi-latn': ['nahi lete', 'nahi lenge', 'nahi lagega', 'nahi lagegi', 'nahi', 'nahin', 'nhi'],
  bn: ['নেওয়া হয় না', 'নেয়া হয় না', 'নেওয়া হবে না', 'নেয়া হবে না', 'লাগবে না', 'লাগে না', 'দিতে হবে না', 'দিতে হয় না', 'নিই না', 'নেই'],
  vi: ['không thu', 'không mất', 'miễn'], th: ['ไม่ต้องจ่าย', 'ไม่เก็บ'], km: ['មិនយក', 'មិនគិត'], zh: ['不收', '全免', '免收', '无'],
  am: ['አንጠይቅም', 'አይጠየቅም', 'አንቀበልም', 'አይከፈልም', 'አያስፈልግም', 'የለም'],
};

/** Negators on either side ("free visa", "visa free", "visa provided", "签证免费"). */
export const NEG_EITHER: Lex = {
  en: ['free', 'provided', 'included', 'covered', 'paid', 'waived', 'shouldered', 'sponsored', 'sponsorship', 'reimbursed', 'is free', 'are free', 'is provided', 'are provided',
    'will be provided'],
  es: ['gratis', 'gratuito', 'gratuita', 'gratuitos', 'incluido', 'incluidos', 'cubierto', 'cubiertos'], fr: ['gratuit', 'gratuite', 'gratuits', 'offert', 'offerts', 'inclus', 'pris en charge'],
  pt: ['gratis', 'gratuito', 'gratuita', 'incluso', 'incluido'], ar: ['مجانا', 'مجاني', 'مجانيه', 'بالمجان'], ru: ['бесплатн*', 'предоставляется'], uk: ['безкоштовн*', 'надається'],
  ro: ['gratuit', 'gratuita', 'gratuite', 'gratis', 'asigurat', 'asigurata', 'asigurate', 'inclus', 'oferit', 'decontat', 'decontate'],
  id: ['gratis', 'ditanggung', 'disediakan', 'free'], tl: ['libre', 'sagot', 'provided', 'free'], ne: ['फ्री', 'निःशुल्क', 'नि:शुल्क', 'निशुल्क'], 'ne-latn': ['nishulka', 'nishulk', 'free'],
  hi: ['मुफ्त', 'मुफ़्त', 'फ्री', 'निःशुल्क', 'निशुल्क'], 'hi-latn': ['muft', 'free'], bn: ['ফ্রি', 'বিনামূল্যে'], vi: ['miễn phí', 'free', 'được cấp'], th: ['ฟรี'],
  my: ['အခမဲ့'], km: ['ឥតគិតថ្លៃ', 'ដោយឥតគិតថ្លៃ'], zh: ['免费', '免費', '全包'], am: ['ነፃ', 'በነፃ'],
};
