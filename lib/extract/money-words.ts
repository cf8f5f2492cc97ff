/**
 * Word lists for reading pay: periods, pay words, multipliers, units. Data only; matched on folded
 * text (see text.ts `prep`), so accents and Arabic letter variants may be written either way.
 */
export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year' | 'once';

/** "/x" is also accepted as "/ x". */
const slash = (...units: string[]) => units.flatMap((u) => [`/${u}`, `/ ${u}`]);

/** Period phrases that follow an amount ("$25/hr", "kada buwan", "每月"). */
export const PERIOD_AFTER: Record<PayPeriod, string[]> = {
  hour: [
    ...slash('h', 'hr', 'hrs', 'hour', 'hora', 'heure', 'ora', 'час', 'jam', 'oras', 'giờ', 'gio', 'ชั่วโมง', '小时', '时', 'ساعة', 'ម៉ោង', 'std'),
    'per hour', 'per hr', 'an hour', 'a hour', 'hourly', 'each hour', 'every hour', 'p/h', 'por hora', 'la hora', 'a la hora',
    "de l'heure", "a l'heure", 'par heure', 'pe ora', 'la ora', 'в час', 'за час', 'за годину', 'на годину', 'per jam', 'sejam',
    'kada oras', 'bawat oras', 'isang oras', 'प्रति घंटा', 'प्रति घण्टा', 'घण्टाको', 'प्रति घंटे', 'প্রতি ঘণ্টা', 'ঘণ্টায়', 'mỗi giờ',
    'một giờ', 'moi gio', 'ต่อชั่วโมง', '每小时', '每小時', 'في الساعة', 'بالساعة', 'للساعة', 'በሰዓት', 'တစ်နာရီ', 'ក្នុងមួយម៉ោង', 'pro stunde',
  ],
  day: [
    ...slash('d', 'day', 'dia', 'día', 'jour', 'zi', 'день', 'hari', 'araw', 'ngày', 'ngay', 'วัน', '天', '日', 'يوم', 'ថ្ងៃ', 'shift'),
    'per day', 'a day', 'each day', 'every day', 'daily', 'per diem', 'por dia', 'por día', 'al dia', 'al día', 'diario', 'diarios',
    'par jour', 'la journee', 'par journee', 'pe zi', 'в день', 'за день', 'в сутки', 'за сутки', 'за смену', 'на день', 'на добу',
    'за зміну', 'per hari', 'sehari', 'perhari', 'kada araw', 'bawat araw', 'isang araw', 'arawan', 'प्रति दिन', 'प्रतिदिन', 'दैनिक',
    'রোজ', 'প্রতিদিন', 'দৈনিক', 'mỗi ngày', 'một ngày', 'moi ngay', 'mot ngay', 'ต่อวัน', '每天', '每日', '一天', 'يوميا', 'يومي',
    'في اليوم', 'باليوم', 'لليوم', 'በቀን', 'တစ်ရက်', 'ក្នុងមួយថ្ងៃ', 'pro tag', 'per shift',
  ],
  week: [
    ...slash('week', 'wk', 'semana', 'semaine', 'неделю', 'тиждень', 'minggu', 'tuần', 'tuan', 'สัปดาห์', '周'),
    'per week', 'a week', 'weekly', 'each week', 'every week', 'semanal', 'por semana', 'a la semana', 'par semaine', 'hebdomadaire',
    'pe saptamana', 'в неделю', 'за неделю', 'на тиждень', 'в тиждень', 'per minggu', 'seminggu', 'mingguan', 'kada linggo',
    'bawat linggo', 'lingguhan', 'प्रति हप्ता', 'साप्ताहिक', 'प्रति सप्ताह', 'সাপ্তাহিক', 'প্রতি সপ্তাহে', 'mỗi tuần', 'moi tuan',
    'ต่อสัปดาห์', '每周', '每星期', 'اسبوعيا', 'في الاسبوع', 'በሳምንት',
  ],
  month: [
    ...slash('month', 'mo', 'mth', 'mon', 'mes', 'mês', 'mois', 'luna', 'lună', 'мес', 'мес.', 'месяц', 'міс', 'місяць', 'bulan', 'bln',
      'buwan', 'tháng', 'thang', 'เดือน', '月', 'شهر', 'ខែ', 'monat', 'महिना', 'माह', 'মাস'),
    'per month', 'per mo', 'a month', 'each month', 'every month', 'monthly', 'p.m.', 'p.m', 'pm', 'p/m', 'pcm', 'per mensem', 'al mes',
    'por mes', 'mensual', 'mensuales', 'mensuel', 'mensuels', 'par mois', 'por mês', 'mensal', 'mensais', 'ao mês', 'pe lună', 'lunar',
    'lunari', 'в месяц', 'в мес', 'в мес.', 'за месяц', 'на месяц', 'ежемесячно', 'в місяць', 'на місяць', 'за місяць', 'щомісяця',
    'щомісячно', 'per bulan', 'sebulan', 'perbulan', 'bulanan', 'per bln', 'kada buwan', 'bawat buwan', 'isang buwan', 'buwan buwan',
    'kada buan', 'buwanan', 'प्रति महिना', 'प्रति माह', 'प्रतिमाह', 'मासिक', 'महिनाको', 'हर महीने', 'प्रति महीना', 'মাসিক', 'প্রতি মাসে',
    'মাসে', 'mỗi tháng', 'một tháng', 'hàng tháng', 'moi thang', 'mot thang', 'hang thang', 'ต่อเดือน', '每月', '每个月', '一个月',
    'شهريا', 'شهري', 'في الشهر', 'بالشهر', 'للشهر', 'በወር', 'တစ်လ', 'လစဉ်', 'ក្នុងមួយខែ', 'ប្រចាំខែ', 'monatlich', 'pro monat', 'miesiecznie',
  ],
  year: [
    ...slash('year', 'yr', 'año', 'ano', 'an', 'год', 'рік', 'tahun', 'năm', 'nam', 'ปี', '年', 'سنة'),
    'per year', 'per annum', 'p.a.', 'a year', 'annually', 'yearly', 'annual', 'al año', 'por año', 'anual', 'par an', 'annuel', 'pe an',
    'в год', 'за год', 'в рік', 'на рік', 'per tahun', 'setahun', 'tahunan', 'kada taon', 'bawat taon', 'taunan', 'प्रति वर्ष', 'वार्षिक',
    'প্রতি বছর', 'বার্ষিক', 'mỗi năm', 'moi nam', 'ต่อปี', '每年', 'سنويا', 'سنوي', 'في السنة', 'በዓመት',
  ],
  once: [
    'one time', 'one-time', 'once', 'lump sum', 'per card', 'per task', 'per order', 'per referral', 'for each card', 'за карту',
    'за карточку', 'за картку', 'за заказ', 'за задание', 'за завдання', 'единоразово', 'разово', 'одноразово', 'una vez', 'pago unico',
    'une fois', 'o singura data', 'sekali', 'isang beses', 'एक पटक', 'एक बार', 'একবার', 'một lần', 'ครั้งเดียว', '一次性', 'مرة واحدة',
    'لمرة واحدة',
  ],
};

/** Period phrases that may come before the amount ("monthly salary: 25,000", "月薪8000"). */
export const PERIOD_BEFORE: Record<PayPeriod, string[]> = {
  hour: ['hourly', 'per hour', 'hourly rate', 'por hora', 'в час', 'ชั่วโมงละ', '时薪', '每小时', 'giờ công', 'በሰዓት'],
  day: ['daily', 'per day', 'daily rate', 'diario', 'в день', 'per hari', 'วันละ', '日薪', '每天', 'দৈনিক', 'يومي', 'اليومي', 'lương ngày', 'በቀን', 'በየቀኑ'],
  week: ['weekly', 'per week', 'semanal', 'в неделю', '周薪'],
  month: [
    'monthly', 'per month', 'mensual', 'mensuel', 'mensal', 'lunar', 'в месяц', 'ежемесячно', 'bulanan', 'per bulan', 'buwanang', 'buwanan',
    'mỗi tháng', 'hàng tháng', 'lương tháng', 'luong thang', 'เงินเดือน', 'เดือนละ', '月薪', '每月', '月入', 'मासिक', 'মাসিক', 'شهري', 'الشهري', 'በወር',
  ],
  year: ['annual', 'yearly', 'per year', 'per annum', 'anual', 'annuel', 'в год', '年薪'],
  once: ['one time', 'one-time', 'once', 'lump sum'],
};

/** Words for pay: a bare number right after them is an amount of money. */
export const SALARY_WORDS = [
  'salary', 'salaries', 'pay', 'paid', 'wage', 'wages', 'earn', 'earns', 'earning', 'earnings', 'income', 'compensation', 'remuneration',
  'stipend', 'allowance', 'bonus', 'take home', 'ctc', 'sueldo', 'salario', 'paga', 'pago', 'ganancia', 'ganancias', 'ganar', 'gana',
  'ingresos', 'remuneracion', 'salaire', 'paie', 'gagnez', 'gagner', 'revenu', 'salário', 'remuneração', 'ganhe', 'ganhos', 'renda',
  'salariu', 'salariul', 'salarii', 'castig', 'câștig', 'stipendio', 'gehalt', 'lohn', 'зарплат*', 'заработн* плат*', 'з/п', 'зп', 'оклад*',
  'доход*', 'заработ*', 'заробіт*', 'дохід', 'выплат*', 'gaji', 'upah', 'penghasilan', 'pendapatan', 'sahod', 'sweldo', 'suweldo',
  'sahuran', 'तलब', 'तलव', 'पारिश्रमिक', 'कमाई', 'आम्दानी', 'talab', 'वेतन', 'तनख्वाह', 'तनख़्वाह', 'सैलरी', 'पगार', 'मेहनताना', 'vetan',
  'tankhwah', 'kamai', 'বেতন', 'মজুরি', 'lương', 'thu nhập', 'mức lương', 'thưởng', 'เงินเดือน', 'ค่าแรง', 'ค่าจ้าง', 'รายได้',
  'ค่าตอบแทน', 'လစာ', 'လခ', 'ဝင်ငွေ', 'ប្រាក់ខែ', 'ប្រាក់ឈ្នួល', 'ប្រាក់ចំណូល', '工资', '工資', '薪水', '月薪', '薪资', '薪資', '底薪', '时薪',
  '日薪', '年薪', '收入', '待遇', '薪酬', '月入', 'راتب', 'الراتب', 'رواتب', 'اجر', 'الاجر', 'مرتب', 'المرتب', 'دخل', 'الدخل', 'حقوق',
  'ደሞዝ', 'ደመወዝ', '월급', '급여', '시급',
  // Money the worker is given, not asked for ("a £5,000 relocation allowance", "phụ cấp 500k", "подъёмные 20 тыс").
  'relocation allowance', 'relocation bonus', 'relocation package', 'relocation support', 'signing bonus', 'sign on bonus', 'joining bonus', 'per diem', 'reimbursement',
  'bono', 'viaticos', 'subsidio', 'prime', 'indemnite', 'allocation', 'ajuda de custo', 'auxilio', 'bonus', 'diurna', 'indemnizatie', 'подъемные', 'премия', 'премии', 'підйомні',
  'премія', 'tunjangan', 'uang saku', 'insentif', 'phụ cấp', 'trợ cấp', 'tiền thưởng', 'เบี้ยเลี้ยง', 'โบนัส', 'เงินช่วยเหลือ', '补贴', '補貼', '津贴', '津貼', '奖金', '獎金',
  'بدل سكن', 'بدل نقل', 'علاوة', 'مكافاة', 'भत्ता', 'बोनस', 'ভাতা', 'বোনাস', 'ប្រាក់ឧបត្ថម្ភ', 'ထောက်ပံ့ကြေး', 'አበል',
];

/** Charges to the worker are money too ("fee 5000", "deposit: 300"). */
const COST_WORDS = [
  'fee', 'fees', 'cost', 'costs', 'charge', 'charges', 'price', 'deposit', 'bond', 'bayad', 'bayarin', 'biaya', 'phí', 'chi phí', '费',
  '费用', 'رسوم', 'تكلفة', 'kharcha', 'kharch', 'shulka', 'shulk', 'dastur', 'खर्च', 'खर्चा', 'খরচ', 'плата', 'оплата', 'стоимость', 'взнос', 'внесок', 'शुल्क', 'फीस', 'দস্তুর', 'ফি', 'cuota', 'tarifa', 'costo',
  'frais', 'taxa', 'taxă', 'ክፍያ', 'ค่าธรรมเนียม', 'ค่าใช้จ่าย', 'မှတ်ပုံတင်ကြေး', 'ថ្លៃ',
];

/** Words that make a bare number right after them an amount of money. */
export const PAY_WORDS = [...SALARY_WORDS, ...COST_WORDS];

/** Number multipliers written after the digits. `self`: the word alone says "money" (nobody counts people in juta). */
export const MULTIPLIERS: { words: string[]; factor: number; currency?: string; self?: boolean }[] = [
  { words: ['k', 'thousand', 'mil', 'mille', 'тыс', 'тыс.', 'тысяч', 'тысячи', 'тис', 'тис.', 'тисяч', 'тисячі', 'ألف', 'الف', 'آلاف', 'هزار', 'हजार', 'हज़ार', 'হাজার', 'hajar', 'hazar', 'hazaar', 'hajaar', 'hazār', 'พัน', 'ሺህ', 'ሺ', 'ពាន់', 'libo', '千'], factor: 1e3 },
  { words: ['rb', 'ribu', 'rebu'], factor: 1e3, currency: 'IDR' },
  { words: ['nghìn', 'ngàn', 'nghin', 'ngan'], factor: 1e3, currency: 'VND' },
  { words: ['jt', 'juta'], factor: 1e6, currency: 'IDR', self: true },
  { words: ['tr', 'triệu', 'trieu'], factor: 1e6, currency: 'VND', self: true },
  { words: ['万', '萬'], factor: 1e4, self: true },
  { words: ['หมื่น', 'ម៉ឺន'], factor: 1e4 },
  { words: ['သောင်း'], factor: 1e4, currency: 'MMK', self: true },
  { words: ['lakh', 'lakhs', 'lac', 'lacs', 'लाख', 'লাখ', 'লক্ষ', 'แสน'], factor: 1e5, self: true },
  { words: ['သိန်း'], factor: 1e5, currency: 'MMK', self: true },
  { words: ['crore', 'crores', 'करोड़', 'करोड', 'কোটি'], factor: 1e7, self: true },
  { words: ['million', 'millions', 'mio', 'mln', 'mn', 'млн', 'millones', 'millon', 'milhoes', 'milhao', 'milioane', 'milion', 'ล้าน', 'លាន'], factor: 1e6 },
];

/** Words after a bare number that say it counts something other than money. */
export const UNIT_WORDS = [
  '%', 'years', 'year', 'yrs', 'yr', 'y/o', 'yo', 'years old', 'months', 'hours', 'hrs', 'h', 'days', 'weeks', 'kg', 'kgs', 'cm', 'km',
  'm2', 'sqm', 'ft', 'people', 'persons', 'pax', 'workers', 'staff', 'positions', 'vacancies', 'slots', 'pcs', 'am', 'tahun', 'jam',
  'hari', 'orang', 'bulan', 'años', 'horas', 'días', 'dias', 'personas', 'meses', 'ans', 'heures', 'jours', 'anos', 'лет', 'года', 'год',
  'часов', 'часа', 'дней', 'дня', 'человек', 'месяцев', 'років', 'роки', 'годин', 'днів', 'ani', 'ore', 'zile', 'luni', 'taon', 'oras',
  'araw', 'katao', 'buwan', 'वर्ष', 'साल', 'घण्टा', 'घंटे', 'दिन', 'जना', 'महिना', 'বছর', 'ঘণ্টা', 'দিন', 'জন', 'tuổi', 'năm', 'giờ',
  'ngày', 'người', 'tháng', 'ปี', 'ชั่วโมง', 'วัน', 'คน', 'เดือน', '岁', '年', '小时', '天', '人', '个月', '名', 'سنة', 'سنوات', 'ساعة',
  'ساعات', 'يوم', 'ايام', 'شخص', 'عامل', 'ዓመት', 'ሰዓት', 'ቀን',
];

/** Words allowed between a pay word and its amount, or an amount and its period ("salary: from 25,000", "€1.200 netto al mes"). */
export const FILLERS = new Set([
  'of', 'is', 'are', 'from', 'starting', 'starts', 'start', 'at', 'up', 'to', 'upto', 'around', 'about', 'approx', 'approximately', 'range',
  'basic', 'base', 'net', 'nett', 'gross', 'min', 'max', 'minimum', 'maximum', 'monthly', 'weekly', 'daily', 'hourly', 'yearly', 'annual',
  'a', 'an', 'the', 'will', 'be', 'you', 'can', 'get', 'offered', 'expected', 'rate', 'only', 'just', 'package', 'per', 'month', 'hour', 'day',
  'week', 'year', 'plus', 'de', 'desde', 'hasta', 'entre', 'neto', 'bruto', 'netto', 'brutto', 'es', 'un', 'una', 'el', 'la', 'le',
  'aproximadamente', 'partir', 'jusqu', 'brut', 'environ', 'est', 'ate', 'liquido', 'cerca', 'pana', 'intre', 'este', 'от', 'до', 'в',
  'размер', 'составляет', 'около', 'примерно', 'на', 'руки', 'від', 'складає', 'mulai', 'dari', 'sampai', 'hingga', 'sekitar', 'pokok',
  'bersih', 'antara', 'sebesar', 'adalah', 'ng', 'na', 'ay', 'mula', 'hanggang', 'nasa', 'umaabot', 'sa', 'देखि', 'सम्म', 'प्रति', 'लगभग',
  'से', 'तक', 'থেকে', 'পর্যন্ত', 'প্রায়', 'tu', 'den', 'khoang', 'co', 'ban', 'la', 'len', 'toi', 'เริ่มต้น', 'ตั้งแต่', 'ประมาณ',
  'ขั้นต่ำ', '约', '起', '为', '是', '在', '左右', 'من', 'الى', 'حوالي', 'يبدا', 'قدره', 'الاساسي', 'basic salary', 'rs', 'only', 'lang',
]);

/** Between the two ends of a range: "1.000–1.500", "800 to 1200", "20 000 до 30 000", "8-10 juta". */
export const RANGE_GAP =
  /^\s{0,2}(?:-|–|—|~|〜|～|to|a|au|hasta|ate|bis|до|по|від|sampai|hingga|s\/d|s\.d\.?|sd|hanggang|den|toi|ถึง|至|到|থেকে|देखि|से|تا|الى|حتى|እስከ)\s{0,2}$/u;
