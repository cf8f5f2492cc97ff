/**
 * Round 9 word families: fees paid to a person, informally ("small file fee to my mobile wallet",
 * "600 USD guarantee deposit before travel", "4,500 EUR for the file in instalments", "14 lakh,
 * family pays the balance", "no receipt"). Appended to the fee word lists when loaded
 * (fee-families.ts imports it). Each block is one idea in all 19 languages. Data only.
 */
import { CHARGE_ALONE, CHARGE_TIED, KIND_WORDS, more } from './fee-words';
import { MONEY_PAY } from './fee-words-added';

// A "guarantee" sum held before travel: a deposit the worker loses (strong, like every deposit kind).
// Not the landlord's "dépôt de garantie" / "caução" / "เงินประกัน(สังคม)", which are left out.
more(KIND_WORDS.deposit, {
  en: ['guarantee deposit', 'guaranty deposit', 'guarantee money', 'guarantee fee', 'security money', 'commitment fee', 'commitment deposit', 'assurance deposit', 'reservation deposit'],
  es: ['deposito de garantia', 'dinero de garantia', 'pago de garantia', 'cuota de garantia', 'garantia de viaje'],
  fr: ['caution de garantie', 'somme de garantie', 'argent de garantie', 'frais de garantie', 'caution avant le depart'],
  pt: ['deposito de garantia', 'valor de garantia', 'taxa de garantia', 'dinheiro de garantia'],
  ar: ['مبلغ ضمان', 'مبلغ الضمان', 'ضمان مالي', 'وديعه ضمان', 'مبلغ تامين قبل السفر'],
  ru: ['гарантийный взнос', 'гарантийный платеж', 'гарантийный депозит', 'гарантийную сумму', 'гарантийная сумма'],
  uk: ['гарантійний внесок', 'гарантійний платіж', 'гарантійний депозит', 'гарантійну суму', 'гарантійна сума'],
  ro: ['garantie de plecare', 'depozit de garantie', 'taxa de garantie', 'suma de garantie', 'bani de garantie'],
  id: ['uang jaminan', 'deposit jaminan', 'biaya jaminan', 'dana jaminan', 'uang garansi'],
  tl: ['pang garantiya', 'bayad garantiya', 'deposito garantiya', 'guarantee deposit'],
  ne: ['धरौटी रकम', 'ग्यारेन्टी रकम', 'धरौटी बापत'], 'ne-latn': ['dharauti', 'guarantee rakam'],
  hi: ['गारंटी राशि', 'जमानत राशि', 'गारंटी के पैसे'], 'hi-latn': ['guarantee paisa', 'guarantee amount', 'jamanat rashi'],
  bn: ['জামানতের টাকা', 'জামানত বাবদ', 'গ্যারান্টি টাকা'], vi: ['tiền bảo lãnh', 'tiền thế chấp', 'phí bảo lãnh', 'tiền đặt cọc bảo lãnh'],
  th: ['เงินค้ำประกัน', 'ค่าค้ำประกัน', 'เงินประกันการเดินทาง'], my: ['အာမခံငွေ', 'စပေါ်ငွေ'], km: ['ប្រាក់ធានា', 'ប្រាក់កក់ធានា'],
  zh: ['保证金', '担保金', '擔保金', '保證金'], am: ['የዋስትና ገንዘብ', 'የዋስትና ክፍያ', 'ዋስትና ገንዘብ'],
});

// Paying "for the documents" is a document cost (the kind the worker is told), not the agent's file.
more(KIND_WORDS.document, { ru: ['за документы', 'за пакет документов'], uk: ['за документи', 'за пакет документів'] });

// "The file" as what is paid for ("4,500 EUR for the file", "25,000 birr file fee"): a cost only with an amount or a pay verb by it.
more(KIND_WORDS.processing, {
  en: ['for the file', 'for your file', 'file fee', 'file fees', 'file charge', 'file processing', 'file opening'],
  es: ['por el expediente', 'para el expediente', 'por el tramite', 'para el tramite', 'por los papeles', 'para los papeles'],
  fr: ['pour le dossier', 'pour votre dossier', 'pour les papiers', 'ouverture de dossier'], pt: ['pelo processo', 'para o processo', 'pelos papeis', 'pela papelada', 'abertura de processo'],
  ar: ['للملف', 'فتح ملف', 'فتح الملف', 'رسوم الملف', 'للاوراق'], ru: ['за открытие дела'], uk: ['за відкриття справи'],
  ro: ['pentru dosar', 'pentru acte', 'taxa de dosar', 'deschidere dosar'], id: ['untuk berkas', 'biaya berkas', 'uang berkas', 'buka berkas'],
  tl: ['para sa papeles', 'pang process', 'pang-process', 'pang papeles'], ne: ['फाइल बापत', 'फाइल खर्च', 'फाइलको लागि'], 'ne-latn': ['file bapat', 'file kharcha', 'file ko lagi'],
  hi: ['फाइल के लिए', 'फाइल चार्ज', 'फाइल खर्च'], 'hi-latn': ['file charge', 'file ke liye', 'file kharcha'], bn: ['ফাইলের জন্য', 'ফাইল খরচ', 'ফাইল বাবদ'],
  vi: ['tiền hồ sơ', 'tiền làm hồ sơ'], th: ['ค่าทำเอกสาร', 'ค่าเปิดแฟ้ม'], my: ['ဖိုင်ကြေး', 'ဖိုင်ဖွင့်ခ'], km: ['ថ្លៃធ្វើឯកសារ', 'ថ្លៃបើកឯកសារ'],
  zh: ['办理费', '材料费', '档案费', '辦理費'], am: ['የፋይል ክፍያ', 'ፋይል ለመክፈት'],
});

// Paid in instalments: said of a fee, the worker pays it ("4,500 EUR in instalments", "₱180,000, pwedeng hulugan").
more(CHARGE_TIED, {
  en: ['in instalments', 'in installments', 'by instalments', 'by installments', 'on installment', 'instalment plan', 'installment plan', 'installment basis', 'pay in parts'],
  es: ['en cuotas', 'a plazos', 'en plazos', 'en varios pagos'], fr: ['en plusieurs fois', 'en plusieurs versements', 'par tranches', 'en deux fois', 'en trois fois'],
  pt: ['parcelado', 'parcelada', 'em parcelas', 'em prestacoes', 'em vezes'], ar: ['بالتقسيط', 'على دفعات', 'على اقساط'],
  ru: ['в рассрочку', 'частями', 'рассрочка'], uk: ['в розстрочку', 'розстрочка', 'частинами'], ro: ['in rate', 'in transe'],
  id: ['dicicil', 'bisa dicicil', 'cicilan', 'secara bertahap'], tl: ['hulugan', 'pwedeng hulugan', 'installment'], ne: ['किस्तामा', 'किस्ताबन्दी'], 'ne-latn': ['kista ma', 'kistama'],
  hi: ['किस्तों में', 'किश्तों में', 'किस्त में'], 'hi-latn': ['kiston me', 'kisto me', 'kisht me', 'kishton mein'], bn: ['কিস্তিতে', 'কিস্তি করে'],
  vi: ['trả góp', 'chia đợt', 'đóng nhiều đợt', 'đóng làm nhiều đợt'], th: ['ผ่อนจ่าย', 'ผ่อนชำระ', 'แบ่งจ่าย', 'ผ่อนได้'], my: ['အရစ်ကျ'], km: ['បង់រំលស់', 'បង់ជាដំណាក់កាល'],
  zh: ['分期', '分期付款', '分几次交', '分批交'], am: ['በክፍፍል', 'በተከታታይ ክፍያ'],
});

// The rest paid later, to the agent ("14 lakh, family pays the balance", "balance pag may visa na", "остаток перед вылетом"):
// tied to departure or the visa, or to the worker's family, it is a charge alone; the bare "pay the balance" only with an amount by it.
more(CHARGE_ALONE, {
  en: ['family pays the balance', 'family will pay the balance', 'you pay the balance', 'balance before departure', 'balance before flight', 'balance after visa', 'balance upon visa', 'balance when visa'],
  es: ['el resto antes del viaje', 'el resto al salir la visa', 'tu familia paga el resto', 'la familia paga el resto'], fr: ['le reste avant le depart', 'solde avant le depart', 'le reste a la sortie du visa', 'la famille paie le reste'],
  pt: ['o restante antes da viagem', 'restante quando sair o visto', 'a familia paga o restante'], ar: ['الباقي قبل السفر', 'الباقي بعد الفيزا', 'الباقي بعد التاشيره', 'الاهل يدفعون الباقي'],
  ru: ['остаток перед вылетом', 'остаток после визы', 'остальное перед вылетом', 'семья доплатит'], uk: ['решту перед виїздом', 'залишок перед виїздом', 'решту після візи', 'родина доплатить'],
  ro: ['restul inainte de plecare', 'restul la viza', 'restul dupa viza', 'familia plateste restul'], id: ['sisanya sebelum berangkat', 'pelunasan sebelum berangkat', 'pelunasan setelah visa', 'sisanya keluarga'],
  tl: ['balance pag may visa', 'balanse pag may visa', 'balance bago umalis', 'balanse bago umalis', 'pamilya magbabayad ng balance'], ne: ['बाँकी रकम उडान अघि', 'बाँकी भिसा पछि', 'बाँकी परिवारले'],
  'ne-latn': ['baki visa pachhi', 'baki flight aghi'], hi: ['बाकी पैसा वीजा के बाद', 'बाकी फ्लाइट से पहले', 'बाकी घरवाले देंगे'], 'hi-latn': ['baki visa ke baad', 'baki ghar wale denge'],
  bn: ['বাকি টাকা ভিসার পরে', 'বাকি টাকা ফ্লাইটের আগে', 'বাকি টাকা পরিবার দেবে'], vi: ['đóng nốt trước khi bay', 'đóng nốt khi có visa', 'trả nốt khi có visa'],
  th: ['ส่วนที่เหลือจ่ายก่อนบิน', 'ที่เหลือจ่ายตอนได้วีซ่า'], my: ['ကျန်ငွေ ဗီဇာရမှ', 'ကျန်ငွေ မထွက်ခင်'], km: ['ប្រាក់នៅសល់ពេលចេញទិដ្ឋាការ', 'ប្រាក់នៅសល់មុនចេញដំណើរ'],
  zh: ['出签后付尾款', '尾款出发前', '余款出签后', '家里付余款'], am: ['ቀሪውን ቪዛ ሲወጣ', 'ቀሪውን ከበረራ በፊት', 'ቀሪውን ቤተሰብ'],
});
more(MONEY_PAY, {
  en: ['pays the balance', 'pay the balance', 'balance to be paid', 'remaining balance'], es: ['pagar el resto', 'paga el resto', 'saldo pendiente'], fr: ['payer le reste', 'paie le reste'],
  pt: ['pagar o restante', 'paga o restante'], ar: ['يدفع الباقي', 'ادفع الباقي', 'باقي المبلغ'], ru: ['оплатить остаток', 'доплатить'], uk: ['доплатити', 'сплатити решту'],
  ro: ['platiti restul', 'platesti restul'], id: ['pelunasan', 'sisanya dibayar', 'lunasi sisanya'], tl: ['bayaran ang natitira'], ne: ['बाँकी रकम तिर्नु'], hi: ['बाकी पैसे देने'],
  'hi-latn': ['baki paise dene'], bn: ['বাকি টাকা দিতে'], vi: ['đóng nốt', 'trả nốt'], th: ['จ่ายส่วนที่เหลือ'], my: ['ကျန်ငွေပေး'], km: ['បង់ប្រាក់នៅសល់'], zh: ['余款', '尾款', '餘款'],
  am: ['ቀሪውን ክፍያ', 'ቀሪውን ገንዘብ'],
});
// Money to a person's own wallet or name ("GCash mo na lang sa akin", "send by mpesa", "account ni Ma'am … (personal)").
more(MONEY_PAY, {
  en: ['to my mobile wallet', 'to my m-pesa', 'to my mpesa', 'send by mpesa', 'by m-pesa to', 'to m-pesa number', 'to mpesa number', 'to my revolut', 'to my bkash', 'in my name'],
  tl: ['gcash mo sa akin', 'gcash mo na lang sa akin', 'sa pangalan ko', 'sa account ni', 'padala sa akin'], es: ['a mi nombre', 'a mi celular'], fr: ['a mon nom', 'sur mon numero'],
  pt: ['no meu nome', 'em meu nome'], ar: ['باسمي', 'على رقمي'], ru: ['на мое имя', 'на мой номер'], uk: ['на моє ім я', 'на мій номер'], ro: ['pe numele meu'],
  id: ['atas nama saya', 'ke nomor saya'], ne: ['मेरो नाममा'], hi: ['मेरे नाम पर'], bn: ['আমার নামে', 'আমার নাম্বারে'], vi: ['vào số của tôi', 'tên của tôi'],
  th: ['เข้าบัญชีผม', 'เข้าบัญชีฉัน', 'โอนมาที่ผม'], my: ['ကျွန်တော့်အကောင့်'], km: ['ចូលលេខខ្ញុំ'], zh: ['转给我个人', '打到我个人'], am: ['በስሜ', 'ወደ ስልኬ'],
});

// Paid with no receipt ("wala nang resibo", "без расписки", "不开收据"): the worker pays, informally.
more(CHARGE_ALONE, {
  en: ['no receipt', 'without receipt', 'without a receipt', 'no official receipt'], es: ['sin recibo', 'sin comprobante'], fr: ['sans recu', 'sans quittance'],
  pt: ['sem recibo', 'sem comprovante'], ar: ['بدون ايصال', 'بدون وصل'], ru: ['без расписки', 'без квитанции'], uk: ['без розписки', 'без квитанції'], ro: ['fara chitanta'],
  id: ['tanpa kwitansi', 'tanpa kuitansi'], tl: ['walang resibo', 'wala nang resibo', 'wala ng resibo'], ne: ['रसिद बिना', 'रसिद दिँदैनौं'], 'ne-latn': ['rasid bina'],
  hi: ['बिना रसीद', 'रसीद नहीं मिलेगी'], 'hi-latn': ['bina receipt', 'receipt nahi milegi'], bn: ['রসিদ ছাড়া', 'রশিদ ছাড়া'], vi: ['không có biên lai', 'không biên lai'],
  th: ['ไม่มีใบเสร็จ', 'ไม่ออกใบเสร็จ'], my: ['ပြေစာမရှိ'], km: ['គ្មានបង្កាន់ដៃ', 'អត់មានបង្កាន់ដៃ'], zh: ['没有收据', '不开收据', '无收据', '不给收据'], am: ['ያለ ደረሰኝ', 'ደረሰኝ የለም'],
});
