/**
 * "No fee" and "the employer pays" forms added idea by idea, appended to the lists of
 * fee-negators.ts when this module loads, and the official-fee and legal-cap words. Data only.
 */
import { NEG_PHRASES, NEG_ALONE, NEG_BEFORE, NEG_AFTER, NEG_EITHER } from './fee-negators';
import { more, type Lex } from './fee-words';
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
