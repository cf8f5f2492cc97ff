/**
 * Round 8 word families, appended to the fee word lists when this module loads (fee-families.ts
 * imports it). Each block is one idea written in all 19 languages. Data only.
 */
import { NEG_PHRASES } from './fee-negators';
import { ORDINARY } from './fee-ordinary';
import { CHARGE_ALONE, CHARGE_TIED, KIND_WORDS, more, type Lex } from './fee-words';

// A "document package" for a visa, sold by the agent ("вартість пакета документів 350 €", "paquete de documentos", "pachetul de documente").
more(KIND_WORDS.document, {
  en: ['document package', 'documents package', 'documentation package', 'paperwork package', 'visa package', 'visa support package', 'visa documents package'],
  es: ['paquete de documentos', 'paquete documental', 'tramite de documentos', 'tramites de documentos', 'gestion de documentos', 'gestion de papeles'],
  fr: ['dossier de visa', 'pack documents', 'constitution du dossier', 'montage du dossier', 'frais de dossier visa'], pt: ['pacote de documentos', 'pacote de documentacao', 'documentacao do visto'],
  ar: ['ملف التاشيره', 'تجهيز الاوراق', 'تجهيز الملف', 'الاوراق والفيزا', 'الكونطرا والفيزا'],
  ru: ['пакет документов', 'пакета документов', 'пакетом документов', 'оформление документов', 'оформления документов', 'оформление визы', 'оформления визы', 'визовый пакет'],
  uk: ['пакет документів', 'пакета документів', 'пакетом документів', 'оформлення документів', 'оформлення візи', 'візовий пакет', 'візового пакета'],
  ro: ['pachet de documente', 'pachetul de documente', 'pachetului de documente', 'dosarul de viza', 'dosar de viza', 'actele pentru viza'],
  id: ['paket dokumen', 'pengurusan dokumen', 'pengurusan visa', 'pengurusan berkas'], tl: ['pagproseso ng papeles', 'processing ng papeles', 'pag-aayos ng papeles'],
  ne: ['कागजात प्रक्रिया', 'कागजपत्र प्रक्रिया'], 'ne-latn': ['kagajat prakriya'], hi: ['दस्तावेज़ पैकेज', 'कागजात तैयार'], 'hi-latn': ['document package', 'kagzat'],
  bn: ['কাগজপত্র প্রস্তুত', 'ডকুমেন্ট প্যাকেজ'], vi: ['gói hồ sơ', 'làm hồ sơ visa', 'trọn gói hồ sơ'], th: ['ค่าทำเอกสาร', 'ค่าเอกสารวีซ่า'], my: ['စာရွက်စာတမ်းစရိတ်'],
  km: ['ថ្លៃរៀបចំឯកសារ'], zh: ['办证费', '材料费', '签证材料费'], am: ['የሰነድ ዝግጅት', 'የዶክመንት ዝግጅት'],
});

// Costs the employer or agent advances and takes back from pay ("travel costs recovered from wages", "утримується з перших двох зарплат").
const RECOVERED: Lex = {
  en: ['recovered from wages', 'recovered from your wages', 'recovered from salary', 'recovered from your salary', 'recouped from wages', 'recouped from your wages', 'repaid from wages',
    'repaid from your wages', 'repaid from your salary', 'withheld from wages', 'withheld from your wages', 'deducted from your first', 'deducted from the first', 'taken from your first salary',
    'taken out of your wages', 'taken out of your pay', 'taken from your pay', 'recovered through payroll', 'repaid through deductions'],
  es: ['se descuenta de los primeros', 'se descontara de los primeros', 'descontado de los primeros', 'se recupera del salario', 'se devuelve con el salario', 'se retiene del salario'],
  fr: ['retenu sur les premiers salaires', 'retenue sur les premiers salaires', 'rembourse sur le salaire', 'preleve sur le salaire', 'deduit des premiers salaires'],
  pt: ['descontado dos primeiros salarios', 'descontado do primeiro salario', 'retido do salario', 'abatido do salario'],
  ar: ['يخصم من اول راتب', 'تخصم من اول راتب', 'يخصم من الرواتب الاولى', 'يقتطع من الراتب', 'تقتطع من الراتب', 'يسترد من الراتب'],
  ru: ['удерживается из первых', 'удерживаем из первых', 'вычитается из первых', 'вычитаем из первых', 'удерживается с первых', 'погашается из зарплаты', 'отрабатываете', 'отрабатывается'],
  uk: ['утримується з перших', 'утримується із перших', 'утримуємо з перших', 'вираховується з перших', 'вираховуємо з перших', 'утримується з першої', 'погашається із зарплати', 'відпрацьовуєте'],
  ro: ['se retine din primele salarii', 'retinut din primele salarii', 'se scade din primul salariu', 'se scade din salariu', 'recuperat din salariu'],
  id: ['dipotong dari gaji pertama', 'dipotong dari gaji bulan pertama', 'potong gaji bulan pertama', 'dicicil dari gaji', 'dipotong bertahap dari gaji'],
  tl: ['ikakaltas sa unang sahod', 'kaltas sa unang sahod', 'ibabawas sa sahod', 'ibabawas sa sweldo', 'kakaltasin sa sweldo'],
  ne: ['पहिलो तलबबाट कट्टा', 'तलबबाट असुल', 'तलबबाट काटिनेछ'], 'ne-latn': ['pahilo talab bata katti'], hi: ['पहली सैलरी से कटेगा', 'वेतन से वसूला', 'तनख्वाह से काटा'],
  'hi-latn': ['pehli salary se katega', 'salary se vasool'], bn: ['প্রথম বেতন থেকে কাটা', 'বেতন থেকে আদায়'], vi: ['trừ vào lương tháng đầu', 'trừ dần vào lương', 'khấu trừ vào lương'],
  th: ['หักจากเงินเดือนเดือนแรก', 'หักจากค่าจ้าง', 'ผ่อนหักจากเงินเดือน'], my: ['ပထမလစာမှဖြတ်'], km: ['កាត់ពីប្រាក់ខែដំបូង', 'កាត់ពីប្រាក់ឈ្នួល'],
  zh: ['从首月工资扣', '从前两个月工资扣', '从工资里扣回', '工资中扣回'], am: ['ከመጀመሪያው ደመወዝ ይቆረጣል', 'ከደመወዝ ይቆረጣል'],
};
// Taken from the FIRST wages, the deduction is a debt to work off even with no cost named in its sentence ("ця сума (1 500 €) утримується з перших двох зарплат").
const FIRST = /first|primer|premier|primeir|اول|перв|перш|primul|primele|pertama|unang|पहिल|पहली|প্রথম|đầu|แรก|ပထမ|ដំបូង|首月|前两|መጀመሪያ/;
for (const [lang, ws] of Object.entries(RECOVERED)) {
  more(CHARGE_ALONE, { [lang]: ws.filter((w) => FIRST.test(w)) });
  more(CHARGE_TIED, { [lang]: ws.filter((w) => !FIRST.test(w)) });
}
// "This sum (1 500 €) is withheld from the first two wages": the costs named before are taken back, an amount may stand by it.
more(CHARGE_ALONE, {
  en: ['this amount is deducted', 'this amount will be deducted', 'this sum is deducted', 'these costs are deducted', 'these costs are recovered', 'this amount is recovered', 'the cost is recovered'],
  es: ['esta suma se descuenta', 'este importe se descuenta', 'estos gastos se descuentan'], fr: ['cette somme est retenue', 'ce montant est retenu', 'ces frais sont retenus'],
  pt: ['esse valor e descontado', 'este valor e descontado', 'essas despesas sao descontadas'], ar: ['هذا المبلغ يخصم', 'يخصم هذا المبلغ'],
  ru: ['эта сумма удерживается', 'эта сумма вычитается', 'сумма удерживается', 'эти расходы удерживаются'], uk: ['ця сума утримується', 'ця сума вираховується', 'сума утримується', 'ці витрати утримуються'],
  ro: ['aceasta suma se retine', 'suma se retine'], id: ['biaya ini dipotong', 'jumlah ini dipotong'], tl: ['ang halagang ito ay ikakaltas'], ne: ['यो रकम तलबबाट कट्टा'], hi: ['यह राशि वेतन से काटी'],
  bn: ['এই টাকা বেতন থেকে কাটা'], vi: ['khoản này trừ vào lương', 'số tiền này trừ vào lương'], th: ['ค่าใช้จ่ายนี้หักจากเงินเดือน'], my: ['ဤငွေကိုလစာမှဖြတ်'], km: ['ប្រាក់នេះកាត់ពីប្រាក់ខែ'],
  zh: ['这笔费用从工资扣', '该费用从工资扣'], am: ['ይህ ገንዘብ ከደመወዝ ይቆረጣል'],
});

// "We have not authorised any agent to collect fees" ("本厂未委托任何中介收费"): no one charges in the employer's name.
more(NEG_PHRASES, {
  en: ['not authorised any', 'not authorized any', 'not appointed any', 'no agent is authorised', 'no agent is authorized', 'no agents are authorised', 'no agents are authorized', 'does not use agents'],
  es: ['no ha autorizado a ningun', 'no autorizamos a ningun', 'no trabajamos con intermediarios'], fr: ["n'a mandate aucun", "n'avons mandate aucun", 'aucun intermediaire n est autorise'],
  pt: ['nao autorizou nenhum', 'nao autorizamos nenhum', 'nao trabalhamos com intermediarios'], ar: ['لم تفوض اي', 'لم نفوض اي', 'لا نفوض اي', 'لا يوجد وسطاء'],
  ru: ['не уполномочивала никаких', 'не уполномочивали никаких', 'не работаем с посредниками', 'нет посредников'], uk: ['не уповноважувала жодних', 'не працюємо з посередниками', 'немає посередників'],
  ro: ['nu a imputernicit niciun', 'nu lucram cu intermediari'], id: ['tidak menunjuk calo', 'tidak bekerja sama dengan calo', 'tidak menggunakan calo', 'tanpa calo'],
  tl: ['walang inatasang ahente', 'walang ahente'], ne: ['कुनै एजेन्ट नियुक्त गरेको छैन', 'बिचौलिया छैन'], hi: ['किसी एजेंट को अधिकृत नहीं', 'कोई दलाल नहीं'], bn: ['কোনো দালাল নেই', 'কোনো দালাল নিয়োগ'],
  vi: ['không ủy quyền cho bất kỳ', 'không qua môi giới', 'không thông qua môi giới'], th: ['ไม่มีนายหน้า', 'ไม่ผ่านนายหน้า'], my: ['ပွဲစားမရှိ'], km: ['មិនមានឈ្មួញកណ្តាល'],
  zh: ['未委托任何', '未委托', '没有委托任何', '不委托任何', '未授权任何', '未授权'], am: ['ምንም ደላላ የለም'],
});

// Rent for the worker's room is a living cost, not a fee for the job ("ថ្លៃជួលប្រហែល 25,000 យ៉េន/ខែ កាត់ពីប្រាក់ខែ", "ค่าเช่าห้องหักจากเงินเดือน", "房租从工资扣"):
// its own rules judge housing deductions. These hide the fee words they hold.
more(ORDINARY, {
  en: ['rental fee', 'rent fee', 'room rent', 'rent charge', 'housing rent'], es: ['cuota de alquiler', 'pago del alquiler', 'renta del cuarto'], fr: ['frais de loyer', 'paiement du loyer'],
  pt: ['taxa de aluguel', 'pagamento do aluguel'], ar: ['ايجار السكن', 'رسوم الايجار', 'قيمه الايجار'], ru: ['плата за жилье', 'плата за аренду', 'оплата аренды', 'арендная плата'],
  uk: ['плата за житло', 'плата за оренду', 'оплата оренди', 'орендна плата'], ro: ['plata chiriei', 'costul chiriei'], id: ['biaya sewa', 'uang sewa', 'biaya kos', 'sewa kamar'],
  tl: ['bayad sa upa', 'bayad sa renta'], ne: ['कोठा भाडा', 'घर भाडा'], hi: ['कमरे का किराया', 'मकान किराया'], bn: ['ঘর ভাড়া', 'রুম ভাড়া'], vi: ['tiền thuê nhà', 'phí thuê nhà', 'tiền thuê phòng'],
  th: ['ค่าเช่า', 'ค่าเช่าห้อง', 'ค่าเช่าบ้าน'], my: ['အိမ်ငှားခ', 'အခန်းငှားခ'], km: ['ថ្លៃជួល', 'ថ្លៃជួលផ្ទះ', 'ថ្លៃជួលបន្ទប់'], zh: ['房租', '租金', '房费'], am: ['የቤት ኪራይ'],
});
