/**
 * Fees charged to workers (ILO General principles and operational guidelines for fair recruitment;
 * Definition of recruitment fees and related costs, 2019). Data only, per language (BCP 47; "-latn"
 * romanised). Matched on folded text (text.ts `prep`): accents optional, Arabic variants and ё
 * folded; a trailing "*" marks a stem ("оплат*"); a space also matches a hyphen or apostrophe.
 */
import type { FeeKind } from './fees';

export type Lex = Record<string, string[]>;

/** Nouns for a fee or cost in general ("fee", "frais", "biaya", "费用"). */
export const FEE_NOUNS: Lex = {
  en: ['fee', 'fees', 'charge', 'charges', 'cost', 'costs', 'expense', 'expenses', 'payment for'],
  es: ['tarifa', 'tarifas', 'cuota', 'cuotas', 'cobro', 'costo', 'costos', 'coste', 'costes', 'gastos', 'honorarios'], fr: ['frais', 'cout', 'couts', 'cotisation', 'tarif'],
  pt: ['taxa', 'taxas', 'custo', 'custos', 'despesas', 'tarifa'], ar: ['رسوم', 'رسم', 'تكلفة', 'تكاليف', 'مصاريف', 'اتعاب'],
  ru: ['плата', 'платы', 'плату', 'оплат*', 'взнос*', 'сбор', 'сбора', 'стоимост*', 'расход*', 'комисси*'],
  uk: ['плата', 'плату', 'оплат*', 'внесок', 'внески', 'збір', 'вартіст*', 'витрат*', 'комісі*'],
  ro: ['taxa', 'taxe', 'taxă', 'cost', 'costuri', 'plata', 'plată', 'comision', 'cheltuieli'], id: ['biaya', 'ongkos', 'pungutan', 'iuran'],
  tl: ['bayad', 'bayarin', 'singil', 'babayaran', 'gastos'], ne: ['शुल्क', 'दस्तुर', 'खर्च'], 'ne-latn': ['shulka', 'shulk', 'dastur', 'kharcha'],
  hi: ['शुल्क', 'फीस', 'खर्च', 'खर्चा'], 'hi-latn': ['kharcha', 'kharch'], bn: ['ফি', 'ফী', 'খরচ', 'চার্জ'], vi: ['phí', 'lệ phí', 'chi phí'],
  th: ['ค่าธรรมเนียม', 'ค่าใช้จ่าย'], my: ['အခကြေးငွေ', 'ကြေးငွေ', 'ကုန်ကျစရိတ်'], km: ['ថ្លៃ', 'តម្លៃ', 'ការចំណាយ'], zh: ['费', '费用', '費用', '收费', '收費'], am: ['ክፍያ', 'ወጪ'],
};

/** Nouns that name what is paid for. Words of `STRONG_KINDS` are charges by themselves ("security deposit"), except the `WEAK` ones (fee-ordinary.ts). */
export const KIND_WORDS: Record<FeeKind, Lex> = {
  recruitment: {
    en: ['recruitment', 'agency fee', 'agent fee', 'broker fee', 'service charge', 'service fee', 'recruitment fee', 'job fee'],
    es: ['reclutamiento', 'comision de agencia'], fr: ['recrutement', 'frais d agence'], pt: ['recrutamento', 'agenciamento', 'taxa de agencia', 'taxa de intermediacao'],
    ar: ['استقدام', 'توظيف'], ru: ['трудоустройств*', 'посредничеств*', 'за устройство', 'устройство на работу'], uk: ['працевлаштуванн*'], ro: ['recrutare', 'intermediere'],
    id: ['rekrutmen', 'perekrutan', 'biaya sponsor', 'biaya agen'], tl: ['recruitment', 'agency fee'],
    ne: ['म्यानपावर', 'सेवा शुल्क'], 'ne-latn': ['manpower', 'sewa shulka', 'sewa shulk', 'sewa sulka'], hi: ['भर्ती', 'एजेंट', 'दलाल'], 'hi-latn': ['bharti', 'dalal'],
    bn: ['নিয়োগ', 'দালাল'], vi: ['môi giới', 'tuyển dụng', 'phí dịch vụ'], th: ['ค่านายหน้า', 'ค่าหัว', 'นายหน้า', 'จัดหางาน'],
    my: ['အေဂျင်စီ', 'ပွဲစား', 'ဝန်ဆောင်ခ'], km: ['ភ្នាក់ងារ', 'ថ្លៃសេវា'], zh: ['中介费', '介绍费', '服务费', '中介', '仲介费', '仲介', '经纪费', '人头费'], am: ['ኤጀንሲ', 'ደላላ'],
  },
  registration: {
    en: ['registration', 'application fee', 'enrolment', 'enrollment', 'sign up fee'], es: ['inscripcion', 'registro', 'matricula'],
    fr: ['inscription'], pt: ['inscricao', 'cadastro'], ar: ['تسجيل', 'التسجيل'], ru: ['регистрац*'], uk: ['реєстрац*'],
    ro: ['inregistrare', 'inscriere'], id: ['pendaftaran', 'registrasi'], tl: ['registration', 'pagpaparehistro'],
    ne: ['दर्ता'], 'ne-latn': ['darta'], hi: ['पंजीकरण', 'रजिस्ट्रेशन'], bn: ['নিবন্ধন', 'রেজিস্ট্রেশন'], vi: ['đăng ký', 'đăng kí'],
    th: ['ค่าสมัคร', 'ลงทะเบียน'], my: ['မှတ်ပုံတင်'], km: ['ចុះឈ្មោះ'], zh: ['报名费', '报名', '注册', '登记', '報名'], am: ['ምዝገባ'],
  },
  processing: {
    en: ['processing', 'handling'], es: ['tramite', 'tramites', 'tramitacion', 'gestion', 'procesamiento'],
    fr: ['traitement', 'frais de dossier', 'dossier'], pt: ['processamento'], ar: ['معالجة', 'تخليص', 'اجراءات'],
    ru: ['оформлени*', 'обработк*'], uk: ['оформленн*'], ro: ['procesare', 'dosar', 'intocmire'], id: ['pengurusan', 'proses'],
    tl: ['processing', 'proseso', 'pagproseso'], ne: ['प्रशोधन', 'प्रक्रिया'], hi: ['प्रोसेसिंग'], 'hi-latn': ['processing'],
    bn: ['প্রসেসিং', 'প্রক্রিয়াকরণ'], vi: ['xử lý', 'làm hồ sơ', 'thủ tục', 'hồ sơ'], th: ['ค่าดำเนินการ', 'ดำเนินการ'],
    my: ['လုပ်ငန်းစဉ်'], km: ['ដំណើរការ'], zh: ['手续费', '手續費', '手续', '办理'], am: ['ሂደት'],
  },
  medical: {
    en: ['medical', 'medicals', 'medical exam', 'medical examination', 'medical check', 'medical check up', 'medical checkup', 'health check', 'health checkup', 'gamca', 'wafid'],
    es: ['examen medico', 'reconocimiento medico', 'medico'], fr: ['visite medicale', 'examen medical', 'medical'], pt: ['exame medico', 'medico'],
    ar: ['فحص طبي', 'الفحص الطبي', 'فحوصات', 'الكشف الطبي'], ru: ['медосмотр*', 'медкомисси*', 'медицинск*', 'медкнижк*'],
    uk: ['медогляд*', 'медичн*'], ro: ['analize medicale', 'control medical', 'medical'], id: ['medical check up', 'pemeriksaan kesehatan', 'cek kesehatan', 'medikal'],
    tl: ['medikal'], ne: ['मेडिकल', 'स्वास्थ्य परीक्षण'], hi: ['मेडिकल', 'स्वास्थ्य जांच'], bn: ['মেডিকেল', 'স্বাস্থ্য পরীক্ষা'],
    vi: ['khám sức khỏe', 'khám sức khoẻ'], th: ['ค่าตรวจสุขภาพ', 'ตรวจสุขภาพ', 'ตรวจโรค'], my: ['ဆေးစစ်'], km: ['ពិនិត្យសុខភាព'],
    zh: ['体检费', '体检', '體檢'], am: ['የሕክምና ምርመራ', 'የጤና ምርመራ', 'ሕክምና'],
  },
  training: {
    en: ['training', 'training course', 'orientation', 'seminar', 'tuition'], es: ['capacitacion', 'curso', 'formacion', 'entrenamiento'],
    fr: ['formation', 'cours'], pt: ['treinamento', 'curso', 'capacitacao', 'formacao'], ar: ['تدريب', 'التدريب', 'دورة'],
    ru: ['обучени*', 'курсы', 'стажировк*'], uk: ['навчанн*', 'курси'], ro: ['instruire', 'curs', 'cursuri', 'formare'],
    id: ['pelatihan', 'kursus', 'diklat'], tl: ['pagsasanay'], ne: ['तालिम'], 'ne-latn': ['talim'], hi: ['प्रशिक्षण', 'ट्रेनिंग'],
    bn: ['প্রশিক্ষণ', 'ট্রেনিং'], vi: ['đào tạo', 'học phí', 'khóa học'], th: ['ค่าอบรม', 'ฝึกอบรม', 'อบรม'], my: ['သင်တန်း'],
    km: ['វគ្គបណ្តុះបណ្តាល', 'បណ្តុះបណ្តាល'], zh: ['培训费', '培训', '培訓'], am: ['ስልጠና'],
  },
  visa: {
    en: ['visa', 'visas', 'work visa', 'work permit', 'visa stamping', 'iqama', 'visa processing', 'visa support'], es: ['visado', 'permiso de trabajo'],
    fr: ['permis de travail'], pt: ['visto', 'autorizacao de trabalho'], ar: ['تاشيرة', 'فيزا', 'اقامة', 'الاقامة', 'تصريح عمل'],
    ru: ['виза', 'визу', 'визы', 'визе', 'визой', 'визов*', 'разрешени* на работу', 'патент*', 'визовая поддержка', 'визовую поддержку'], uk: ['віза', 'візу', 'візи', 'візою', 'візов*', 'дозвіл на роботу', 'візова підтримка', 'візову підтримку'],
    ro: ['viza', 'permis de munca'], id: ['izin kerja', 'kitas'], ne: ['भिसा', 'श्रम स्वीकृति', 'लेबर स्वीकृति'], 'ne-latn': ['bhisa'],
    hi: ['वीजा', 'वीज़ा'], bn: ['ভিসা'], vi: ['thị thực'], th: ['ค่าวีซ่า', 'วีซ่า', 'ใบอนุญาตทำงาน', 'เวิร์คเพอร์มิต'], my: ['ဗီဇာ'],
    km: ['ទិដ្ឋាការ', 'វីសា'], zh: ['签证费', '签证', '簽證', '工作准证', '工签'], am: ['ቪዛ'],
  },
  ticket: {
    en: ['ticket', 'tickets', 'air ticket', 'air tickets', 'airfare', 'air fare', 'flight', 'flights', 'plane ticket', 'airline ticket', 'air travel'],
    es: ['boleto', 'boletos', 'pasaje', 'pasajes', 'billete', 'vuelo', 'tiquete', 'tiquetes'], fr: ['billet', 'billets', 'billet d avion', 'vol'],
    pt: ['passagem', 'passagens', 'bilhete', 'voo'], ar: ['تذكرة', 'تذاكر', 'الطيران'], ru: ['билет*', 'авиабилет*', 'перелет*', 'проезд*', 'дорога', 'дорогу'],
    uk: ['квиток', 'квитк*', 'переліт', 'проїзд*', 'дорога', 'дорогу'], ro: ['bilet', 'bilet de avion', 'transport', 'zbor'],
    id: ['tiket', 'tiket pesawat', 'ongkos pesawat'], tl: ['tiket', 'pamasahe'], ne: ['टिकट', 'हवाई टिकट'], hi: ['टिकट', 'हवाई टिकट'],
    'hi-latn': ['tikat'], bn: ['টিকিট', 'বিমান ভাড়া'], vi: ['vé máy bay'], th: ['ค่าตั๋ว', 'ตั๋วเครื่องบิน', 'ตั๋ว', 'ค่าเดินทาง'],
    my: ['လေယာဉ်လက်မှတ်', 'လက်မှတ်'], km: ['សំបុត្រយន្តហោះ', 'សំបុត្រ'], zh: ['机票', '機票', '路费', '旅费'], am: ['የአውሮፕላን ትኬት', 'ትኬት', 'ቲኬት'],
  },
  deposit: {
    en: ['deposit', 'security deposit', 'advance payment', 'down payment', 'downpayment', 'upfront payment', 'guarantee money', 'caution money'],
    es: ['deposito', 'pago por adelantado', 'anticipo'], fr: ['depot', 'depot de garantie', 'acompte'], pt: ['deposito', 'caucao'],
    ar: ['عربون', 'وديعة', 'مبلغ تامين', 'دفعة مقدمة'], ru: ['залог*', 'депозит*', 'предоплат*'], uk: ['застава', 'заставу', 'депозит*', 'передоплат*'],
    ro: ['depozit', 'plata in avans'], id: ['uang jaminan', 'uang muka'], tl: ['deposito', 'paunang bayad'],
    ne: ['धरौटी', 'अग्रिम भुक्तानी'], 'ne-latn': ['dharauti'], hi: ['जमा राशि', 'डिपॉजिट', 'अग्रिम भुगतान'], bn: ['জামানত', 'অগ্রিম টাকা'],
    vi: ['đặt cọc', 'tiền cọc', 'ký quỹ', 'kí quỹ'], th: ['ค่ามัดจำ', 'มัดจำ', 'เงินประกัน', 'เงินค้ำประกัน'], my: ['စရံ', 'စရံငွေ', 'အာမခံငွေ'],
    km: ['ប្រាក់កក់'], zh: ['押金', '保证金', '保證金', '定金', '訂金'], am: ['ማስያዣ', 'ቅድመ ክፍያ', 'ተቀማጭ'],
  },
  bond: {
    en: ['bond', 'security bond', 'surety bond', 'guarantee bond', 'employment bond', 'training bond', 'surety'], es: ['fianza'],
    fr: ['cautionnement'], pt: ['fianca'], ar: ['كفالة', 'ضمان مالي'], ru: ['поручительств*'], uk: ['порук*'],
    ro: ['cautiune'], id: ['ikatan dinas'], tl: ['garantiya'], ne: ['बन्ड', 'धितो'], hi: ['बॉन्ड', 'बांड', 'जमानत'],
    bn: ['বন্ড'], vi: ['thế chân', 'bảo lãnh'], th: ['ค้ำประกัน'], zh: ['担保金', '擔保'],
  },
  document: {
    en: ['documents', 'documentation', 'paperwork', 'passport', 'attestation', 'authentication', 'police clearance', 'nbi clearance', 'red ribbon'],
    es: ['documentos', 'documentacion', 'papeles', 'pasaporte', 'apostilla'], fr: ['documents', 'papiers', 'passeport'],
    pt: ['documentos', 'documentacao', 'passaporte'], ar: ['وثائق', 'مستندات', 'اوراق', 'جواز السفر', 'جواز', 'تصديق'],
    ru: ['документ*', 'паспорт*'], uk: ['документ*', 'паспорт*'], ro: ['acte', 'documente', 'pasaport'], id: ['dokumen', 'paspor', 'legalisasi'],
    tl: ['dokumento', 'papeles', 'pasaporte'], ne: ['कागजात', 'राहदानी', 'पासपोर्ट'], 'ne-latn': ['kagajat'], hi: ['दस्तावेज़', 'दस्तावेज', 'कागजात', 'पासपोर्ट'],
    bn: ['কাগজপত্র', 'ডকুমেন্ট', 'পাসপোর্ট'], vi: ['giấy tờ', 'hộ chiếu'], th: ['ค่าเอกสาร', 'เอกสาร', 'หนังสือเดินทาง', 'พาสปอร์ต'],
    my: ['စာရွက်စာတမ်း', 'ပတ်စပို့'], km: ['ឯកសារ', 'លិខិតឆ្លងដែន'], zh: ['办证费', '证件', '文件', '护照', '護照', '办证'], am: ['ሰነድ', 'ፓስፖርት'],
  },
  insurance: {
    en: ['insurance', 'medical insurance', 'health insurance', 'life insurance'], es: ['seguro', 'seguro medico'], fr: ['assurance'], pt: ['seguro'],
    ar: ['تامين', 'تامين صحي', 'التامين'], ru: ['страховк*', 'страховани*'], uk: ['страхуванн*', 'страховк*'], ro: ['asigurare', 'asigurare medicala'],
    id: ['asuransi', 'bpjs'], tl: ['seguro'], ne: ['बीमा'], 'ne-latn': ['bima'], hi: ['बीमा'], bn: ['বীমা'], vi: ['bảo hiểm'],
    th: ['ประกันภัย', 'ประกันสังคม', 'ประกัน'], my: ['အာမခံ'], km: ['ធានារ៉ាប់រង'], zh: ['保险', '保險'], am: ['ኢንሹራንስ', 'መድን'],
  },
  placement: { en: ['placement', 'placement fee'], es: ['colocacion'], pt: ['colocacao'], id: ['penempatan', 'biaya penempatan'] },
  other: {},
};
export const STRONG_KINDS = new Set<FeeKind>(['deposit', 'bond']);

/** The worker is told to pay, whatever the fee ("you must pay", "at your own expense"): a charge even with no fee word. */
export const CHARGE_ALONE: Lex = {
  en: ['worker pays all', 'workers pay all', 'applicant pays all', 'applicants pay all', 'candidate pays all', 'candidates pay all', 'you pay all', 'you must pay', 'you need to pay', 'you have to pay', 'you will pay', 'you will have to pay', 'you are required to pay', 'applicants must pay',
    'applicant must pay', 'candidates must pay', 'must be paid before', 'pay in advance', 'pay upfront', 'pay first', 'send money', 'transfer the fee',
    'at your own expense', 'at your own cost', 'at own expense', 'at own cost', 'at your expense', 'self funded', 'self sponsored', 'self paid'],
  es: ['debe pagar', 'debera pagar', 'tienes que pagar', 'tiene que pagar', 'hay que pagar', 'debes pagar', 'pagar por adelantado', 'por su cuenta', 'por tu cuenta'],
  fr: ['candidat prend en charge', 'travailleur prend en charge', 'vous devez payer', 'vous devrez payer', 'il faut payer', 'a vos frais', 'a votre charge', 'a la charge du candidat', 'payer d avance'],
  pt: ['deve pagar', 'tem que pagar', 'tem de pagar', 'tera que pagar', 'precisa pagar', 'por sua conta', 'pagamento antecipado'],
  ar: ['يجب دفع', 'يجب عليك دفع', 'عليك دفع', 'عليك ان تدفع', 'يدفع المتقدم', 'على نفقتك', 'على حسابك', 'على حساب العامل', 'على نفقة العامل', 'ادفع مقدما', 'دفع مقدم'],
  ru: ['нужно оплатить', 'необходимо оплатить', 'надо оплатить', 'нужно заплатить', 'необходимо заплатить', 'надо заплатить', 'нужно внести',
    'необходимо внести', 'за свой счет', 'за ваш счет', 'за счет работника', 'за счет кандидата', 'оплачивается кандидатом', 'оплачивается работником', 'сами покупаете', 'покупаете сами', 'за свои деньги'],
  uk: ['потрібно сплатити', 'потрібно оплатити', 'треба заплатити', 'необхідно сплатити', 'необхідно оплатити', 'за власний рахунок', 'за свій рахунок', 'за рахунок працівника'],
  ro: ['trebuie sa platiti', 'trebuie sa platesti', 'trebuie achitat', 'trebuie achitata', 'pe cheltuiala proprie', 'pe cheltuiala dumneavoastra', 'platit de candidat', 'suportat de candidat'],
  id: ['pekerja menanggung', 'pelamar menanggung', 'calon pekerja menanggung', 'harus membayar', 'wajib membayar', 'harus bayar', 'wajib bayar', 'bayar sendiri', 'biaya sendiri', 'biaya pribadi', 'ditanggung pekerja', 'ditanggung pelamar',
    'ditanggung calon', 'bayar di muka', 'transfer dulu'],
  tl: ['kailangang magbayad', 'kailangan magbayad', 'dapat magbayad', 'magbabayad ka', 'babayaran mo', 'sagot mo', 'sagot ng aplikante', 'sariling gastos', 'sariling bulsa', 'magbayad muna'],
  ne: ['तिर्नुपर्ने', 'तिर्नु पर्ने', 'तिर्नुपर्छ', 'तिर्नु पर्छ', 'बुझाउनुपर्ने', 'बुझाउनु पर्ने', 'बुझाउनुपर्छ', 'आफैं तिर्नु', 'आफै तिर्नु'],
  'ne-latn': ['tirnu parne', 'tirnu parchha', 'tirnu parcha', 'bujhaunu parne', 'aafai tirnu'],
  hi: ['देना होगा', 'देने होंगे', 'देना पड़ेगा', 'भुगतान करना होगा', 'जमा करना होगा', 'खुद देना', 'अपने खर्च पर'],
  'hi-latn': ['dena hoga', 'dene honge', 'dena padega', 'jama karna hoga', 'pay karna hoga', 'apne kharche par'],
  bn: ['দিতে হবে', 'জমা দিতে হবে', 'পরিশোধ করতে হবে', 'নিজ খরচে', 'নিজের খরচে'],
  vi: ['người lao động chi trả', 'người lao động tự chi trả', 'phải đóng', 'phải nộp', 'phải trả', 'phải thanh toán', 'tự túc', 'tự chi trả', 'tự trả', 'đóng trước', 'nộp trước', 'chuyển khoản trước'],
  th: ['ต้องจ่าย', 'ต้องชำระ', 'จ่ายเอง', 'ออกเอง', 'ผู้สมัครจ่ายเอง', 'ต้องโอน', 'โอนก่อน'], my: ['ပေးရမည်', 'ပေးဆောင်ရမည်', 'ကိုယ်တိုင်ကျခံ', 'ပေးရပါမည်'],
  km: ['ត្រូវបង់', 'ត្រូវបង់ប្រាក់', 'បង់ខ្លួនឯង'], zh: ['需缴纳', '需交', '须缴纳', '要交', '需支付', '须支付', '需要支付', '自费', '自理', '先交', '预付', '預付', '自付'],
  am: ['መክፈል አለብዎት', 'መክፈል አለበት', 'መክፈል ይጠበቅብዎታል', 'በራስዎ ወጪ', 'ማስገባት ያስፈልጋል', 'ማስገባት አለብዎት', 'ማስገባት አለበት'],
};

/** Said of a fee, puts it on the worker ("paid by applicant", "deducted from salary", "refundable"); alone it is not a fee. */
export const CHARGE_TIED: Lex = {
  en: ['paid by applicant', 'paid by the applicant', 'paid by candidate', 'paid by the candidate', 'paid by worker', 'paid by the worker', 'paid by employee',
    'to be paid by the applicant', 'to be paid by applicant', 'to be paid by the worker', 'to be paid by the candidate', 'shouldered by applicant', 'shouldered by the applicant', 'borne by the applicant', 'borne by the worker', 'applicant will shoulder',
    'deducted from salary', 'deducted from your salary', 'deducted from wages', 'deducted from the salary', 'salary deduction', 'salary deductions',
    'will be deducted', 'deducted monthly', 'charged to the worker', 'charged to applicant', 'refundable', 'non refundable', 'nonrefundable',
    'not included', 'not provided', 'not covered', 'not free', 'not sponsored', 'not reimbursed', 'by self', 'by yourself', 'self pay'],
  es: ['pagado por el trabajador', 'a cargo del trabajador', 'a cargo del candidato', 'por cuenta del trabajador', 'descontado del salario', 'descontado del sueldo', 'se descuenta', 'reembolsable'],
  fr: ['a la charge du travailleur', 'paye par le candidat', 'retenu sur le salaire', 'retenue sur salaire', 'deduit du salaire', 'remboursable'],
  pt: ['pago pelo candidato', 'por conta do candidato', 'por conta do trabalhador', 'descontado do salario', 'reembolsavel'],
  ar: ['يدفعها العامل', 'يتحملها العامل', 'يخصم من الراتب', 'تخصم من الراتب', 'خصم من الراتب', 'مسترد', 'قابل للاسترداد'],
  ru: ['вычитается из заработка', 'вычитаем из зарплаты', 'вычитается из зарплаты', 'удерживается из зарплаты', 'вычитают из зарплаты', 'из зарплаты', 'возвратн*', 'не возвращается'],
  uk: ['вираховується з заробітку', 'вираховується із заробітку', 'вираховується з зарплати', 'вираховуємо', 'утримується із зарплати', 'утримується з зарплати', 'із зарплати', 'з зарплати'],
  ro: ['retinut din salariu', 'se retine din salariu', 'scazut din salariu', 'returnabil', 'nereturnabil'],
  id: ['potong gaji', 'dipotong dari gaji', 'potongan gaji', 'dipotong gaji', 'dikembalikan'], tl: ['kaltas sa sahod', 'ikakaltas sa sahod', 'kakaltasin', 'salary deduction'],
  ne: ['तलबबाट कट्टा', 'तलबबाट काटिने'], 'ne-latn': ['talab bata katti', 'talab bata katne'],
  hi: ['वेतन से काटा', 'सैलरी से कटेगा'], 'hi-latn': ['salary se katega', 'salary se kaatenge', 'tankhwah se'],
  bn: ['বেতন থেকে কাটা', 'বেতন থেকে কেটে'], vi: ['trừ vào lương', 'trừ lương', 'khấu trừ', 'hoàn lại'],
  th: ['หักจากเงินเดือน', 'หักเงินเดือน', 'คืนให้'], my: ['လစာမှဖြတ်'], km: ['កាត់ពីប្រាក់ខែ'], zh: ['从工资中扣除', '工资扣除', '从工资扣', '工资中扣', '可退还'], am: ['ከደሞዝ ይቀነሳል', 'ከደመወዝ'],
};

/** "Pay": puts a following cost on the worker only with an amount or "for" between ("pay 300 USD for visa"; not "good pay and visa"). */
export const CHARGE_VERB: Lex = {
  en: ['pay', 'paying'], es: ['pagar', 'pague'], fr: ['payer', 'payez'], pt: ['pagar', 'pague'], ar: ['دفع', 'ادفع'], ru: ['оплатить', 'заплатить', 'внести'],
  uk: ['сплатити', 'оплатити', 'заплатити'], ro: ['platiti', 'achitati', 'plati'], id: ['bayar', 'membayar'], tl: ['magbayad', 'bayaran'], ne: ['तिर्नु'],
  'ne-latn': ['tirnu'], hi: ['भुगतान', 'देना'], 'hi-latn': ['dena', 'bharna'], bn: ['পরিশোধ'], vi: ['nộp', 'đóng'], th: ['จ่าย', 'ชำระ'], zh: ['缴纳', '支付', '交纳'], am: ['መክፈል'],
};
/** What may stand between a "pay" verb and the cost it pays for, besides an amount. */
export const VERB_GAP = ['for', 'para', 'pour', 'untuk', 'sa', 'cho', 'за', 'pentru', 'के लिए', 'को', 'the', 'your', 'a', 'an', 'ang', 'la', 'el', 'le', 'de', 'o', 'a', 'ng', 'na',
  'mo', 'nyo', 'niyo', 'yung', 'ung', 'small', 'initial', 'first', 'pequeno', 'premier', 'primer', 'primeiro', 'mic'];

/** "Make a deposit", "harus deposit dulu": verbs that put only a deposit or bond on the worker ("kailangan ng passport" is a requirement, not a fee). */
export const DEPOSIT_VERB: Lex = {
  en: ['make a', 'make an', 'send a', 'need a', 'needs a', 'requires a', 'require a'], es: ['se hace un', 'hacer un', 'realizar un', 'dejar un'], fr: ['faire un', 'effectuer un', 'verser un'],
  pt: ['fazer um', 'fazer o'], ro: ['se face un', 'faci un', 'trebuie sa faci un'], id: ['harus', 'wajib', 'perlu'], tl: ['kailangan ng', 'kailangang'],
};

/** Words allowed between fee words of one statement ("visa and ticket", "fee for the visa", "रुसको भिसा"). */
export const CONNECTORS = [
  'and', 'or', 'y', 'o', 'e', 'et', 'ou', 'dan', 'atau', 'at', 'va', 'hoac', 'и', 'или', 'і', 'або', 'si', 'sau', 'और', 'या', 'र', 'वा', 'ও', 'বা', 'และ', 'หรือ',
  '和', '及', '或', '与', 'እና', 'of', 'for', 'the', 'de', 'del', 'la', 'le', 'les', 'des', 'da', 'do', 'du', 'para', 'pour', 'por', 'na', 'ng', 'untuk', 'cho', 'sa',
  'any', 'all', 'hidden', 'your', 'upfront', 'extra', 'other', 'additional', 'such', 'as', 'well', 'including', 'incl', 'etc', 'за', 'на', 'для', 'pentru', 'buat',
  'को', 'का', 'के', 'की', 'लागि', 'लिए', 'এর', 'জন্য', 'lam', 'cua', 'ค่า', '的', 'የ', 'و', 'وال', 'ال', 'لل', 'بال', 'is', 'are', 'will', 'be', 'also', 'a', 'an', 'اي', 'apapun', 'semua', 'любую', 'любые', 'будь-яку', 'ና', 'kunai', 'कुनै', 'ya', 'aur', 'kisi', 'bhi', 'tiền', 'hay',
  'es', 'son', 'est', 'sont', 'e', 'sao', 'ay', 'el', 'los', 'las', 'un', 'una', 'une', 'um', 'uma', 'os', 'as', 'adalah', 'la', 'sera', 'seront', 'sont', 'este', 'sunt', 'это', 'є', 'hai', 'है', 'हुन्छ',
];

/** Adds a language's words to a list (the additions below are grouped by idea, not by list). */
export function more(lex: Lex, add: Lex): void {
  for (const [lang, words] of Object.entries(add)) (lex[lang] ??= []).push(...words);
}
