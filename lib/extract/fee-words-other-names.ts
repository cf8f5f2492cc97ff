/**
 * Round 10: a fee under another name or sent by another verb, appended to the lists of
 * fee-words.ts and fee-words-added.ts when this module loads. Data only.
 */
import { CHARGE_TIED, more } from './fee-words';
import { MONEY_PAY } from './fee-words-added';
import { ORDINARY } from './fee-ordinary';

// "o candidato faz uma contribuição de 850.000 Kz", "debe depositar 380 USD por concepto de…", "trebuie să trimiți 200€ pe Western Union":
// a contribution, deposit or sending of money is a charge when an amount stands by it.
more(MONEY_PAY, {
  en: ['a contribution of', 'make a contribution', 'contribute', 'you must send', 'you need to send', 'must deposit', 'need to deposit', 'you must transfer'],
  es: ['una contribucion de', 'hacer una contribucion', 'un aporte de', 'aportar', 'debe depositar', 'debes depositar', 'debera depositar', 'tiene que depositar', 'tienes que depositar',
    'debe enviar', 'debes enviar', 'tienes que enviar', 'tiene que enviar', 'debe transferir'],
  pt: ['uma contribuicao de', 'faz uma contribuicao', 'fazer uma contribuicao', 'contribuir com', 'deve depositar', 'tem que depositar', 'tem de depositar', 'precisa depositar',
    'deve enviar', 'tem que enviar', 'tem de enviar', 'deve transferir'],
  fr: ['une contribution de', 'une participation de', 'participer a hauteur de', 'vous devez deposer', 'vous devez verser', 'vous devez envoyer', 'doit verser', 'devez virer'],
  ro: ['o contributie de', 'contributie de', 'trebuie sa trimiti', 'trebuie sa trimiteti', 'trebuie sa depui', 'trebuie sa depuneti', 'trebuie sa virezi', 'sa trimiti pe western union'],
  ru: ['взнос в размере', 'внести взнос', 'оплачиваете', 'оплачиваешь', 'нужно отправить', 'нужно перевести', 'необходимо перевести', 'должны перевести'],
  uk: ['внесок у розмірі', 'внести внесок', 'оплачуєте', 'оплачуєш', 'потрібно відправити', 'потрібно переказати', 'треба переказати', 'маєте переказати'],
  ar: ['مساهمة بقيمة', 'مساهمة قدرها', 'يجب أن ترسل', 'لازم تحول', 'لازم تبعت', 'يجب تحويل'], id: ['kontribusi sebesar', 'harus transfer', 'wajib transfer', 'harus kirim'],
  tl: ['kontribusyon na', 'kailangan mong ipadala', 'magpadala ka ng', 'mag deposit ka ng'], hi: ['योगदान राशि', 'भेजना होगा', 'जमा करना होगा'], 'hi-latn': ['bhejna hoga', 'jama karna hoga'],
  ne: ['पठाउनु पर्छ', 'जम्मा गर्नु पर्छ'], bn: ['পাঠাতে হবে', 'জমা দিতে হবে', 'অনুদান'], vi: ['đóng góp', 'phải chuyển', 'phải gửi tiền'], th: ['ต้องโอน', 'เงินสมทบ'],
  zh: ['赞助费', '贊助費', '需要转', '必须汇', '先转'], am: ['መላክ አለብሽ', 'መላክ አለብህ', 'ላኪልኝ', 'ላክልኝ', 'መዋጮ'], my: ['လွှဲပေးရမည်'], km: ['ត្រូវផ្ញើ', 'ត្រូវវេរ'],
});

// "Оформление медкнижки, пропуска и спецодежды — 4900₽, оплачиваете при заселении": the worker pays on arrival.
more(CHARGE_TIED, {
  ru: ['оплачиваете при', 'оплачиваете на месте', 'оплачиваете по приезду', 'оплачиваешь при', 'оплачиваешь на месте'],
  uk: ['оплачуєте при', 'оплачуєте на місці', 'оплачуєте після приїзду', 'оплачуєш на місці'],
  es: ['pagas al llegar', 'paga al llegar', 'se paga al llegar'], pt: ['paga ao chegar', 'pagas a chegada'], fr: ["payez a l'arrivee", "a payer a l'arrivee"], ro: ['platesti la sosire', 'platiti la sosire'],
});

// "ሌላ ምንም ክፍያ የለም" after a priced fee: "no OTHER payment" confirms the one just named, it does not deny it.
more(ORDINARY, {
  en: ['no other fee', 'no other fees', 'no other payment', 'no other payments', 'nothing else to pay'], es: ['ningun otro pago', 'ningun otro costo', 'nada mas que pagar'],
  pt: ['nenhum outro pagamento', 'nenhuma outra taxa', 'mais nada a pagar'], fr: ['aucun autre paiement', 'aucun autre frais', "rien d'autre a payer"], ro: ['nicio alta plata', 'nimic altceva de platit'],
  ru: ['других платежей нет', 'больше ничего платить'], uk: ['інших платежів немає', 'більше нічого платити'], ar: ['لا توجد رسوم أخرى', 'لا يوجد دفع آخر'],
  am: ['ሌላ ምንም ክፍያ የለም', 'ሌላ ክፍያ የለም'], vi: ['không có khoản phí nào khác', 'không mất thêm phí nào khác'], zh: ['没有其他费用', '沒有其他費用', '无其他费用'],
});

// Language completion: the same ideas in the languages that had few words.
more(MONEY_PAY, {
  id: ['harus setor', 'wajib setor', 'setor dulu', 'transfer dulu'], tl: ['kailangan mag deposit', 'magdeposito ka ng', 'ipadala mo muna'],
  hi: ['ट्रांसफर करना होगा', 'जमा कराने होंगे', 'भेजने होंगे'], 'hi-latn': ['transfer karna hoga', 'bhejne honge', 'jama karwana hoga'],
  ne: ['पठाउनुपर्छ', 'जम्मा गर्नुपर्छ', 'ट्रान्सफर गर्नुपर्छ'], 'ne-latn': ['pathaunu parcha', 'jamma garnu parcha'],
  bn: ['ট্রান্সফার করতে হবে', 'জমা করতে হবে'], vi: ['phải chuyển khoản', 'chuyển khoản trước', 'ck trước', 'gửi tiền trước'], th: ['ต้องส่งเงิน', 'ต้องฝากเงิน', 'โอนก่อน'],
  zh: ['需要汇款', '先打款', '要转账', '要轉賬'], my: ['ငွေလွှဲရမယ်', 'လွှဲပေးရမယ်', 'ငွေသွင်းရမယ်', 'ပို့ပေးရမယ်'], km: ['ត្រូវផ្ទេរប្រាក់', 'វេរលុយមុន', 'ផ្ញើលុយមុន'],
  am: ['ማስገባት አለብሽ', 'ማስገባት አለብህ', 'ገቢ ማድረግ አለብዎት'], ar: ['عليك تحويل', 'لازم ترسل', 'لازم تحوّل'],
});
more(CHARGE_TIED, {
  en: ['you pay on arrival', 'payable on arrival', 'you pay when you arrive', 'paid by you on arrival'], ar: ['تدفع عند الوصول', 'تدفعها عند الوصول'],
  id: ['bayar saat tiba', 'dibayar saat sampai', 'bayar setelah sampai'], tl: ['babayaran mo pagdating', 'bayaran mo pagdating'],
  hi: ['पहुंचने पर देना होगा', 'पहुँचने पर देना होगा'], 'hi-latn': ['pahunchne par dena hoga'], ne: ['पुगेपछि तिर्नुपर्छ', 'पुगेपछि तिर्नु पर्छ'], 'ne-latn': ['pugepachi tirnu parcha'],
  bn: ['পৌঁছানোর পর দিতে হবে', 'পৌঁছে দিতে হবে'], vi: ['đóng khi sang', 'đóng khi đến nơi', 'trả khi đến nơi'], th: ['จ่ายเมื่อมาถึง', 'ชำระเมื่อมาถึง'],
  zh: ['到达后支付', '到了再付', '抵达后缴纳'], my: ['ရောက်မှပေးရ', 'ရောက်ရင်ပေးရ'], km: ['បង់ពេលមកដល់'], am: ['ሲደርሱ ይከፍላሉ', 'ስትደርሺ ትከፍያለሽ', 'ስትደርስ ትከፍላለህ'],
});
more(ORDINARY, {
  id: ['tidak ada biaya lain', 'tidak ada biaya lainnya'], tl: ['wala nang ibang bayad', 'wala ng ibang bayarin'], hi: ['और कोई शुल्क नहीं', 'कोई अन्य शुल्क नहीं'], 'hi-latn': ['aur koi fees nahi'],
  ne: ['अरु कुनै शुल्क छैन', 'अरू कुनै शुल्क छैन'], 'ne-latn': ['aru kunai shulka chaina'], bn: ['আর কোনো খরচ নেই', 'অন্য কোনো ফি নেই'], th: ['ไม่มีค่าใช้จ่ายอื่น'],
  my: ['တခြားပေးစရာမရှိ', 'အခြားကုန်ကျစရိတ်မရှိ'], km: ['គ្មានថ្លៃផ្សេងទៀត'], es: ['ningun otro cargo'], ro: ['nicio alta taxa'],
});
