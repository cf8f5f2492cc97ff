/**
 * Words around contact details: chat-app names (which make a nearby number a chat contact), words
 * that introduce a phone number, and words that introduce an ID or reference number instead.
 * Data only; matched on folded text (see text.ts `prep`).
 */
import type { ContactKind } from './contacts';

export type ChatKind = Exclude<ContactKind, 'phone' | 'email' | 'url'>;

/**
 * Chat-app names. `short`: the name is also an everyday word or abbreviation ("wa", "line",
 * "signal", "imo"), so it only counts written right before the number or handle.
 */
export const CHAT_WORDS: { kind: ChatKind; words: string[]; short?: string[] }[] = [
  {
    kind: 'whatsapp',
    words: [
      'whatsapp', 'whats app', 'whatsap', 'watsapp', 'watsap', 'wattsapp', 'whtsapp', 'whatapp', 'whats', 'wasap', 'guasap', 'wsp', 'wpp',
      'واتساب', 'واتس اب', 'واتس', 'وتساب', 'واتسب', 'вотсап', 'ватсап', 'вацап', 'вотсапп', 'ватсапп', 'হোয়াটসঅ্যাপ', 'হোয়াটসঅ্যাপ', 'হোয়াটস অ্যাপ',
      'व्हाट्सएप', 'वाट्सएप', 'व्हाट्सऐप', 'वाट्सप', 'ह्वाट्सएप', 'วอทสแอพ', 'ဝက်ဆပ်', 'វ៉ាត់សាប់', '瓦次普', 'ዋትስአፕ',
    ],
    short: ['wa', 'w/a', 'w.a', 'wapp', 'whts'],
  },
  { kind: 'viber', words: ['viber', 'вайбер', 'вайбере', 'вайбері', 'ভাইবার', 'भाइबर', 'वाइबर', 'فايبر'] },
  {
    kind: 'telegram',
    words: ['telegram', 'telegramm', 'телеграм', 'телеграмм', 'телеграме', 'телеграмі', 'телега', 'টেলিগ্রাম', 'टेलीग्राम', 'टेलिग्राम', 'تلغرام', 'تليجرام', 'تيليجرام', 'เทเลแกรม', '电报'],
    short: ['tg', 'тг', 'tele'],
  },
  { kind: 'zalo', words: ['zalo'] },
  { kind: 'line', words: ['ไลน์', 'ไอดีไลน์', 'line id', 'line app', 'ライン'], short: ['line'] },
  { kind: 'wechat', words: ['wechat', 'we chat', 'weixin', '微信', '微信号', '微信號', 'v信', '威信'], short: ['vx', 'wx'] },
  { kind: 'imo', words: ['imo app', 'ইমো', 'इमो'], short: ['imo'] },
  { kind: 'signal', words: ['signal app'], short: ['signal'] },
  { kind: 'messenger', words: ['messenger', 'fb messenger', 'facebook messenger'] },
  { kind: 'kakaotalk', words: ['kakaotalk', 'kakao talk', 'kakao', '카카오톡', '카톡', '카카오'] },
  { kind: 'skype', words: ['skype'] },
];

/** Words that introduce a phone number. */
export const PHONE_WORDS = [
  'tel', 'tel.', 'telp', 'telp.', 'telephone', 'phone', 'ph', 'ph.', 'mobile', 'mob', 'mob.', 'cell', 'cellphone', 'cp', 'hp', 'no hp',
  'call', 'calls', 'contact', 'contacts', 'contact no', 'hotline', 'landline', 'sms', 'text', 'txt', 'dial', 'ring',
  'telefono', 'teléfono', 'tlf', 'movil', 'móvil', 'celular', 'cel', 'llamar', 'llama', 'llamanos', 'téléphone', 'tél', 'portable',
  'appelez', 'telemovel', 'telemóvel', 'ligue', 'contato', 'contacto', 'هاتف', 'الهاتف', 'جوال', 'الجوال', 'موبايل', 'اتصل', 'اتصال',
  'тел', 'тел.', 'телефон', 'телефону', 'моб', 'моб.', 'звоните', 'звонить', 'телефонуйте', 'дзвоніть', 'mobil', 'telefon',
  'sunati', 'sunați', 'no. hp', 'telepon', 'hubungi', 'tawagan', 'tumawag', 'फोन', 'फ़ोन', 'मोबाइल', 'सम्पर्क', 'संपर्क', 'কল', 'ফোন', 'মোবাইল', 'যোগাযোগ', 'điện thoại', 'dien thoai', 'đt', 'sđt', 'sdt', 'dt', 'gọi', 'goi', 'liên hệ',
  'lien he', 'hotline', 'โทร', 'เบอร์', 'ติดต่อ', 'ဖုန်း', 'ဆက်သွယ်', 'ទូរស័ព្ទ', 'ទំនាក់ទំនង', '电话', '電話', '手机', '手機', '联系',
  '聯繫', '联系电话', 'ስልክ', 'ይደውሉ',
];

/** Words that introduce a number that is not a phone (IDs, references, accounts, licences). */
export const NOT_PHONE_WORDS = [
  'id', 'ref', 'ref.', 'reference', 'order', 'invoice', 'account', 'acct', 'a/c', 'iban', 'swift', 'passport', 'license', 'licence',
  'lic', 'permit', 'reg', 'reg.', 'registration', 'vat', 'tin', 'pan', 'nid', 'cnic', 'aadhaar', 'aadhar', 'serial', 'tracking', 'code',
  'pin', 'otp', 'zip', 'postal', 'postcode', 'job no', 'vacancy no', 'job order', 'case', 'ticket no', 'nik', 'ktp', 'rekening', 'no rek',
  'cuenta', 'compte', 'conta', 'счет', 'счёт', 'рахунок', 'карта', 'картка', 'card', 'gcash', 'transaction', 'receipt', 'batch', 'lot',
  'model', 'sku', 'isbn', 'patent', 'cr', 'c.r.', 'poea', 'dmw', 'rl', 'lisensya', 'लाइसेन्स', 'दर्ता', 'इजाजत', 'পাসপোর্ট', 'giấy phép',
  'số tài khoản', 'stk', 'บัญชี', '账号', '帐号', '卡号', 'حساب', 'ترخيص',
];
