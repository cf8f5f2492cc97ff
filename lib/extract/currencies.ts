/**
 * Currency symbols, codes and words as written next to an amount, with their ISO 4217 code.
 * `null` marks a money word whose currency cannot be told ("pesos", "dinar" alone): the amount is
 * still money, only its currency is unknown. Matching is on folded text (lower case, Latin accents
 * and Arabic letter variants folded), so entries are written in their ordinary spelling.
 */

/** ISO codes written as such. Codes that are everyday English words ("try", "all", "top", "cup", "mad", "pen", "cop", "gel") are left out. */
const ISO_CODES = [
  'USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'RMB', 'HKD', 'TWD', 'NTD', 'MOP', 'SGD', 'MYR', 'IDR', 'THB', 'VND', 'PHP', 'KHR', 'LAK', 'MMK',
  'BND', 'INR', 'NPR', 'BDT', 'PKR', 'LKR', 'MVR', 'AFN', 'AED', 'SAR', 'QAR', 'KWD', 'OMR', 'BHD', 'JOD', 'LBP', 'IQD', 'YER', 'EGP',
  'SYP', 'ILS', 'IRR', 'RUB', 'RUR', 'UAH', 'BYN', 'KZT', 'KGS', 'UZS', 'TJS', 'AZN', 'AMD', 'MDL', 'RON', 'BGN', 'PLN', 'CZK', 'HUF',
  'RSD', 'NGN', 'GHS', 'KES', 'UGX', 'TZS', 'ETB', 'SSP', 'SDG', 'ZAR', 'XOF', 'XAF', 'DZD', 'TND', 'LYD', 'AUD', 'NZD', 'CAD',
  'MXN', 'BRL', 'ARS', 'CLP', 'PEN', 'KRW', 'TRY', 'SEK', 'NOK', 'DKK', 'ISK', 'MNT', 'RWF', 'MAD', 'AOA', 'MZN', 'CVE',
];
const NOT_WRITTEN_AS_CODE = new Set(['TRY', 'PEN', 'MAD']);

const WORDS: Record<string, string | null> = {
  // Dollars: "$" alone is read as USD; prefixed dollars name their own currency.
  '$': 'USD', 'us$': 'USD', 'u$s': 'USD', 'us $': 'USD', 'us dollar': 'USD', 'us dollars': 'USD', dollar: 'USD', dollars: 'USD',
  dolar: 'USD', dolares: 'USD', dollari: 'USD', 'доллар*': 'USD', 'долар*': 'USD', 'دولار': 'USD', 'ডলার': 'USD', 'डॉलर': 'USD',
  'डलर': 'USD', 'ดอลลาร์': 'USD', '美元': 'USD', 'ዶላር': 'USD', 'ដុល្លារ': 'USD', 'ဒေါ်လာ': 'USD',
  'hk$': 'HKD', 'hk $': 'HKD', 'hong kong dollar': 'HKD', 'hong kong dollars': 'HKD', '港币': 'HKD', '港元': 'HKD', '港幣': 'HKD',
  's$': 'SGD', 'sg$': 'SGD', 'singapore dollar': 'SGD', 'singapore dollars': 'SGD', '新币': 'SGD',
  'a$': 'AUD', 'au$': 'AUD', 'c$': 'CAD', 'ca$': 'CAD', 'nz$': 'NZD', 'nt$': 'TWD', 'nt': 'TWD', '台币': 'TWD', '新台币': 'TWD',
  'mx$': 'MXN', 'r$': 'BRL', reais: 'BRL', 'b$': 'BND',
  '€': 'EUR', euro: 'EUR', euros: 'EUR', 'евро': 'EUR', 'євро': 'EUR', 'يورو': 'EUR', '欧元': 'EUR',
  '£': 'GBP', 'pound sterling': 'GBP', 'pounds sterling': 'GBP', 'quid': 'GBP',
  '¥': 'CNY', '元': 'CNY', '块': 'CNY', '人民币': 'CNY', '圆': 'CNY', yuan: 'CNY', renminbi: 'CNY', '円': 'JPY', yen: 'JPY',
  '₩': 'KRW', '원': 'KRW',
  // South and South-East Asia.
  '₹': 'INR', rs: 'INR', 'rs.': 'INR', rupee: 'INR', rupees: 'INR', 'indian rupee': 'INR', 'indian rupees': 'INR',
  'रुपये': 'INR', 'रुपए': 'INR', 'रुपया': 'INR', 'रूपये': 'INR', rupaye: 'INR', rupay: 'INR',
  'रु': 'NPR', 'रु.': 'NPR', 'रू': 'NPR', 'रू.': 'NPR', 'रुपैयाँ': 'NPR', 'रुपैंया': 'NPR', 'रूपैयाँ': 'NPR', 'रुपियाँ': 'NPR',
  nrs: 'NPR', 'nrs.': 'NPR', 'npr.': 'NPR', 'nepali rupees': 'NPR', 'nepalese rupees': 'NPR', 'nepali rupee': 'NPR', rupaiya: 'NPR',
  'pakistani rupees': 'PKR', 'sri lankan rupees': 'LKR',
  '৳': 'BDT', taka: 'BDT', tk: 'BDT', 'tk.': 'BDT', 'টাকা': 'BDT', 'টাকার': 'BDT',
  '₱': 'PHP', p: 'PHP', piso: 'PHP', 'philippine peso': 'PHP', 'philippine pesos': 'PHP', peso: null, pesos: null,
  rp: 'IDR', 'rp.': 'IDR', rupiah: 'IDR', rm: 'MYR', ringgit: 'MYR',
  '฿': 'THB', baht: 'THB', 'บาท': 'THB', '泰铢': 'THB',
  '₫': 'VND', dong: 'VND', 'vnđ': 'VND', d: 'VND', '越南盾': 'VND',
  ks: 'MMK', kyat: 'MMK', kyats: 'MMK', 'ကျပ်': 'MMK', '៛': 'KHR', riel: 'KHR', riels: 'KHR', 'រៀល': 'KHR',
  '₭': 'LAK', kip: 'LAK', 'ກີບ': 'LAK',
  // Gulf and Arab states: a qualified riyal or dinar names its state; bare riyal is Saudi, bare dirham Emirati.
  riyal: 'SAR', riyals: 'SAR', rial: 'SAR', rials: 'SAR', sr: 'SAR', 'saudi riyal': 'SAR', 'saudi riyals': 'SAR', '﷼': 'SAR',
  'ريال': 'SAR', 'ريالات': 'SAR', 'ريال سعودي': 'SAR', 'ر.س': 'SAR', 'ر س': 'SAR',
  'qatari riyal': 'QAR', 'qatari riyals': 'QAR', qr: 'QAR', 'ريال قطري': 'QAR', 'ر.ق': 'QAR',
  'omani rial': 'OMR', 'omani rials': 'OMR', 'omani riyal': 'OMR', ro: 'OMR', 'ريال عماني': 'OMR', 'ر.ع': 'OMR',
  'yemeni rial': 'YER', 'ريال يمني': 'YER', 'ريال ايراني': 'IRR', 'تومان': null,
  dirham: 'AED', dirhams: 'AED', dhs: 'AED', 'dhs.': 'AED', dh: 'AED', 'uae dirham': 'AED', 'درهم': 'AED', 'دراهم': 'AED',
  'درهم اماراتي': 'AED', 'د.ا': 'AED', 'درهم مغربي': 'MAD', 'moroccan dirham': 'MAD',
  dinar: null, dinars: null, 'دينار': null, kd: 'KWD', 'kuwaiti dinar': 'KWD', 'kuwaiti dinars': 'KWD', 'دينار كويتي': 'KWD', 'د.ك': 'KWD',
  'bahraini dinar': 'BHD', 'bahraini dinars': 'BHD', 'دينار بحريني': 'BHD', 'د.ب': 'BHD', jd: 'JOD', 'jordanian dinar': 'JOD',
  'دينار اردني': 'JOD', 'iraqi dinar': 'IQD', 'دينار عراقي': 'IQD', 'دينار ليبي': 'LYD', 'دينار جزائري': 'DZD', 'دينار تونسي': 'TND',
  'جنيه': 'EGP', 'جنيه مصري': 'EGP', 'egyptian pound': 'EGP', 'egyptian pounds': 'EGP', 'ليرة': null, 'ليرة لبنانية': 'LBP',
  'ل.ل': 'LBP', '₪': 'ILS', shekel: 'ILS', shekels: 'ILS', nis: 'ILS',
  // Europe and Central Asia.
  '₽': 'RUB', 'руб': 'RUB', 'руб.': 'RUB', 'рубл*': 'RUB', 'р.': 'RUB', 'р': 'RUB', rubles: 'RUB', roubles: 'RUB', rub: 'RUB',
  '₴': 'UAH', 'грн': 'UAH', 'грн.': 'UAH', 'гривн*': 'UAH', 'гривень': 'UAH', hryvnia: 'UAH',
  lei: 'RON', leu: 'RON', 'лв': 'BGN', 'лв.': 'BGN', 'лева': 'BGN', 'лев': 'BGN', leva: 'BGN',
  'zl': 'PLN', 'zł': 'PLN', zloty: 'PLN', zlotych: 'PLN', 'kc': 'CZK', forint: 'HUF', '₺': 'TRY', lira: 'TRY', tl: 'TRY',
  '₸': 'KZT', 'тенге': 'KZT', tenge: 'KZT', 'сом': 'KGS', 'сум': 'UZS', "so'm": 'UZS', '₼': 'AZN', manat: 'AZN', '֏': 'AMD',
  'chf.': 'CHF', kr: null, 'kr.': null,
  // Africa and the Americas.
  'ብር': 'ETB', birr: 'ETB', 'ksh': 'KES', 'ksh.': 'KES', 'kshs': 'KES', shillings: null, '₦': 'NGN', naira: 'NGN', 'gh₵': 'GHS',
  '₵': 'GHS', cedi: 'GHS', cedis: 'GHS', rand: 'ZAR', cfa: 'XOF', 'fcfa': 'XAF', soles: 'PEN', 's/.': 'PEN', 'soles peruanos': 'PEN',
  quetzales: 'GTQ', kz: 'AOA', kwanza: 'AOA', kwanzas: 'AOA', meticais: 'MZN', lempiras: 'HNL', colones: 'CRC', bolivares: 'VES',
};

/** All currency phrases: written words and symbols, plus the ISO codes. */
export const CURRENCY_WORDS: Record<string, string | null> = (() => {
  const out: Record<string, string | null> = {};
  for (const code of ISO_CODES) if (!NOT_WRITTEN_AS_CODE.has(code)) out[code.toLowerCase()] = code === 'RMB' ? 'CNY' : code === 'NTD' ? 'TWD' : code === 'RUR' ? 'RUB' : code;
  return Object.assign(out, WORDS);
})();
