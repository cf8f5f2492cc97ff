/**
 * Round 7 word families, appended to the fee word lists when this module loads (fee-lexicon.ts
 * imports it before building the trie). Each block is one idea written in all 19 languages.
 * Data only, matched like the other fee word lists (see fee-words.ts).
 */
import { NEG_AFTER, NEG_BEFORE } from './fee-negators';
import './fee-families-costs';
import './fee-families-person';
import { ORDINARY, WEAK } from './fee-ordinary';
import { CHARGE_ALONE, CONNECTORS, KIND_WORDS, more } from './fee-words';
import { prep } from './text';
import { MONEY_PAY } from './fee-words-added';

// The agent's own service named as what is paid for ("Наши услуги 1200$", "nuestros servicios: 800 USD", "jasa kami 15 juta",
// "خدماتنا 3000 درهم"). These name a fee only with an amount, a pay verb or a charge by them (never alone: "our services include…").
const SERVICE: Record<string, string[]> = {
  en: ['our services', 'our service', 'our fee', 'our fees', 'agency services', 'agent services', 'service payment'],
  es: ['nuestros servicios', 'nuestro servicio', 'nuestros honorarios', 'servicios de la agencia', 'pago del servicio'],
  fr: ['nos services', 'notre service', 'nos frais', 'frais de service', 'nos honoraires', 'prestation de service'],
  pt: ['nossos servicos', 'nosso servico', 'servicos da agencia', 'taxa de servico', 'nossos honorarios'],
  ar: ['خدماتنا', 'اتعابنا', 'رسوم الخدمه', 'رسوم خدمه', 'عموله المكتب', 'اتعاب المكتب'],
  ru: ['наши услуги', 'за наши услуги', 'услуги агентства', 'услуги посредника', 'стоимость услуг', 'за услуги', 'наша услуга', 'наша комиссия'],
  uk: ['наші послуги', 'за наші послуги', 'послуги агентства', 'послуги посередника', 'вартість послуг', 'за послуги', 'наша послуга', 'наша комісія'],
  ro: ['serviciile noastre', 'serviciul nostru', 'taxa de serviciu', 'comisionul agentiei', 'comisionul nostru'],
  id: ['jasa kami', 'biaya jasa', 'fee jasa', 'uang jasa', 'fee agen', 'fee kami'],
  tl: ['serbisyo namin', 'bayad sa serbisyo', 'service fee namin', 'bayad sa agency'],
  ne: ['हाम्रो सेवा', 'सेवा बापत', 'हाम्रो शुल्क'], 'ne-latn': ['hamro sewa', 'sewa bapat'],
  hi: ['हमारी सेवा', 'हमारी फीस'], 'hi-latn': ['hamari fees'],
  bn: ['আমাদের সার্ভিস', 'আমাদের সেবা'], vi: ['tiền dịch vụ', 'phí dịch vụ của công ty', 'phí trung gian'],
  th: ['ค่าบริการ', 'ค่าบริการจัดหางาน'], my: ['ဝန်ဆောင်မှုခ'], km: ['សេវាកម្មរបស់យើង', 'ថ្លៃឈ្នួលភ្នាក់ងារ'],
  zh: ['我们的服务费', '好处费', '茶水费', '代办费'], am: ['የአገልግሎት ክፍያ', 'የአገልግሎት ክፍያችን'],
};
more(KIND_WORDS.recruitment, SERVICE);
// They are never fees by themselves, even those holding a fee word ("our fees are paid by employers", "ค่าบริการ" is also a hotel service charge).
const SURE = new Set(['ค่าบริการจัดหางาน', 'phí trung gian']);
WEAK.push(...Object.entries(SERVICE).flatMap(([lang, ws]) => (lang === 'zh' ? [] : ws.filter((w) => !SURE.has(w)))));
// "Any" between a prohibition and the fee ("prohibido cobrar cualquier cuota", "proibido cobrar qualquer taxa", "interdit de percevoir quelque frais").
CONNECTORS.push('cualquier', 'ninguna', 'ningun', 'qualquer', 'nenhuma', 'quelconque', 'orice', 'nicio', 'никакую', 'никаких', 'жодну', 'жодних', 'bất kỳ', 'anumang', 'kahit anong', 'ใดๆ', '任何');
/**
 * A hotel "service charge" or tips added to the pay ("तलब 22–28 हजार + सेवा शुल्क", "15,000 บาท + ค่าเซอร์วิส", "sueldo + propinas"):
 * written with "+" after an amount and with no amount of its own, it is pay (fees.ts `payAddOn`).
 */
export const PAY_ADD_ON = new Set(
  ['service charge', 'service charges', 'tips', 'सेवा शुल्क', 'सर्विस चार्ज', 'sewa shulka', 'sewa shulk', 'ค่าบริการ', 'ค่าเซอร์วิส', 'সার্ভিস চার্জ', 'phí dịch vụ', '服务费'].map(prep),
);

// Amharic writes "for" and "and" onto the word ("ለሜዲካልና ለፋይል ፕሮሰስ 35 ሺ ብር … የምትከፍዪው"): stems and prefixed forms.
more(KIND_WORDS.medical, { am: ['ሜዲካል*', 'ለሜዲካል*', 'የሜዲካል*', 'ለሕክምና', 'ለህክምና'] });
more(KIND_WORDS.processing, { am: ['ፋይል ፕሮሰስ', 'ለፋይል ፕሮሰስ', 'የፋይል ፕሮሰስ', 'ፕሮሰስ', 'ለፕሮሰስ', 'ለፋይል'] });
more(KIND_WORDS.visa, { am: ['ለቪዛ', 'የቪዛ'] });
more(KIND_WORDS.ticket, { am: ['ለትኬት', 'ለቲኬት', 'የትኬት'] });
more(CHARGE_ALONE, {
  am: ['የምትከፍዪው', 'የምትከፍይው', 'የምትከፍለው', 'የምትከፍሉት', 'ትከፍያለሽ', 'ትከፍላለህ', 'ትከፍላለሽ', 'ትከፍላላችሁ', 'መክፈል አለብሽ', 'መክፈል አለብህ', 'መክፈል አለባችሁ', 'ትልኪልኛለሽ'],
});

// A prohibition is not a charge: "يحظر تحصيل أي رسوم استقدام", "it is prohibited to charge any recruitment fee", "严禁收取中介费",
// "ห้ามเรียกเก็บค่าหัว", "शुल्क लिन पाइँदैन", "ফি নেওয়া নিষেধ". Rights notices and advisories state them.
more(NEG_BEFORE, {
  en: ['prohibited to charge', 'prohibited to collect', 'it is prohibited to charge', 'forbidden to collect', 'illegal to collect', 'must not charge', 'shall not charge', 'must not collect',
    'shall not collect', 'may not collect', 'not permitted to charge', 'banned from charging', 'no one may charge', 'nobody may charge', 'it is illegal to charge', 'cannot collect'],
  es: ['prohibido cobrar cualquier', 'esta prohibido cobrar', 'se prohibe cobrar', 'no se puede cobrar', 'no pueden cobrar', 'no puede cobrar', 'es ilegal cobrar', 'queda prohibido cobrar'],
  fr: ['interdit de percevoir', 'interdit de percevoir des', 'interdit de facturer des', 'ne peut exiger', 'ne peuvent exiger', 'ne peut facturer', 'ne peuvent facturer', 'illegal d exiger'],
  pt: ['proibido cobrar qualquer', 'e proibido cobrar', 'nao pode cobrar', 'nao podem cobrar', 'ilegal cobrar', 'vedada a cobranca de', 'proibida a cobranca de'],
  ar: ['يحظر تحصيل', 'يحظر تحصيل اي', 'يمنع تحصيل', 'يمنع تحصيل اي', 'لا يجوز تحصيل', 'لا يجوز تحصيل اي', 'ممنوع تحصيل', 'يحظر فرض', 'لا يجوز فرض', 'يحظر استيفاء', 'لا يجوز استيفاء',
    'يحظر اخذ', 'لا يجوز اخذ', 'يمنع اخذ'],
  ru: ['запрещено требовать', 'запрещается взимать', 'запрещается брать', 'не вправе взимать', 'не имеет права взимать', 'не допускается взимание', 'запрещено взимание'],
  uk: ['заборонено вимагати', 'забороняється стягувати', 'забороняється брати', 'не вправі стягувати', 'не допускається стягнення', 'заборонено стягнення'],
  ro: ['este interzis sa se perceapa', 'este interzisa perceperea', 'interzisa perceperea', 'nu au voie sa perceapa', 'nu are voie sa perceapa', 'nu are voie sa ceara'],
  id: ['dilarang membebankan', 'dilarang meminta', 'tidak boleh memungut', 'tidak boleh meminta', 'tidak boleh membebankan', 'dilarang menarik biaya', 'dilarang memungut biaya'],
  tl: ['bawal maningil', 'ipinagbabawal ang paniningil ng', 'hindi pwedeng maningil ng', 'hindi puwedeng maningil ng', 'bawal singilin', 'bawal humingi ng'],
  vi: ['nghiêm cấm thu', 'không được thu', 'không được phép thu', 'nghiêm cấm', 'cấm thu bất kỳ'], th: ['ห้ามเรียกเก็บ', 'ห้ามเก็บ', 'ห้ามเรียกเก็บเงิน'],
  km: ['ហាមយក', 'ហាមទារ', 'មិនអនុញ្ញាតឱ្យយក'], zh: ['禁止收取', '严禁收取', '不得收取', '不准收取', '禁止向劳工收取', '不得向劳工收取', '严禁'],
  hi: ['किसी भी प्रकार का'], bn: ['কোনো প্রকার'],
});
more(NEG_AFTER, {
  ne: ['लिन पाइँदैन', 'लिन पाइदैन', 'लिन निषेध', 'उठाउन पाइँदैन', 'लिन पाइने छैन'], 'ne-latn': ['lina paidaina'],
  hi: ['लेना मना है', 'लेना प्रतिबंधित', 'लेना गैरकानूनी', 'वसूलना गैरकानूनी', 'नहीं वसूला जा सकता', 'नहीं ली जा सकती'], 'hi-latn': ['lena mana hai', 'lena illegal hai'],
  bn: ['নেওয়া নিষেধ', 'নেয়া নিষেধ', 'নেওয়া নিষিদ্ধ', 'নেয়া নিষিদ্ধ', 'আদায় নিষিদ্ধ', 'নেওয়া যাবে না', 'নেয়া যাবে না'],
  my: ['ကောက်ခံခြင်းမပြုရ', 'မကောက်ခံရ', 'ယူခွင့်မရှိ'], am: ['መጠየቅ የተከለከለ ነው', 'መቀበል የተከለከለ ነው', 'የተከለከለ ነው', 'ማስከፈል ክልክል ነው'],
});

// Utilities or board paid by the tenant are living costs, not a fee for the job ("水电自理", "điện nước tự túc",
// "коммуналка за свой счёт", "listrik bayar sendiri"): they hide the "at own expense" inside them.
more(ORDINARY, {
  en: ['utilities at own expense', 'utilities at your own expense', 'utilities at own cost', 'utilities at your own cost', 'electricity at own expense', 'electricity at your own expense',
    'utility bills at your own expense', 'food at own expense', 'meals at own expense', 'meals at your own expense'],
  es: ['luz y agua por tu cuenta', 'luz y agua por su cuenta', 'servicios por su cuenta', 'comida por tu cuenta', 'comida por su cuenta'],
  fr: ['electricite a vos frais', 'repas a vos frais', 'repas a votre charge'], pt: ['agua e luz por sua conta', 'luz e agua por sua conta', 'alimentacao por sua conta'],
  ar: ['الكهرباء على حسابك', 'الكهرباء والماء على حسابك', 'الاكل على حسابك', 'الاكل على حساب العامل'],
  ru: ['коммунальные услуги за свой счет', 'коммуналка за свой счет', 'коммунальные за свой счет', 'питание за свой счет', 'питание за свои деньги'],
  uk: ['комунальні послуги за власний рахунок', 'комуналка за свій рахунок', 'комунальні за свій рахунок', 'харчування за власний рахунок', 'харчування за свій рахунок'],
  ro: ['utilitatile pe cheltuiala proprie', 'utilitati pe cheltuiala proprie', 'masa pe cheltuiala proprie'],
  id: ['listrik bayar sendiri', 'listrik dan air bayar sendiri', 'token listrik bayar sendiri', 'makan bayar sendiri', 'makan biaya sendiri'],
  tl: ['kuryente at tubig sagot mo', 'kuryente sagot mo', 'pagkain sagot mo'], vi: ['điện nước tự túc', 'điện nước tự trả', 'tiền điện nước tự túc', 'ăn uống tự túc', 'ăn tự túc'],
  th: ['ค่าน้ำค่าไฟจ่ายเอง', 'ค่าน้ำไฟจ่ายเอง', 'น้ำไฟจ่ายเอง', 'ค่าไฟจ่ายเอง', 'อาหารออกเอง'],
  zh: ['水电自理', '水电费自理', '水电自付', '水电费自付', '伙食自理', '食宿自理', '吃饭自理'],
  hi: ['बिजली पानी खुद देना', 'खाना अपने खर्च पर'], ne: ['बिजुली पानी आफैं तिर्नु', 'खाना आफैं तिर्नु'], bn: ['বিদ্যুৎ বিল নিজ খরচে', 'খাবার নিজ খরচে', 'খাওয়া নিজ খরচে'],
  km: ['ថ្លៃទឹកភ្លើងបង់ខ្លួនឯង'], my: ['မီးဖိုးရေဖိုးကိုယ်တိုင်ကျခံ'], am: ['መብራትና ውሃ በራስዎ ወጪ'],
});

// Money sent to a personal card, account or mobile wallet ("250€ на картку", "35 ሺ ብር በቴሌብር", "5k sa gcash ko", "2 lakh bkash e"):
// a charge only with an amount written by it (fees.ts), never the pay ("зарплата 40 000 на карту" is pay).
more(MONEY_PAY, {
  en: ['to my card', 'to my account', 'to my personal account', 'to my bank account', 'to my gcash', 'to my wallet', 'to this account', 'via western union to'],
  es: ['a mi cuenta', 'a mi tarjeta', 'a esta cuenta', 'a mi nequi', 'a mi yape', 'a mi bizum'],
  fr: ['sur mon compte', 'sur ma carte', 'par orange money', 'par wave', 'par mobile money', 'sur mon orange money'],
  pt: ['na minha conta', 'no meu pix', 'via pix', 'para minha conta', 'na minha chave pix'], ar: ['على حسابي', 'لحسابي', 'فودافون كاش', 'على محفظتي', 'عبر المحفظه'],
  ru: ['на карту', 'на мою карту', 'на карточку', 'на мою карточку', 'на мой счет', 'на киви'], uk: ['на картку', 'на карту', 'на мою картку', 'на мою карту', 'на мій рахунок', 'на приват'],
  ro: ['pe cardul meu', 'in contul meu', 'pe revolut'], id: ['ke rekening saya', 'ke rekening pribadi', 'ke dana saya', 'ke ovo', 'via dana', 'lewat dana'],
  tl: ['sa gcash ko', 'sa gcash', 'via gcash', 'thru gcash', 'sa account ko', 'sa maya ko'], ne: ['इसेवामा', 'खल्तीमा', 'मेरो खातामा'], 'ne-latn': ['esewa ma', 'khalti ma', 'mero khata ma'],
  hi: ['मेरे खाते में', 'पेटीएम पर', 'फोनपे पर'], 'hi-latn': ['mere account me', 'mere account mein', 'paytm karo', 'phonepe karo', 'gpay karo'],
  bn: ['বিকাশে', 'বিকাশ করে', 'নগদে পাঠান', 'আমার একাউন্টে'], 'bn-latn': ['bkash e', 'bkash kore', 'bikash kore'],
  vi: ['vào tài khoản cá nhân', 'vào stk cá nhân', 'qua momo', 'vào momo'], th: ['เข้าบัญชีส่วนตัว', 'เข้าพร้อมเพย์', 'ทรูมันนี่'],
  my: ['ကေပေးနဲ့', 'kbzpay', 'wavepay', 'ဝေ့ပေး'], km: ['តាម aba', 'តាមវីង', 'ចូលគណនីខ្ញុំ'], zh: ['打到卡上', '转到我', '打到我', '微信转给我', '支付宝转给我'],
  am: ['በቴሌብር', 'በሲቢኢ ብር', 'ወደ አካውንቴ', 'ወደ ሂሳቤ'],
});
