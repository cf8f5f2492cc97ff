import { normalise } from './normalise/index';
import { tokenize } from './match/tokens';
import { PhraseIndex } from './match/phrase-index';

/**
 * Countries named in a posting, for help lines and pay benchmarks. Names are given in English
 * and in the languages of the main migration corridors; a currency used in the ad also points
 * to its country. ISO 3166-1 alpha-2 codes.
 */
const NAMES: Record<string, string[]> = {
  AE: ['uae', 'u a e', 'united arab emirates', 'dubai', 'abu dhabi', 'sharjah', 'emiratos', 'emirats', 'الامارات', 'دبي', 'ابوظبي', 'दुबई', 'দুবাই', 'дубай', 'ดูไบ'],
  SA: ['saudi', 'saudi arabia', 'ksa', 'riyadh', 'jeddah', 'dammam', 'arabia saudita', 'arabie saoudite', 'السعوديه', 'الرياض', 'جده', 'साउदी', 'সৌদি', 'साउदी अरब', 'ซาอุ'],
  QA: ['qatar', 'doha', 'catar', 'قطر', 'الدوحه', 'कतार', 'কাতার'],
  KW: ['kuwait', 'الكويت', 'कुवैत', 'কুয়েত'],
  OM: ['oman', 'muscat', 'عمان', 'ओमान', 'ওমান'],
  BH: ['bahrain', 'manama', 'البحرين', 'बहराइन', 'বাহরাইন'],
  JO: ['jordan', 'amman', 'الاردن'],
  LB: ['lebanon', 'beirut', 'لبنان', 'ሊባኖስ'],
  MY: ['malaysia', 'kuala lumpur', 'malasia', 'मलेसिया', 'मलेशिया', 'মালয়েশিয়া', 'มาเลเซีย', 'မလေးရှား', 'ម៉ាឡេស៊ី'],
  SG: ['singapore', 'singapura', 'सिंगापुर', 'সিঙ্গাপুর', 'สิงคโปร์'],
  HK: ['hong kong', 'hongkong', 'hk', '香港'],
  TW: ['taiwan', '台湾', '台灣', 'đài loan', 'ไต้หวัน'],
  JP: ['japan', 'jepang', 'nhat ban', 'nhật bản', '日本', 'ญี่ปุ่น'],
  KR: ['korea', 'south korea', 'korea selatan', 'han quoc', 'hàn quốc', '韩国', 'เกาหลี'],
  CN: ['china', '中国'],
  TH: ['thailand', 'bangkok', 'mae sot', 'tailandia', 'thái lan', 'ประเทศไทย', 'ไทย', 'ထိုင်း', 'ថៃ', '泰国'],
  KH: ['cambodia', 'sihanoukville', 'phnom penh', 'bavet', 'kamboja', 'campuchia', 'កម្ពុជា', 'กัมพูชา', '柬埔寨', 'ကမ္ဘောဒီးယား'],
  MM: ['myanmar', 'burma', 'myawaddy', 'shwe kokko', 'မြန်မာ', 'พม่า', '缅甸'],
  LA: ['laos', 'lao pdr', 'golden triangle', 'ลาว', '老挝'],
  PH: ['philippines', 'pilipinas', 'manila', 'filipinas'],
  ID: ['indonesia', 'jakarta'],
  VN: ['vietnam', 'viet nam', 'việt nam'],
  NP: ['nepal', 'kathmandu', 'नेपाल'],
  IN: ['india', 'भारत', 'इंडिया'],
  BD: ['bangladesh', 'dhaka', 'বাংলাদেশ'],
  LK: ['sri lanka', 'colombo'],
  PK: ['pakistan'],
  ET: ['ethiopia', 'addis ababa', 'ኢትዮጵያ'],
  KE: ['kenya', 'nairobi'],
  UA: ['ukraine', 'україна', 'украина', 'kyiv', 'київ'],
  RU: ['russia', 'россия', 'рф', 'москва', 'moscow'],
  RO: ['romania', 'românia', 'romanian'],
  PL: ['poland', 'polska', 'польша', 'польща'],
  DE: ['germany', 'deutschland', 'германия', 'німеччина', 'alemania', 'allemagne'],
  GB: ['united kingdom', 'uk', 'england', 'britain', 'london'],
  IT: ['italy', 'italia'],
  ES: ['spain', 'españa'],
  US: ['united states', 'usa', 'u s a', 'estados unidos'],
  MX: ['mexico', 'méxico'],
  CA: ['canada', 'canadá'],
  AU: ['australia'],
};

export const CURRENCY_COUNTRY: Record<string, string> = {
  PHP: 'PH', AED: 'AE', SAR: 'SA', QAR: 'QA', KWD: 'KW', OMR: 'OM', BHD: 'BH', JOD: 'JO', LBP: 'LB', MYR: 'MY', SGD: 'SG', HKD: 'HK',
  TWD: 'TW', JPY: 'JP', KRW: 'KR', CNY: 'CN', THB: 'TH', KHR: 'KH', MMK: 'MM', LAK: 'LA', IDR: 'ID', VND: 'VN', NPR: 'NP', INR: 'IN',
  BDT: 'BD', LKR: 'LK', PKR: 'PK', ETB: 'ET', KES: 'KE', UAH: 'UA', RUB: 'RU', RON: 'RO', PLN: 'PL', GBP: 'GB', MXN: 'MX', CAD: 'CA', AUD: 'AU',
};

let index: { idx: PhraseIndex; codes: string[] } | undefined;

function countryIndex() {
  if (index) return index;
  const idx = new PhraseIndex();
  const codes: string[] = [];
  for (const [code, names] of Object.entries(NAMES)) for (const n of names) codes[idx.add(n)] = code;
  return (index = { idx, codes });
}

/** Country codes named in a text, in order of first mention. */
export function countriesIn(text: string, tokens = tokenize(normalise(text).text)): string[] {
  const { idx, codes } = countryIndex();
  const found = [...idx.scan(tokens)].map(([id, spans]) => ({ code: codes[id]!, at: spans[0]!.a }));
  found.sort((x, y) => x.at - y.at);
  return [...new Set(found.map((f) => f.code))];
}
