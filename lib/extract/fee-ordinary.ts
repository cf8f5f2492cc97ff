/**
 * Ordinary job-ad words that contain or look like fee words: matched first so they hide the fee
 * word inside them ("person in charge", "direct deposit", "залог успеха", "nộp hồ sơ"). Data only,
 * per language, matched like the other fee word lists (see fee-words.ts).
 */
import type { Lex } from './fee-words';

export const ORDINARY: Lex = {
  en: ['in charge', 'incharge', 'take charge', 'takes charge', 'taking charge', 'charge nurse', 'charge hand', 'chargehand', 'charge of the shift', 'charge of the team',
    'direct deposit', 'bank deposit', 'salary deposit', 'salary deposited', 'salary is deposited', 'salaries deposited', 'deposited', 'deposit to your account',
    'deposit into your account', 'deposited into', 'bond with', 'bonding', 'bonded warehouse', 'james bond',
    'flight attendant', 'flight attendants', 'flight crew', 'flight dispatcher', 'flight operations', 'ticket agent', 'ticketing agent',
    'food processing', 'data processing', 'order processing', 'orders processing', 'processing orders', 'processing plant', 'fish processing', 'meat processing', 'payroll processing',
    'processing factory', 'processing company', 'processing line', 'material handling', 'materials handling', 'baggage handling', 'cargo handling', 'food handling', 'handling equipment',
    'cost center', 'cost centre', 'cost accountant', 'cost accounting', 'cost control', 'cost controller', 'cost estimator', 'cost of living', 'cost effective', 'low cost',
    'passport size', 'passport photo', 'passport photos',
    // Job titles: "Medical representative: 25,000 BDT" is pay.
    'medical representative', 'medical officer', 'medical assistant', 'medical technologist', 'medical transcriptionist', 'training officer', 'training coordinator',
    'training manager', 'training specialist', 'visa officer', 'visa consultant', 'visa executive', 'ticketing officer', 'ticketing executive', 'insurance agent', 'insurance advisor',
    'insurance sales', 'document controller', 'processing officer', 'recruitment officer', 'recruitment consultant', 'recruitment specialist', 'recruitment manager', 'recruitment coordinator'],
  es: ['deposito bancario', 'deposito directo', 'en deposito', 'encargado de'],
  fr: ['en charge de', 'en charge du', 'en charge des', 'charge de clientele', 'charge de recrutement', 'charge de mission', 'charge d affaires', 'charge de communication',
    'charge de formation', 'charges de clientele', 'depot de candidature', 'depot de dossier', 'depot des candidatures'],
  pt: ['deposito em conta', 'encarregado de'],
  ro: ['depozit de marfa', 'depozit logistic', 'in depozit', 'lucrator depozit', 'lucrator in depozit', 'muncitor depozit', 'operator depozit', 'depozitul', 'firma de transport',
    'transport de marfa', 'transport marfa', 'transport international', 'companie de transport', 'transport persoane', 'sofer transport'],
  ru: ['сбор ягод', 'сбор урожая', 'сбор фруктов', 'сбор клубники', 'сбор овощей', 'сбор яблок', 'залог успеха', 'залогом успеха', 'официальное оформление', 'официальное трудоустройство', 'оформление по тк', 'оформление по трудовому', 'оформление с первого дня',
    'трудоустройство официальное', 'оформление официальное', 'официально оформление'],
  uk: ['збір ягід', 'збір врожаю', 'збір урожаю', 'збір фруктів', 'збір полуниці', 'збір овочів', 'збір яблук', 'запорука успіху', 'офіційне оформлення', 'офіційне працевлаштування', 'оформлення за кзпп', 'працевлаштування офіційне'],
  id: ['proses seleksi', 'proses rekrutmen', 'proses produksi'],
  vi: ['nộp hồ sơ', 'nhận hồ sơ', 'hồ sơ gồm', 'hồ sơ xin việc', 'hồ sơ dự tuyển', 'gửi hồ sơ', 'nhà tuyển dụng', 'tuyển dụng trực tiếp', 'thông báo tuyển dụng', 'đang tuyển dụng',
    'cần tuyển dụng', 'tuyển dụng gấp'],
  bn: ['নিয়োগকর্তা', 'নিয়োগ বিজ্ঞপ্তি', 'নিয়োগ দেওয়া', 'নিয়োগ দেয়া', 'নিয়োগ প্রক্রিয়া', 'নিয়োগপ্রাপ্ত'],
  hi: ['भर्ती प्रक्रिया', 'सीधी भर्ती', 'भर्ती अभियान'],
  zh: ['中介勿扰', '谢绝中介'],
};
// Social insurance and lawful deductions are benefits, not fees charged for the job.
ORDINARY.vi = [...(ORDINARY.vi ?? []), 'bảo hiểm xã hội', 'bảo hiểm y tế', 'bhxh'];
ORDINARY.zh = [...(ORDINARY.zh ?? []), '五险一金', '社保'];

/**
 * Kind words that name a fee only when a charge, a pay verb or an amount is tied to them: "bond"
 * alone is also a verb, "deposit" a bank transfer, "service charge" part of hotel pay,
 * "depozit" a warehouse. They are never charges by themselves (see `STRONG_KINDS`).
 */
export const WEAK: string[] = [
  'bond', 'deposit', 'deposito', 'depot', 'depozit', 'залог*', 'депозит*', 'застава', 'заставу', 'transport', 'service charge', 'tuyển dụng', 'নিয়োগ', 'оформлени*', 'оформленн*',
  'трудоустройств*', 'працевлаштуванн*', 'anticipo', 'garantiya', 'धितो', 'जमानत', 'bảo lãnh',
  // Top-ups and recharges are also ordinary purchases: a charge only with an amount, a pay verb or a charge.
  'top up', 'topup', 'recharge', 'reload', 'recarga', 'recargas', 'recargar', 'rechargement', 'reincarcare', 'пополнение', 'пополнить', 'поповнення', 'поповнити',
  'تشحن', 'شحن رصيد', 'isi saldo', 'top up saldo', 'magpa load', 'เติมเงิน', 'ငွေဖြည့်', 'ငွေသွင်း', 'ដាក់ប្រាក់', 'रिचार्ज', 'রিচার্জ', 'ቅድሚያ', 'nạp tiền', '充值',
];

// "1 lakh age paben", "50 hajar advance milega", "१ लाख अग्रिम पाउनुहुन्छ": an instalment the worker RECEIVES (an advance on pay), not one they pay.
{
  const mults = ['lakh', 'lac', 'lakhs', 'hajar', 'hazar', 'taka', 'rupees', 'लाख', 'हजार', 'লাখ', 'হাজার'];
  const adv = ['advance', 'age', 'aage', 'agrim', 'pahile', 'pehle', 'अग्रिम', 'एडभान्स', 'एडवांस', 'पहिले', 'पहले', 'অগ্রিম', 'আগে', 'এডভান্স'];
  const get = ['paben', 'pabe', 'paiben', 'paib', 'pawa jabe', 'paoge', 'paenge', 'payenge', 'milega', 'milegi', 'milenge', 'mil jayega', 'milbe', 'milchha', 'milcha', 'milne', 'paunuhunchha',
    'paunu hunchha', 'paunuhuncha', 'paincha', 'painchha', 'deoa hobe', 'dewa hobe', 'deya hobe', 'debo', 'dibo', 'denge', 'dega', 'dinchhau', 'dinchhaun', 'dinchha', 'diinchha',
    'पाउनुहुन्छ', 'पाइन्छ', 'मिल्छ', 'दिइन्छ', 'दिन्छौं', 'मिलेगा', 'मिलेगी', 'मिलेंगे', 'देंगे', 'दिया जाएगा', 'পাবেন', 'পাবে', 'দেওয়া হবে', 'দেয়া হবে', 'দিব', 'দেব'];
  ORDINARY['x-instalment-received'] = mults.flatMap((m) => adv.flatMap((a) => get.map((g) => `${m} ${a} ${g}`)));
}
