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
  ar: ['بدون رسوم', 'بلا رسوم', 'دون رسوم', 'بدون اي رسوم', 'لا توجد رسوم', 'لا نطلب اي مبلغ', 'لا نطلب اي رسوم', 'لا نتقاضى اي رسوم', 'لا نتقاضى رسوم', 'لا يتم تحصيل اي رسوم'],
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

function more(lex: Lex, add: Lex): void {
  for (const [lang, words] of Object.entries(add)) (lex[lang] ??= []).push(...words);
}

// "Not deducted", "it costs you nothing", "the employer bears it": said in more ways than the lists above hold.
more(NEG_PHRASES, {
  en: ['not deducted', 'will not be deducted', 'nothing is deducted', 'no deductions'], es: ['no se descuenta', 'no se descuentan', 'no se te descuenta', 'te lo abonamos', 'lo abonamos', 'te lo pagamos', 'los cubre la empresa'],
  fr: ['pas retenu', 'aucune retenue', 'sans retenue', 'non retenu'], pt: ['nao e descontado', 'nao descontamos', 'nao se desconta', 'sem desconto'],
  ro: ['nu se retine', 'nu se retin', 'fara retineri'], ru: ['не вычитается', 'не вычитаем', 'без вычетов', 'не удерживается'], uk: ['не вираховується', 'не утримується', 'без утримань'],
  ar: ['لا يخصم', 'بدون خصم', 'لا يتم خصم'], id: ['tidak dipotong'], vi: ['không trừ lương', 'không khấu trừ', 'do bệnh viện tài trợ', 'bệnh viện tài trợ', 'được tài trợ', 'theo luật'],
  th: ['ไม่หักเงินเดือน', 'ไม่หัก', 'บริษัทรับผิดชอบ', 'นายจ้างรับผิดชอบ', 'บริษัทเป็นผู้จ่าย', 'นายจ้างเป็นผู้จ่าย'], zh: ['不扣工资', '不从工资扣', '不扣钱'],
  am: ['ከደመወዝ ምንም አይቆረጥም', 'ከደመወዝ አይቆረጥም', 'በአሰሪው ይሸፈናል', 'በአሰሪው', 'በኩባንያው ይሸፈናል', 'በኩባንያው', 'በድርጅቱ ይሸፈናል', 'አሰሪው ይሸፍናል', 'ይሸፈናል', 'አይቆረጥም'], hi: ['नहीं कटेगा', 'नहीं काटा जाएगा'],
  bn: ['কাটা হবে না'], my: ['ကကျခံ', 'က ကျခံ', 'ကျခံပါသည်', 'ကျခံပေး', 'မဖြတ်'],
  km: ['មិនកាត់', 'និយោជកជប៉ុនចេញ', 'និយោជកថៃចេញ', 'និយោជកកូរ៉េចេញ', 'ក្រុមហ៊ុនចេញថ្លៃ', 'និយោជកជាអ្នកចេញ', 'និយោជកបង់'],
});
more(NEG_ALONE, {
  en: ['does not charge candidates', 'do not charge candidates', 'does not charge workers', 'do not charge workers', 'does not charge applicants', 'do not charge applicants'],
  ro: ['nu trebuie sa platesti', 'nu trebuie sa platiti', 'nu trebuie sa achitati', 'nu trebuie achitat', 'nu cere niciodata bani', 'nu cerem niciodata bani', 'nu platesti nimic', 'nu platiti nimic'],
  pt: ['nao precisa pagar', 'nao tem que pagar', 'nao paga nada', 'nao precisa pagar nada'], ru: ['не нужно платить', 'не надо платить', 'платить не нужно', 'ничего не платите', 'просят предоплату', 'требуют предоплату'],
  uk: ['не потрібно платити', 'не треба платити', 'нічого не платите', 'просять передоплату', 'вимагають передоплату'], fr: ["vous n'avez pas a payer", 'rien a payer'],
  id: ['tidak perlu bayar', 'tidak perlu membayar', 'tidak harus membayar', 'gak perlu bayar', 'tidak ada potongan gaji', 'tanpa potongan gaji', 'tidak ada potongan'],
  ar: ['لا داعي للدفع', 'مش محتاج تدفع'], tl: ['hindi mo kailangang magbayad', 'hindi kailangang magbayad', 'hindi kailangan magbayad'],
  hi: ['कुछ नहीं देना', 'देने की जरूरत नहीं'], 'hi-latn': ['kuch nahi dena'], bn: ['কিছু দিতে হবে না', 'টাকা দিতে হবে না'], ne: ['केही तिर्नु पर्दैन'],
  th: ['ไม่ต้องเสีย', 'ไม่ต้องโอน', 'ไม่มีการเก็บค่า'], zh: ['不用交钱', '不需要交钱', '无需交钱'], am: ['መክፈል አያስፈልግም'], my: ['ပေးစရာမလို', 'ငွေပေးစရာမလို'], km: ['មិនបាច់បង់'],
});
more(NEG_BEFORE, {
  en: ['does not charge candidates', 'do not charge candidates', 'does not charge workers', 'do not charge workers', 'does not charge applicants', 'do not charge applicants'],
  ro: ['nici', 'nu cere', 'nu cerem'], th: ['ไม่มีการเก็บ', 'ไม่เก็บ'],
});
more(NEG_AFTER, { my: ['မကောက်ခံ', 'လုံးဝ မကောက်ခံ'], 'ne-latn': ['lindainau', 'lindainaun', 'lindaina', 'lidaina', 'linna pardaina'], ne: ['लिँदैनौँ', 'लिदैनौँ', 'लिइने छैन'] });
more(NEG_EITHER, { vi: ['tài trợ'], th: ['สวัสดิการ'] });

// Scam warnings that quote fees ("asking applicants to pay 'form fees'", "exigeant le paiement de « frais »", "с требованием оплатить"):
// a third party asks; the fees are warned about, not charged.
more(NEG_PHRASES, {
  en: ['asking applicants', 'asking candidates', 'asking job seekers', 'asking jobseekers', 'asking people', 'asking workers', 'asking victims', 'anyone asking', 'anybody asking',
    'someone asking', 'people asking', 'individuals asking', 'who ask for', 'who asks for', 'who ask you', 'who asks you', 'demanding payment', 'demanding money', 'demanding fees',
    'beware of', 'be wary of', 'be careful of', 'scammers', 'scammer', 'fraudsters', 'fraudster', 'fake recruiters', 'fake agents', 'fake recruiter', 'in our name', 'using our name',
    'impersonating', 'claiming to be'],
  es: ['pidiendo', 'exigiendo', 'solicitando dinero', 'que piden', 'que pide', 'que exigen', 'estafadores', 'estafador', 'en nuestro nombre', 'usando nuestro nombre',
    'desconfie de', 'desconfia de', 'cuidado con'],
  fr: ['exigeant', 'exigent', 'reclamant', 'reclament', 'demandant', 'qui demandent', 'qui demande', 'qui exigent', 'qui reclament', 'mefiez vous', 'escrocs', 'escroc',
    'arnaqueurs', 'en son nom', 'en notre nom', 'faux recruteurs', 'faux recruteur'],
  pt: ['pedindo', 'exigindo', 'solicitando', 'que pedem', 'que pede', 'que exigem', 'golpistas', 'golpista', 'em nosso nome', 'usando o nome', 'desconfie de', 'cuidado com'],
  ar: ['يطلبون', 'يطالبون', 'يطلب من المتقدمين', 'بتطلب', 'بيطلبوا', 'محتالين', 'محتالون', 'نصابين', 'باسم الشركة', 'باسم الوكالة', 'باسمنا', 'ينتحلون', 'احذروا', 'احذر من'],
  ru: ['с требованием', 'требуют', 'требующих', 'требующие', 'просят оплатить', 'просят перевести', 'просящих', 'мошенники', 'мошенников', 'от нашего имени', 'от имени компании',
    'остерегайтесь', 'будьте осторожны'],
  uk: ['з вимогою', 'вимагають', 'що вимагають', 'просять оплатити', 'просять перевести', 'шахраї', 'шахраїв', 'від нашого імені', 'від імені компанії', 'остерігайтеся', 'будьте обережні'],
  ro: ['cerand', 'care cer', 'solicitand', 'escroci', 'escrocii', 'in numele nostru', 'in numele firmei', 'feriti va', 'atentie la'],
  id: ['yang meminta', 'meminta pelamar', 'meminta calon', 'meminta korban', 'mengatasnamakan', 'penipu', 'oknum'],
  tl: ['humihingi ng', 'humihingi', 'nanghihingi', 'nagpapanggap', 'manloloko', 'scammer', 'scammers', 'gamit ang pangalan'],
  hi: ['मांग रहे', 'माँग रहे', 'मांगते हैं', 'माँगते हैं', 'ठग', 'धोखेबाज', 'फर्जी', 'के नाम से'], 'hi-latn': ['maang rahe', 'mang rahe', 'maangte hain', 'thag', 'farzi', 'ke naam se'],
  ne: ['माग्ने', 'माग्छन्', 'मागिरहेका', 'ठगी', 'ठग', 'नक्कली'], 'ne-latn': ['magne', 'maagne', 'thagi', 'nakkali'],
  bn: ['চাইছে', 'চাচ্ছে', 'দাবি করছে', 'প্রতারক', 'প্রতারণা', 'ভুয়া'],
  vi: ['mạo danh', 'lừa đảo', 'kẻ gian', 'giả mạo', 'cảnh giác'], th: ['แอบอ้าง', 'มิจฉาชีพ', 'หลอกลวง'], my: ['လိမ်လည်', 'အယောင်ဆောင်'],
  km: ['បោកប្រាស់', 'ក្លែងបន្លំ', 'ទាមទារឲ្យបង់'], zh: ['冒充', '诈骗', '詐騙', '骗子', '騙子', '冒用', '假冒', '冒名', '谨防', '謹防'],
  am: ['የሚጠይቁ', 'የሚጠይቅ', 'አጭበርባሪ', 'አጭበርባሪዎች', 'ስማችንን በመጠቀም', 'ተጠንቀቁ'],
});
// The employer pays, said in more ways ("على صاحب العمل", "নিয়োগকর্তা বহন করবে", "全數由僱主承擔", "不向勞工收取").
more(NEG_PHRASES, {
  ar: ['على صاحب العمل', 'على الكفيل', 'على المشغل', 'على الشركة'], bn: ['বহন করবে', 'বহন করেন', 'বহন করে'],
  th: ['นายจ้างเป็นผู้รับผิดชอบ', 'บริษัทเป็นผู้รับผิดชอบ', 'นายจ้างญี่ปุ่นรับผิดชอบ', 'นายจ้างเกาหลีรับผิดชอบ', 'นายจ้างไต้หวันรับผิดชอบ', 'นายจ้างรับผิดชอบทั้งหมด'],
  zh: ['由僱主', '由雇主', '由公司', '由本公司', '僱主承擔', '僱主負擔', '僱主支付', '公司承擔', '公司負擔', '不向'],
  km: ['មិនដែលយកថ្លៃ'],
});
more(NEG_BEFORE, {
  fr: ['ne demande jamais de', 'ne demandons jamais de', 'ne demande aucuns', 'ne reclame jamais de', 'ne reclamons jamais de', 'ne percoit aucun', 'ne percevons aucun',
    "n exige aucun", "n exigeons aucun", "n exige jamais de", 'ne facture jamais de', 'ne facturons jamais de', 'jamais de'],
  km: ['មិនដែលយក'], es: ['nunca pedimos', 'nunca cobra', 'jamas cobramos'], pt: ['nunca cobramos', 'nunca pedimos', 'nao pedimos'],
});

/** A fee set by the government or by law ("EPS-TOPIK exam fee paid by the official process", "सरकारी नियमअनुसार", "sarkari rasid"): not a recruitment fee. */
export const OFFICIAL: Lex = {
  en: ['government', 'govt', 'official', 'statutory', 'prescribed', 'consular', 'as per law', 'by law', 'legal limit', 'legally capped', 'owwa', 'philhealth', 'pag ibig'],
  es: ['gobierno', 'gubernamental', 'oficial', 'oficiales', 'consular', 'segun la ley', 'por ley'], fr: ['gouvernement', 'officiel', 'officielle', 'officiels', 'consulaire', 'reglementaire'],
  pt: ['governo', 'oficial', 'consular', 'por lei'], ar: ['حكومي', 'حكومية', 'الحكومة', 'رسمي', 'رسمية', 'القنصلية', 'حسب القانون'],
  ru: ['государственн*', 'госпошлин*', 'официальн*', 'консульск*', 'по закону'], uk: ['державн*', 'держмит*', 'офіційн*', 'консульськ*', 'за законом'],
  ro: ['guvern*', 'oficial*', 'consular*', 'de stat', 'conform legii'], id: ['pemerintah', 'resmi', 'sesuai aturan', 'sesuai peraturan'], tl: ['gobyerno', 'opisyal'],
  ne: ['सरकारी', 'सरकारले', 'नियमअनुसार', 'नियम अनुसार', 'कल्याणकारी कोष'], 'ne-latn': ['sarkari', 'sarkar le', 'kalyankari kosh'],
  hi: ['सरकारी', 'सरकार द्वारा', 'निर्धारित'], 'hi-latn': ['sarkari'], bn: ['সরকারি', 'সরকার নির্ধারিত', 'নির্ধারিত'], 'bn-latn': ['sorkari'],
  vi: ['nhà nước', 'chính phủ', 'theo quy định', 'chính thức', 'lãnh sự'], th: ['ราชการ', 'รัฐบาล', 'ตามกฎหมาย', 'อย่างเป็นทางการ'], my: ['အစိုးရ', 'တရားဝင်'],
  km: ['រដ្ឋាភិបាល', 'ផ្លូវការ'], zh: ['政府', '官方', '法定', '领事', '領事'], am: ['የመንግስት', 'መንግስት', 'ህጋዊ'],
};
/** A cap set by law ("at most Rs 10,000", "बढीमा"): with an official word, the amount is the lawful ceiling. */
export const CAP: Lex = {
  en: ['maximum', 'at most', 'not more than', 'no more than', 'capped', 'up to'], es: ['maximo', 'como maximo'], fr: ['maximum', 'au plus'], pt: ['maximo', 'no maximo'],
  ar: ['بحد اقصى', 'كحد اقصى'], ru: ['не более', 'максимум'], uk: ['не більше', 'максимум'], ro: ['maxim', 'cel mult'], id: ['maksimal', 'paling banyak'], tl: ['hindi lalampas'],
  ne: ['बढीमा', 'भन्दा बढी होइन'], 'ne-latn': ['badhima'], hi: ['अधिकतम'], bn: ['সর্বোচ্চ'], vi: ['tối đa'], th: ['ไม่เกิน'], km: ['អតិបរមា'], zh: ['最多', '不超过', '不超過'], am: ['ከፍተኛው'],
};

// "No such fee" written with the negator after the fee in more languages ("कोई एजेंट फीस नहीं है", "कुनै दर्ता शुल्क छैन", "ไม่เรียกเก็บค่าสมัคร",
// "應聘者無需繳付任何費用"), and "X pays" written "do X chi trả" (vi: "by X"), "wala kaming sisingilin" (tl).
more(NEG_AFTER, {
  hi: ['नहीं है', 'नहीं हैं', 'नहीं होगी', 'नहीं होगा', 'नहीं लगती', 'नहीं लगेगा'], ne: ['छैन', 'छैनन्', 'हुँदैन', 'हुदैन', 'लाग्ने छैन', 'लिइने छैन', 'पर्दैन'],
  'ne-latn': ['chaina', 'chhaina', 'hudaina', 'pardaina'], 'bn-latn': ['nei', 'lagbe na', 'dite hobe na'], zh: ['全免', '免除', '一律免收', '均免'],
});
more(NEG_BEFORE, {
  th: ['ไม่เรียกเก็บ', 'ไม่มีการเรียกเก็บ', 'ไม่คิด', 'ไม่เก็บเงิน', 'งดเก็บ'],
  zh: ['無需繳付', '无需缴付', '無須繳付', '无须缴付', '毋須繳付', '毋须缴付', '不需繳付', '不需缴付', '不用繳付', '無需繳納', '无需缴纳任何', '無需支付', '無須支付', '不經', '不经',
    '無', '免收', '不收取任何', '不收任何', '不向勞工收取', '不向劳工收取'],
  hi: ['बिना किसी', 'कोई भी नहीं'], ne: ['कुनै पनि नलाग्ने', 'बिना कुनै'], bn: ['কোনো প্রকার', 'কোনো'],
  km: ['មិនទារ'], my: ['မယူ', 'မကောက်'], am: ['ምንም'],
  tl: ['walang sisingilin', 'hindi namin sisingilin', 'walang kukunin', 'walang kaltas na'],
});
more(NEG_ALONE, {
  tl: ['wala kaming sisingilin', 'walang sisingilin', 'hindi namin kayo sisingilin', 'wala kaming kukunin', 'wala kayong babayaran'],
  hi: ['कोई पैसा नहीं', 'एक भी पैसा नहीं'], ne: ['कुनै शुल्क छैन', 'कुनै पैसा लाग्दैन', 'कुनै पैसा छैन'], th: ['ไม่เรียกเก็บเงิน', 'ไม่เรียกเก็บค่าใช้จ่ายใดๆ'],
  zh: ['無需繳付任何費用', '无需缴付任何费用', '無需任何費用', '不收取任何費用', '免費', '不收費'], km: ['មិនទារប្រាក់'],
});
more(NEG_PHRASES, {
  vi: ['do bệnh viện', 'do công ty', 'do chủ', 'do phía', 'do nhà tuyển dụng', 'do doanh nghiệp', 'do đối tác', 'do nghiệp đoàn', 'do xí nghiệp', 'do chủ sử dụng', 'do trường', 'do bên'],
  'hi-latn': ['employer pay karega', 'employer dega', 'company pay karegi', 'company bharegi', 'employer bharega', 'company dengi'], 'bn-latn': ['company dibe', 'malik dibe', 'company bohon korbe'],
  'ne-latn': ['company le', 'rojgardatale', 'employer le tirne'], tl: ['reimbursed ng', 'ire-reimburse ng', 'babayaran ng amo'],
  my: ['ကကျခံ', 'အလုပ်ရှင်က', 'ကုမ္ပဏီက'],
});

// Round 6. The employer pays, said with the payer as subject or in the passive ("employers provide housing and pay the airfare",
// "perusahaan Jepang menanggung", "employer ang sasagot ng", "bệnh viện chi trả", "sara kharcha company ka", "አሠሪው ይሸፍናል").
more(NEG_PHRASES, {
  en: ['employer reimburses', 'employers reimburse', 'provides or reimburses', 'company reimburses', 'employers pay', 'employers provide', 'employers cover', 'employers will pay', 'employer will reimburse', 'refunded by the employer',
    'reimbursed by the employer', 'paid by your employer', 'your employer pays'],
  es: ['la empresa asume', 'asume la empresa', 'el empleador asume', 'reembolsa la empresa', 'la empresa reembolsa', 'el empleador reembolsa', 'los paga la empresa', 'lo paga la empresa'],
  fr: ["l'employeur paye", "l'entreprise rembourse", 'rembourses par', 'remboursee par', 'remboursees par', "l'employeur finance", 'finance par', 'finances par', "paye par l'entreprise"],
  pt: ['a empresa assume', 'a empresa reembolsa', 'o empregador reembolsa', 'reembolsado pela', 'pagos pela empresa', 'pagas pela empresa'],
  ar: ['يتحمل المستشفي', 'المستشفي يتحمل', 'تتحمل المستشفي', 'يتكفل صاحب العمل', 'صاحب العمل يتكفل', 'تتكفل الشركه', 'الشركه تتكفل', 'يدفعها الكفيل', 'الكفيل يدفع'],
  ru: ['компенсируется', 'возмещаем', 'возмещает работодатель', 'работодатель компенсирует', 'компания компенсирует'],
  uk: ['компенсуємо', 'компенсується', 'компенсує роботодавець', 'роботодавець компенсує', 'відшкодовуємо', 'відшкодовує роботодавець'],
  ro: ['decontat de angajator', 'decontate de angajator', 'angajatorul deconteaza', 'rambursat de angajator'],
  id: ['jepang menanggung', 'korea menanggung', 'taiwan menanggung', 'malaysia menanggung', 'user menanggung', 'rumah sakit menanggung', 'perusahaan akan menanggung', 'majikan akan menanggung',
    'diganti perusahaan', 'diganti oleh perusahaan', 'dibayar majikan', 'dibayarkan perusahaan', 'ditanggung user'],
  tl: ['ang sasagot ng', 'employer ang sasagot', 'kumpanya ang sasagot', 'employer ang magbabayad', 'kumpanya ang magbabayad', 'sasagutin ng employer', 'sasagutin ng kumpanya',
    'bayad ng employer', 'binabayaran ng employer'],
  ne: ['रोजगारदाताले बेहोर्ने', 'कम्पनीले बेहोर्ने', 'रोजगारदाताको खर्च', 'कम्पनीको खर्च', 'बेहोर्नेछ'], hi: ['कंपनी का', 'कंपनी की ओर से', 'नियोक्ता देगा', 'नियोक्ता भरेगा'],
  'hi-latn': ['company ka', 'company ki taraf se', 'company karegi', 'company karwayegi'], 'bn-latn': ['bear korbe', 'company bear', 'malik bear'],
  vi: ['bệnh viện chi trả', 'trường chi trả', 'chủ lao động chi trả', 'người sử dụng lao động chi trả', 'công ty sẽ chi trả', 'được hoàn trả', 'hoàn trả lại'],
  th: ['นายจ้างชำระ', 'นายจ้างเป็นผู้จ่าย', 'นายจ้างเป็นผู้ชำระ', 'บริษัทเป็นผู้จ่าย', 'นายจ้างรับภาระ', 'บริษัทรับภาระ'], km: ['និយោជកបង់', 'ក្រុមហ៊ុនបង់'],
  am: ['አሠሪው ይሸፍናል', 'አሰሪው ይሸፍናል', 'አሠሪው ይከፍላል', 'ቀጣሪው ይከፍላል'], zh: ['雇主负责', '由雇方'],
});
// Negations written just before the fee word: a prohibition or an instruction not to pay ("il est interdit d'exiger des frais", "nu se percep taxe",
// "не має права брати плату", "walang salary deduction para sa processing", "移工不须缴交仲介费").
more(NEG_BEFORE, {
  en: ['no salary deduction for', 'no deduction for', 'no deductions for', 'must not pay', 'should not pay', 'never pay any', 'prohibited from charging', 'illegal to charge',
    'not allowed to charge', 'cannot charge', 'may not charge', 'forbidden to charge'],
  es: ['no debes pagar', 'no debe pagar', 'no pagues', 'no pague', 'prohibido cobrar', 'no esta permitido cobrar', 'no hay'],
  fr: ["interdit d exiger des", "interdit d exiger", 'interdit de facturer', 'interdit de demander des', 'ne payez pas de', 'ne payez aucun', 'ne payez jamais de', 'pas de frais de'],
  pt: ['nao pague', 'nao deve pagar', 'proibido cobrar', 'nao ha'],
  ro: ['nu se percep', 'nu se percepe', 'nu plati', 'nu platiti', 'nu achitati', 'interzis sa perceapa', 'nu exista'],
  ru: ['не платите', 'не имеет права брать', 'не имеет права требовать', 'не вправе брать', 'запрещено брать', 'запрещено взимать'],
  uk: ['не має права брати', 'не має права вимагати', 'не має права стягувати', 'заборонено брати', 'заборонено стягувати', 'не платіть', 'не сплачуйте'],
  id: ['tidak dibebankan', 'jangan bayar', 'jangan membayar', 'dilarang memungut', 'dilarang menarik'],
  tl: ['huwag magbayad ng', 'wag magbayad ng', 'bawal maningil ng', 'bawal ang', 'walang salary deduction para sa', 'walang deduction para sa', 'walang kaltas para sa', 'hindi magbabayad ng'],
  vi: ['không có', 'cấm thu'], zh: ['不须缴交', '不须缴纳', '无须缴交', '不必缴交', '不必缴纳', '不以任何名义收取', '不收取履约', '毋须', '不须'],
  hi: ['मत दीजिए', 'मत दें'], ne: ['नतिर्नुहोस्'], bn: ['দেবেন না'],
});
more(NEG_AFTER, {
  'bn-latn': ['nai'], ne: ['तिर्नु नपर्ने', 'तिर्नुनपर्ने', 'तिर्न नपर्ने', 'नपर्ने'], my: ['မယူပါ', 'မယူ', 'မကောက်ပါ'], es: ['no se descuenta'],
});
// Warnings quoting fees ("agencias que piden a los buscadores de empleo pagar", "التي تطلب من الباحثين عن عمل دفع رسوم").
more(NEG_PHRASES, {
  ar: ['تطلب من الباحثين', 'التي تطلب', 'الذين يطلبون', 'تطالب الباحثين'], fr: ['demandent un virement', 'frauduleuses', 'frauduleux'], en: ['that need a deposit'],
});
// The embassy or consulate takes the fee ("ভিসা ফি দূতাবাসে সরাসরি", "भिसा शुल्क दूतावासमै सिधै"): an official fee.
more(OFFICIAL, {
  en: ['embassy', 'consulate'], es: ['embajada'], fr: ['ambassade'], pt: ['embaixada'], ar: ['السفاره', 'سفاره'], ru: ['посольств*'], uk: ['посольств*'], ro: ['ambasada'],
  id: ['kedutaan'], tl: ['embahada'], ne: ['दूतावास*'], hi: ['दूतावास*'], bn: ['দূতাবাস*'], vi: ['đại sứ quán', 'đúng quy định', 'quy định pháp luật'],
  th: ['ทางการกำหนด', 'ตามประกาศ'], my: ['သံရုံး'], km: ['ស្ថានទូត'], zh: ['大使馆'], am: ['ኤምባሲ'],
});
more(CAP, { bn: ['বেশি নয়', 'এর বেশি নয়'], ne: ['भन्दा बढी छैन'], hi: ['से अधिक नहीं', 'से ज्यादा नहीं'], en: ['not exceeding'] });
