import { foldText } from './normalise/index';

/**
 * Words that make an amount something other than the wage: allowances, rent, food, deposits,
 * bonuses, overtime ("Salary QR 1,200 + QR 300 food", "ค่าเช่าห้อง 1,500 บาท/เดือน"). Data only;
 * folded like the text. Latin-script words must be whole words ("ot" is not "hotel"); words in
 * other scripts may be part of a longer word (Arabic prefixes, Thai and Chinese without spaces).
 */
const WORDS = [
  // en, tl
  'allowance', 'allowances', 'food', 'meal', 'meals', 'rent', 'rental', 'housing', 'accommodation', 'deposit', 'bonus', 'bonuses', 'overtime', 'ot',
  'tips', 'commission', 'incentive', 'incentives', 'transport', 'transportation', 'upa', 'pagkain',
  // es, pt, fr, ro
  'bono', 'alquiler', 'renta', 'comida', 'deposito', 'propinas', 'viaticos', 'aluguel', 'gorjeta', 'gorjetas', 'refeicao', 'auxilio', 'prime', 'primes', 'loyer',
  'repas', 'logement', 'caution', 'chirie', 'masa', 'cazare', 'diurna', 'tichete',
  // id
  'tunjangan', 'sewa', 'lembur', 'insentif', 'makan',
  // vi (accents folded)
  'phu cap', 'tien an', 'tien nha', 'thuong', 'tang ca',
  // ru, uk
  'премия', 'премии', 'аренда', 'питание', 'жилье', 'залог', 'сверхурочн', 'бонус', 'премія', 'оренда', 'харчування', 'житло', 'застава', 'понаднормов',
  // ar
  'بدل', 'سكن', 'طعام', 'ايجار', 'مكافاه', 'اضافي', 'تامين',
  // ne, hi, bn
  'भत्ता', 'खाना', 'भाडा', 'बोनस', 'ओभरटाइम', 'किराया', 'ओवरटाइम', 'ভাতা', 'ভাড়া', 'খাবার', 'বোনাস', 'ওভারটাইম',
  // th, my, km, zh, am
  'ค่าเช่า', 'ค่าอาหาร', 'เบี้ยเลี้ยง', 'โบนัส', 'โอที', 'ค่าล่วงเวลา', 'มัดจำ', 'ค่าห้อง', 'စားစရိတ်', 'အိမ်လခ', 'ဘောနပ်', 'အိုတီ',
  'ប្រាក់ឧបត្ថម្ភ', 'ថ្លៃផ្ទះ', 'ថ្លៃជួល', 'ប្រាក់រង្វាន់', 'ថែមម៉ោង', '补贴', '津贴', '補貼', '房租', '押金', '奖金', '獎金', '加班', '餐补', '伙食', 'አበል', 'ኪራይ',
  'ቦነስ', 'ትርፍ ሰዓት',
].map((w) => foldText(w));

const LATIN = /^[a-z ]+$/;
const WHOLE = WORDS.filter((w) => LATIN.test(w));
const PART = WORDS.filter((w) => !LATIN.test(w));

/** Cuts: a number, a list separator or a line ends the stretch of text that can describe an amount. */
const CUT_BEFORE = /[\d\n,;+]/;
const CUT_AFTER = /[\d\n,;+.:!?()]/;

/** True when the words just before the amount (since the last number or list separator) or just after it name a cost or extra, not the wage. */
export function amountIsNotWage(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < 40 && !CUT_BEFORE.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < 25 && !CUT_AFTER.test(text[b]!)) b++;
  const before = text.slice(a, start).trim().split(/\s+/).slice(-3).join(' ');
  const after = text.slice(end, b).trim().split(/\s+/).slice(0, 2).join(' ');
  return [before, after].some((w) => w && (PART.some((p) => w.includes(p)) || WHOLE.some((p) => ` ${w} `.includes(` ${p} `))));
}
