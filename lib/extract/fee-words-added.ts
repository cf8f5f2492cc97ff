/**
 * Fee word families added idea by idea (priced packages, deposits and top-ups, instalments, costs
 * taken back from pay, agents' cuts, "pay money" verbs, task-unlock top-ups, "no fee, only pay X"),
 * appended to the lists of fee-words.ts when this module loads. Data only.
 */
import { FEE_NOUNS, KIND_WORDS, CHARGE_ALONE, CHARGE_TIED, DEPOSIT_VERB, CONNECTORS, more, type Lex } from './fee-words';
// What a worker is sold in a priced list ("Viză de muncă + bilet + loc de muncă: 3.500 €", "الكونطرا + الفيزا + الموعد = 45 ألف درهم"):
// the job itself, the work contract, the consulate appointment, a "file opening" or an agent's package.
more(KIND_WORDS.recruitment, {
  en: ['job slot', 'slot fee', 'job placement', 'job offer fee', 'package fee'], es: ['asesoria', 'paquete de asesoria', 'el cupo', 'cupo de trabajo', 'puesto de trabajo'],
  fr: ['place de travail', 'poste de travail'], pt: ['assessoria', 'pacote de assessoria', 'taxa de assessoria'], ro: ['loc de munca', 'locul de munca', 'locului de munca', 'pachet complet'],
  ar: ['الخدمة والفيزا', 'ثمن الخدمة'], my: ['ပွဲခ', 'အကျိုးဆောင်ခ'], am: ['የደላላ ክፍያ'],
});
more(KIND_WORDS.document, {
  en: ['work contract', 'job contract', 'employment contract'], es: ['contrato de trabajo', 'el contrato'], fr: ['contrat de travail', 'le contrat'], pt: ['contrato de trabalho'],
  ro: ['contract de munca', 'contractul de munca', 'precontract', 'precontractul', 'precontractului'], ar: ['الكونطرا', 'كونطرا', 'الكونترا', 'كونترا', 'عقد العمل', 'عقد عمل'],
  id: ['kontrak kerja'], tl: ['kontrata'], vi: ['hợp đồng lao động'], zh: ['劳动合同', '工作合同'],
});
more(KIND_WORDS.processing, { am: ['የፋይል ማስከፈቻ', 'ፋይል ማስከፈቻ'], ar: ['ملف', 'الملف', 'فتح الملف', 'فتح ملف'], fr: ['ouverture de dossier'], es: ['apertura de expediente'] });
more(KIND_WORDS.visa, {
  en: ['visa appointment', 'embassy appointment', 'consulate appointment'], es: ['cita consular', 'cita en el consulado', 'cita de visa', 'cita en la embajada'],
  fr: ['rendez vous consulat', 'rendez vous au consulat', 'rendez vous visa', 'rdv visa', 'rdv consulat'], pt: ['agendamento consular', 'agendamento do visto'],
  ro: ['viza de munca', 'viza de lucru', 'vize', 'programare la consulat', 'programare la ambasada'], ar: ['الموعد', 'موعد القنصلية', 'موعد السفارة', 'الرونديفو', 'رونديفو'],
  ru: ['запись в посольство', 'запись в консульство'], uk: ['запис у посольство', 'запис до консульства'], zh: ['签证预约', '使馆预约'], am: ['የኤምባሲ ቀጠሮ'],
});
more(KIND_WORDS.ticket, {
  my: ['လမ်းစရိတ်', 'ကားခ'], ro: ['transportul', 'transportului', 'biletul', 'biletele', 'biletului', 'biletul de avion', 'drumul'], es: ['el pasaje'],
});
// Inflected forms ("actele", "vizei", "viza de muncă").
more(KIND_WORDS.document, { ro: ['actele', 'actelor', 'documentele', 'pasaportul'] });
more(KIND_WORDS.visa, { ro: ['vizei', 'vizele', 'viza de munca', 'permisul de munca'] });
// Money the worker puts in first: initial or minimum deposits, top-ups and recharges that "unlock" tasks or an account.
more(KIND_WORDS.deposit, {
  en: ['initial deposit', 'minimum deposit', 'top up', 'topup', 'recharge', 'reload'], es: ['deposito inicial', 'deposito minimo', 'recarga', 'recargas', 'recargar'],
  fr: ['depot initial', 'depot minimum', 'recharge', 'rechargement'], pt: ['deposito inicial', 'deposito minimo', 'recarga', 'recargas'],
  ro: ['depozit initial', 'depozitul initial', 'depozit minim', 'reincarcare', 'avans la semnare', 'avans la semnarea', 'avansul la semnare'],
  ru: ['первоначальный депозит', 'минимальный депозит', 'стартовый депозит', 'пополнение', 'пополнить'], uk: ['початковий депозит', 'мінімальний депозит', 'поповнення', 'поповнити'],
  ar: ['ايداع اولي', 'ايداع مبدئي', 'الحد الادنى للايداع', 'تشحن', 'شحن رصيد', 'تشحن باقة'], id: ['deposit awal', 'deposit minimal', 'setoran awal', 'isi saldo', 'top up saldo'],
  tl: ['paunang deposito', 'magpa load'], vi: ['nạp vốn', 'nạp tiền', 'nạp tối thiểu', 'tiền nạp'], th: ['เติมเงิน', 'เงินฝากขั้นต่ำ', 'ฝากขั้นต่ำ'],
  my: ['ငွေဖြည့်', 'ငွေသွင်း'], km: ['ដាក់ប្រាក់'], zh: ['充值', '首充', '入金', '垫付资金'], hi: ['रिचार्ज', 'न्यूनतम जमा'], bn: ['রিচার্জ'], am: ['ቅድሚያ ክፍያ', 'ቅድሚያ'],
});
more(FEE_NOUNS, { am: ['ማስከፈቻ'], my: ['ပွဲခ', 'စရိတ်', 'ကားခ', 'အကျိုးဆောင်ခ'] });

// "Pay half now, half after the visa": an instalment the worker pays up front.
more(CHARGE_ALONE, {
  en: ['half now', 'half upfront', 'half up front', 'half in advance', 'half before departure', '50% upfront', '50% in advance', 'rest before departure', 'balance before departure'],
  es: ['la mitad ahora', 'mitad ahora', 'la mitad por adelantado', 'mitad por adelantado', 'la mitad antes', 'das una parte', 'una parte ahora', 'lo vas pagando', 'el resto antes de viajar'],
  fr: ['la moitie maintenant', 'moitie maintenant', 'la moitie d avance', 'moitie d avance', 'la moitie avant', 'le reste avant le depart'],
  pt: ['metade agora', 'metade antes', 'metade adiantado', 'metade adiantada', 'o resto antes da viagem'],
  ro: ['jumatate acum', 'jumatate inainte', 'jumatate avans', 'restul inainte de plecare', 'restul la plecare'],
  ar: ['النص دابا', 'نص دابا', 'كتخلص النص', 'تخلص النص', 'النصف مقدما', 'نصف المبلغ مقدما', 'نص المبلغ مقدما', 'النص مقدم', 'لازم تدفع', 'لازم تشحن', 'لازم تحول', 'خاصك تخلص', 'خاصك تدفع'],
  ru: ['половину сейчас', 'половину сразу', 'половину вперед', 'половина сейчас', 'половина сразу', 'половина вперед', 'остальное до вылета'],
  uk: ['половину зараз', 'половину одразу', 'половину наперед', 'половина зараз', 'половина одразу'],
  id: ['setengah dulu', 'separuh dulu', 'bayar setengah', 'sisanya sebelum berangkat'], tl: ['kalahati muna', 'kalahati ngayon', 'kalahati bago umalis'],
  vi: ['đóng trước một nửa', 'nộp trước một nửa', 'một nửa trước', 'trả trước một nửa'], th: ['จ่ายครึ่งหนึ่งก่อน', 'ครึ่งหนึ่งก่อน', 'ออกให้ก่อน แล้วหัก', 'ให้ก่อน แล้วหัก', 'ให้ก่อนแล้วหัก'],
  my: ['တစ်ဝက်ကြို', 'ထည့်ထားရမယ်', 'ထည့်ရမယ်', 'ပေးရမယ်', 'သွင်းရမယ်'], km: ['ពាក់កណ្តាលមុន', 'ត្រូវដាក់ប្រាក់'], zh: ['先付一半', '先交一半', '一半先付', '先垫付', '需要先垫付', '需垫付'],
  hi: ['आधा अभी', 'आधा पहले'], 'hi-latn': ['aadha abhi', 'aadha pehle'], ne: ['आधा अहिले', 'आधा पहिले'], bn: ['অর্ধেক এখন', 'অর্ধেক আগে'], am: ['ግማሹን አሁን', 'ግማሽ አሁን', 'የወጪ መመለሻ'],
});
// The employer advances a cost and takes it back from the pay ("se descuentan luego", "à rembourser sur le salaire", "рахують з першої ЗП").
more(CHARGE_TIED, {
  en: ['to be repaid', 'repaid from', 'repay from', 'paid back from', 'recovered from salary', 'recovered from wages', 'taken from first wage', 'taken from your wages', 'taken from wages', 'deducted from your first'],
  es: ['se descuentan', 'se te descuenta', 'te lo descuenta', 'te lo descontamos', 'se descuenta de tu', 'a devolver'],
  fr: ['a rembourser', 'sert a rembourser', 'servent a rembourser', 'rembourser sur', 'retenu sur', 'retenus sur', 'retenue sur', 'deduit de', 'deduits de', 'preleve sur', 'on retient'],
  pt: ['desconta se', 'descontado', 'descontados', 'descontada', 'descontadas', 'desconta no', 'desconta do', 'descontamos'],
  ro: ['se retin din', 'se retine din', 'retinute din', 'retinuta din', 'se scad din', 'se scade din', 'din primele salarii', 'din primul salariu'],
  ru: ['с первой зп', 'с первой зарплаты', 'из первой зарплаты', 'вычитаем', 'вычитают', 'удерживаем', 'удерживают', 'высчитывают', 'высчитываем', 'с зарплаты'],
  uk: ['з першої зп', 'з першої зарплати', 'рахують з', 'вираховують', 'утримують', 'утримуємо', 'із зп', 'з зп'],
  ar: ['يتم خصم', 'يخصم', 'تخصم', 'من راتبك', 'من الخلصة'], id: ['dipotong', 'dicicil', 'cicil dari gaji'], tl: ['ikakaltas', 'ibabawas sa sahod', 'babawasin sa sahod'],
  vi: ['trừ dần', 'trừ dần vào lương', 'khấu trừ dần'], th: ['ทยอยหัก', 'หักคืน'], my: ['ပြန်ဆပ်', 'လစာထဲက ဖြတ်', 'ပြန်ဖြတ်'], km: ['កាត់ប្រាក់ខែ', 'សងវិញ'],
  zh: ['从收入扣除', '從收入扣除', '之后扣除', '之後扣除', '先代垫', '先代墊', '代垫', '代墊', '从薪水扣', '從薪水扣', '工资里扣'], am: ['ይቆረጣል'],
  hi: ['वेतन से कटेगा', 'तनख्वाह से कटेगा'], ne: ['तलबबाट काटिन्छ'], bn: ['বেতন থেকে কেটে নেওয়া'],
});
more(DEPOSIT_VERB, {
  en: ['need a small', 'needs a small', 'require a small'], es: ['hacer una', 'realizar una', 'tienes que hacer una', 'dejar una'], fr: ['faire une', 'effectuer une', 'demandent une', 'demande une', 'verser une'],
  pt: ['fazer uma', 'precisa de um', 'precisam de um', 'precisa de uma', 'precisam de uma', 'exige um', 'exigem um'], ro: ['e nevoie de un', 'este nevoie de un', 'faci o', 'trebuie sa faci o'],
});

// Romanised South Asian forms and instalments: "2 lakh advance dite hobe", "50% advance file open karne pe, baaki visa ke baad", "sabai gari 1 lakh lagcha".
more(FEE_NOUNS, { 'bn-latn': ['khoroch', 'khorch', 'khoros'] });
more(CHARGE_ALONE, {
  'bn-latn': ['dite hobe', 'advance dite hobe', 'joma dite hobe', 'pay korte hobe', 'baki visa', 'baki taka visa'],
  'hi-latn': ['advance file open', 'file open karne', 'file open karne pe', 'baaki visa ke baad', 'baki visa ke baad', 'baaki visa', 'baki baad me', 'baaki baad mein'],
  en: ['lakh advance', 'lac advance', 'lakh in advance', 'hajar advance', 'hazar advance', 'rest after visa', 'rest after the visa', 'balance after visa', 'balance after the visa', 'remaining after visa',
    '50% advance', 'half advance'],
});
more(CHARGE_TIED, { 'ne-latn': ['lagcha', 'lagchha', 'lagxa', 'lagne chha', 'lagne cha', 'talab bata'], ne: ['लाग्छ', 'लाग्ने छ', 'लाग्नेछ', 'तलबबाट', 'कट्टा हुन्छ'] });
// "不收取任何押金": "any" between a negator and the fee.
CONNECTORS.push('任何', '任何的', 'nicio', 'niciun', 'ningun', 'ninguna', 'aucun', 'nenhum', 'никаких', 'жодних');

// The worker pays the advanced cost back ("you pay back small small from salary", "ella lo va reponiendo con el sueldo", "відпрацюєте").
more(CHARGE_TIED, {
  en: ['pay back', 'pay it back', 'pays back', 'you repay', 'repay it', 'repaid by you'], es: ['lo va reponiendo', 'va reponiendo', 'lo repone', 'lo devuelve', 'lo va pagando', 'lo vas pagando', 'lo devuelves'],
  fr: ['tu rembourses', 'vous remboursez', 'tu le rembourses', 'vous le remboursez'], pt: ['vai pagando', 'vai devolvendo', 'devolve com o salario', 'paga de volta'],
  ro: ['dai inapoi', 'returnezi', 'ii dai inapoi', 'se da inapoi din salariu'], ru: ['отдаете с зарплаты', 'вернете с зарплаты', 'отрабатываете', 'отработаете', 'отработаешь'],
  uk: ['відпрацюєте', 'відпрацьовуєте', 'відпрацюєш', 'повертаєте з зарплати'], id: ['potong gaji', 'dipotong gaji', 'potongan gaji', 'dikembalikan dari gaji'],
  'hi-latn': ['salary se katega', 'katega', 'kat jayega', 'kaat lenge'], 'ne-latn': ['katchha', 'katcha', 'katinchha', 'katincha', 'kaatinchha'], 'bn-latn': ['kete nibe', 'kata hobe', 'kete rakha hobe'],
  vi: ['trừ vào lương', 'khấu trừ lương', 'trừ lương'], zh: ['从工资扣', '工资扣除', '從工資扣', '工資扣除'], am: ['ከደሞዝ ይቆረጣል', 'ከደመወዝ ይቆረጣል'], ar: ['تسددها من الراتب', 'ترجعها من الراتب', 'تتخصم من الراتب'],
});
// An agent's cut taken from the pay ("Potongan agen 7 bln", "agency deduction 3 months").
more(FEE_NOUNS, { id: ['potongan'] });
more(KIND_WORDS.recruitment, { en: ['agency deduction', 'agent deduction'], id: ['potongan agen', 'potongan agency', 'potongan pt', 'potongan sponsor'], tl: ['kaltas ng agency'] });
// An instalment paid first ("3 lakh aile advance, baki…", "3 lakh age, baki Serbia pouche", "१ लाख अग्रिम"): a multiplied amount then "advance/first/now".
{
  const mults = ['lakh', 'lac', 'lakhs', 'hajar', 'hazar', 'taka', 'rupees', 'लाख', 'हजार', 'লাখ', 'হাজার'];
  const adv = ['advance', 'age', 'aage', 'agrim', 'pahile', 'pehle', 'aile advance', 'ahile advance', 'abhi advance', 'ekhon advance', 'अग्रिम', 'एडभान्स', 'एडवांस', 'पहिले', 'पहले',
    'अहिले', 'অগ্রিম', 'আগে', 'এডভান্স'];
  more(CHARGE_ALONE, { 'x-instalment': mults.flatMap((m) => adv.map((a) => `${m} ${a}`)) });
}
CONNECTORS.push('lang', 'lamang', 'matra', 'matro', 'sirf');

// "Trước khi bay nộp tiền 150 triệu", "bayar uang 5 juta dulu", "внести деньги": a pay verb with the word for money is a charge with no fee word.
// Warnings name the same act ("yêu cầu chuyển tiền", "要求转账", "every payment has a receipt"): it is a charge only with an amount
// written by it, and never with a negation right before it ("không nộp tiền cho ai", "do not send money") — see fees.ts.
export const MONEY_PAY: Lex = {
  en: ['pay money', 'pay the money', 'deposit money', 'transfer money', 'send the money', 'hand over money', 'bring money', 'prepare money', 'prepare the money'],
  es: ['pagar dinero', 'depositar dinero', 'enviar dinero', 'transferir dinero', 'pagar el dinero', 'entregar dinero', 'preparar dinero'],
  fr: ['verser de l argent', 'envoyer de l argent', 'payer de l argent', 'deposer de l argent', 'preparer de l argent', 'transferer de l argent'],
  pt: ['pagar dinheiro', 'depositar dinheiro', 'enviar dinheiro', 'transferir dinheiro', 'entregar dinheiro'],
  ro: ['dai bani', 'dati bani', 'trimiti bani', 'trimiteti bani', 'depui bani', 'platesti banii', 'pregatesti bani', 'pregatiti bani'],
  ar: ['تدفع فلوس', 'دفع فلوس', 'تحول فلوس', 'تحويل فلوس', 'ترسل فلوس', 'تخلص فلوس', 'تدفع المبلغ', 'دفع المبلغ', 'تحويل المبلغ'],
  ru: ['внести деньги', 'перевести деньги', 'сдать деньги', 'отдать деньги', 'заплатить деньги', 'скинуть деньги', 'сдаете деньги', 'вносите деньги', 'переводите деньги'],
  uk: ['внести гроші', 'перевести гроші', 'здати гроші', 'віддати гроші', 'скинути гроші', 'вносите гроші', 'переказати гроші'],
  id: ['bayar uang', 'setor uang', 'transfer uang', 'kirim uang', 'setor dana', 'menyetor uang', 'membayar uang', 'menyiapkan uang', 'siapkan uang'],
  tl: ['magbigay ng pera', 'magpadala ng pera', 'maghulog ng pera', 'magbayad ng pera', 'maghanda ng pera', 'magdeposito'],
  vi: ['nộp tiền', 'đóng tiền', 'chuyển tiền', 'gửi tiền', 'nộp trước tiền', 'chuẩn bị tiền', 'trả tiền'],
  th: ['จ่ายเงิน', 'โอนเงิน', 'ชำระเงิน', 'เตรียมเงิน', 'วางเงิน'], zh: ['交钱', '交錢', '付钱', '付錢', '打款', '转账', '轉賬', '汇款', '匯款', '准备钱'],
  km: ['បង់ប្រាក់', 'ផ្ញើប្រាក់', 'ផ្ទេរប្រាក់', 'បង់លុយ'], my: ['ငွေပေးရ', 'ငွေလွှဲရ', 'ငွေသွင်းရ'],
  hi: ['पैसे देने', 'पैसा जमा', 'पैसे जमा', 'पैसे भेजने', 'रकम जमा'], 'hi-latn': ['paise dene', 'paisa jama', 'paise jama', 'paise bhejne', 'paisa dena'],
  ne: ['पैसा तिर्नु', 'पैसा बुझाउनु', 'पैसा पठाउनु', 'रकम बुझाउनु'], 'ne-latn': ['paisa tirnu', 'paisa bujhaunu', 'paisa pathaunu'],
  bn: ['টাকা দিতে', 'টাকা জমা', 'টাকা পাঠাতে'], 'bn-latn': ['taka dite', 'taka joma', 'taka pathate'], am: ['ገንዘብ መክፈል', 'ገንዘብ ማስገባት', 'ገንዘብ መላክ'],
};
// Task and investment scams: a top-up or deposit "to unlock" tasks, orders or levels puts the money on the worker even with no amount.
more(CHARGE_TIED, {
  en: ['to unlock', 'unlock tasks', 'unlock the task', 'unlock orders', 'unlock level', 'unlock your', 'to activate your account', 'to upgrade your level'],
  es: ['para desbloquear', 'desbloquear tareas', 'desbloquear las tareas', 'desbloquear el nivel', 'para activar tu cuenta', 'para subir de nivel'],
  fr: ['pour debloquer', 'debloquer les taches', 'debloquer le niveau', 'pour activer votre compte', 'pour passer au niveau'],
  pt: ['para desbloquear', 'desbloquear tarefas', 'desbloquear as tarefas', 'liberar tarefas', 'para ativar sua conta', 'para subir de nivel'],
  ro: ['pentru deblocare', 'pentru a debloca', 'deblocarea sarcinilor', 'pentru activarea contului'], ar: ['لفتح المهام', 'لفتح المستوى', 'لتفعيل الحساب', 'لفك القفل', 'لفتح الطلبات'],
  ru: ['для разблокировки', 'чтобы разблокировать', 'разблокировать задания', 'открыть задания', 'для активации аккаунта', 'для открытия заданий', 'для перехода на уровень'],
  uk: ['для розблокування', 'щоб розблокувати', 'розблокувати завдання', 'відкрити завдання', 'для активації акаунта'],
  id: ['untuk membuka tugas', 'membuka tugas', 'buka tugas', 'untuk membuka level', 'untuk aktivasi akun', 'untuk unlock', 'buka level'], tl: ['para ma unlock', 'ma unlock ang task', 'para mabuksan ang task'],
  vi: ['để mở khóa', 'mở khóa nhiệm vụ', 'mở khoá nhiệm vụ', 'để mở khoá', 'để kích hoạt tài khoản', 'để lên cấp', 'mở nhiệm vụ'],
  th: ['เพื่อปลดล็อก', 'ปลดล็อกงาน', 'ปลดล็อคงาน', 'เพื่อปลดล็อค', 'เพื่อเปิดใช้งานบัญชี'], zh: ['解锁任务', '解鎖任務', '才能解锁', '才能解鎖', '激活账户', '开通任务', '升级会员'],
  km: ['ដើម្បីដោះសោ'], my: ['လော့ဖွင့်ရန်'], hi: ['अनलॉक करने', 'टास्क अनलॉक'], 'hi-latn': ['unlock karne', 'task unlock'], bn: ['আনলক করতে'], am: ['ለመክፈት'],
});

// "TANPA BIAYA, cuma bayar medical + buku pelaut 7,5jt", "no fee, you only pay the medical": the exception after a "no fee" is charged.
more(CHARGE_ALONE, {
  en: ['you only pay', 'only pay for', 'just pay for', 'you just pay', 'only need to pay', 'just need to pay'], es: ['solo pagas', 'solo paga', 'solo tienes que pagar', 'unicamente pagas'],
  fr: ['vous payez seulement', 'vous payez uniquement', 'il suffit de payer', 'payez juste'], pt: ['so paga', 'so pagas', 'apenas paga', 'so precisa pagar'],
  ro: ['platiti doar', 'doar platiti', 'platesti doar', 'doar platesti'], ru: ['оплачиваете только', 'только оплатить', 'платите только'], uk: ['оплачуєте лише', 'платите лише', 'лише оплатити'],
  id: ['cuma bayar', 'hanya bayar', 'cukup bayar', 'tinggal bayar', 'hanya membayar', 'cukup membayar'], tl: ['magbabayad lang', 'babayaran mo lang', 'bayaran lang'],
  vi: ['chỉ cần đóng', 'chỉ cần nộp', 'chỉ đóng', 'chỉ nộp', 'chỉ phải đóng', 'chỉ phải nộp'], 'hi-latn': ['sirf dena', 'bas dena'], hi: ['सिर्फ देना', 'केवल देना'],
  ne: ['मात्र तिर्नु', 'मात्रै तिर्नु'], bn: ['শুধু দিতে হবে'], th: ['จ่ายแค่', 'จ่ายเพียง'], zh: ['只需支付', '只需缴纳', '只要交'],
});
