/**
 * Round 10 word families, appended to the lists of fee-negators.ts and fee-ordinary.ts when this
 * module loads. Data only.
 *
 * A living cost the worker may take or leave ("housing is optional", "tự nguyện đăng ký",
 * "pwede ka rin kumuha ng sariling apartment") or that is deducted only with the worker's signed
 * consent is not a fee charged to the worker: sentence-wide, so it must be nearer the cost than
 * any charge phrase ("se descuenta", "trừ vào lương").
 */
import { NEG_BEFORE, NEG_EITHER, NEG_PHRASES } from './fee-negators';
import { ORDINARY } from './fee-ordinary';
import { more, type Lex } from './fee-words';
import { prep } from './text';

const CHOICE: Lex = {
  en: ['is optional', 'optional', 'voluntary', 'not compulsory', 'not mandatory', 'with your written consent', 'with your consent', 'your signed consent', 'signed authorisation',
    'signed authorization', 'written authorisation', 'written authorization', 'you may live elsewhere', 'or live elsewhere', 'or find your own'],
  es: ['es opcional', 'opcional', 'voluntario', 'voluntaria', 'no obligatorio', 'no es obligatorio', 'autorizacion firmada', 'con tu autorizacion', 'con su autorizacion',
    'con tu consentimiento', 'con su consentimiento', 'consentimiento por escrito'],
  fr: ['facultatif', 'facultative', 'optionnel', 'optionnelle', 'non obligatoire', 'avec votre accord ecrit', 'avec votre consentement', 'autorisation signee', 'accord signe'],
  pt: ['opcional', 'facultativo', 'facultativa', 'nao obrigatorio', 'nao e obrigatorio', 'com a sua autorizacao', 'com sua autorizacao', 'autorizacao assinada',
    'com o seu consentimento', 'consentimento por escrito'],
  ro: ['optional', 'optionala', 'facultativ', 'facultativa', 'nu este obligatoriu', 'cu acordul tau scris', 'cu acordul dumneavoastra', 'acord scris semnat'],
  ru: ['по желанию', 'добровольно', 'необязательно', 'не обязательно', 'с вашего письменного согласия', 'с письменного согласия', 'с вашего согласия', 'с согласия работника'],
  uk: ['за бажанням', 'добровільно', 'необовязково', "необов'язково", 'з вашої письмової згоди', 'з письмової згоди', 'з вашої згоди', 'за згодою працівника'],
  ar: ['اختياري', 'اختيارية', 'غير إلزامي', 'غير الزامي', 'بموافقتك الخطية', 'بموافقة خطية', 'بموافقتك المكتوبة', 'بموافقة العامل'],
  id: ['opsional', 'sukarela', 'tidak wajib', 'dengan persetujuan tertulis', 'dengan persetujuan anda'],
  tl: ['opsyonal', 'optional lang', 'hindi sapilitan', 'hindi required', 'pwede ka rin kumuha', 'puwede ka ring kumuha', 'kung gusto mo lang', 'may pahintulot mo'],
  hi: ['वैकल्पिक', 'स्वैच्छिक', 'अनिवार्य नहीं', 'आपकी लिखित सहमति से', 'लिखित सहमति से'], 'hi-latn': ['optional hai', 'apni marzi se', 'likhit sahmati'],
  ne: ['ऐच्छिक', 'स्वैच्छिक', 'अनिवार्य छैन', 'लिखित सहमतिमा'], 'ne-latn': ['aichhik', 'swechhik'],
  bn: ['ঐচ্ছিক', 'স্বেচ্ছায়', 'বাধ্যতামূলক নয়', 'লিখিত সম্মতিতে', 'আপনার সম্মতিতে'],
  vi: ['tự nguyện', 'không bắt buộc', 'tùy chọn', 'có sự đồng ý bằng văn bản', 'khi bạn đồng ý', 'ở ngoài thì không trừ', 'ở ngoài thì ko trừ'],
  th: ['ไม่บังคับ', 'สมัครใจ', 'ตามความสมัครใจ', 'โดยความยินยอมเป็นลายลักษณ์อักษร', 'ด้วยความยินยอม'],
  zh: ['自愿', '自願', '可选', '可選', '非强制', '非強制', '经本人书面同意', '經本人書面同意', '书面同意', '書面同意'],
  am: ['በፈቃደኝነት', 'አማራጭ', 'ግዴታ አይደለም', 'በጽሁፍ ስምምነትዎ'], my: ['မိမိဆန္ဒအလျောက်', 'မဖြစ်မနေမဟုတ်', 'စာဖြင့်သဘောတူ'], km: ['ស្ម័គ្រចិត្ត', 'មិនបង្ខំ', 'ដោយការយល់ព្រមជាលាយលក្ខណ៍អក្សរ'],
};
more(NEG_PHRASES, CHOICE);
/** The worker's choice or consent: a deduction written after it does not put the cost back on the worker (see chargedBack in fees.ts). */
export const CHOICE_WORDS = new Set(Object.values(CHOICE).flat().flatMap((w) => [w, w.normalize('NFKC')]).map(prep));

// "Ko thu phí tuyển dụng": the informal Vietnamese "not" (ko, k, hok, hông) before "charge".
more(NEG_BEFORE, { vi: ['ko thu', 'k thu', 'hok thu', 'hông thu', 'ko mất', 'k mất', 'ko lấy', 'k lấy', 'không lấy', 'ko phải đóng', 'ko phải nộp', 'ko đóng', 'ko nộp'] });
more(NEG_EITHER, { vi: ['ko thu', 'k thu', 'hok thu', 'ko mất', 'k mất'] });

// "Written in the contract" and "a share of the service charge" name no fee: the contract and the service charge here are not what is paid for.
more(ORDINARY, {
  en: ['written in the contract', 'stated in the contract', 'set out in the contract', 'service charge share', 'share of service charge', 'share of the service charge', 'share of tips'],
  tl: ['nakasulat sa kontrata', 'nakalagay sa kontrata', 'nakasaad sa kontrata', 'ayon sa kontrata'],
  es: ['reparto de propinas', 'parte del cargo por servicio'], fr: ['partage des pourboires', 'part du service'],
  zh: ['服务费分成', '服務費分成', '服务费提成', '服務費提成', '合同中写明', '合同中寫明', '合同约定', '合同約定'],
  ar: ['حصة من رسوم الخدمة', 'نسبة من رسوم الخدمة'], vi: ['chia phí dịch vụ', 'ghi trong hợp đồng'], th: ['ส่วนแบ่งค่าบริการ', 'ส่วนแบ่งเซอร์วิสชาร์จ'],
  ru: ['прописано в договоре', 'указано в договоре'], uk: ['прописано в договорі', 'зазначено в договорі'],
});

// "Chủ sử dụng trả phí tuyển dụng và vé máy bay": the employer, named by the Vietnamese labour-law term, pays.
more(NEG_PHRASES, { vi: ['chủ sử dụng trả', 'chủ sử dụng chịu', 'chủ sử dụng chi trả', 'người sử dụng lao động trả', 'người sử dụng lao động chịu', 'nghiệp đoàn trả', 'nghiệp đoàn chịu'] });

// Language completion: the same choice, consent, contract and service-charge ideas in the languages that had few words.
// CHOICE_WORDS is built above, so the new choice words are added to it here too ('voluntary' never excuses a strong cost).
const CHOICE_MORE: Lex = {
  en: ['not obligatory', 'at your own choice', 'if you wish to stay'],
  es: ['a eleccion del trabajador', 'puedes vivir por tu cuenta'], fr: ['au choix du salarie', 'sur la base du volontariat'], pt: ['por opcao do trabalhador', 'pode morar por conta propria'],
  ro: ['la alegere', 'cu acordul angajatului'], ru: ['по собственному желанию', 'с согласия сотрудника', 'можно жить самостоятельно'], uk: ['за власним бажанням', 'за згодою', 'можна жити самостійно'],
  ar: ['طوعي', 'غير إجباري', 'مش إجباري', 'ليس إلزاميا', 'حسب رغبتك', 'بموافقتك'],
  id: ['tidak diwajibkan', 'atas persetujuan pekerja', 'dengan izin tertulis', 'boleh tinggal di luar', 'boleh kos sendiri'],
  tl: ['boluntaryo', 'kusang loob', 'hindi obligado', 'may nakasulat na pahintulot', 'pwedeng mag boarding house'],
  hi: ['अपनी मर्जी से', 'अपनी मर्ज़ी से', 'आपकी सहमति से', 'बाध्यकारी नहीं'], 'hi-latn': ['voluntary hai', 'compulsory nahi', 'aapki sahmati se', 'apni marji se'],
  ne: ['आफ्नो इच्छा अनुसार', 'आफ्नै इच्छामा', 'तपाईंको सहमतिमा', 'बाध्यकारी छैन'], 'ne-latn': ['optional cha', 'aafno ichha anusar', 'compulsory chaina', 'sahamati ma'],
  bn: ['নিজের ইচ্ছায়', 'বাধ্যতামূলক না', 'লিখিত সম্মতি', 'ইচ্ছা হলে'],
  vi: ['đồng ý bằng văn bản', 'có thể ở ngoài', 'không ép buộc'], th: ['ยินยอมเป็นหนังสือ', 'แล้วแต่ความสมัครใจ', 'พักข้างนอกได้'],
  zh: ['不强制', '不強制', '员工同意', '員工同意', '可自行租房', '可自行安排住宿'],
  my: ['ကိုယ့်ဆန္ဒအလျောက်', 'ဆန္ဒရှိမှ', 'မဖြစ်မနေ မဟုတ်', 'သဘောတူညီချက်ဖြင့်', 'အပြင်မှာနေလို့ရ'],
  km: ['តាមការស្ម័គ្រចិត្ត', 'ជាជម្រើស', 'មិនកាតព្វកិច្ច', 'ដោយការយល់ព្រម'],
  am: ['ከፈለጉ ብቻ', 'ፈቃደኛ ከሆኑ', 'ያለ ግዴታ', 'በፈቃድዎ', 'በስምምነትዎ'],
};
more(NEG_PHRASES, CHOICE_MORE);
for (const w of Object.values(CHOICE_MORE).flat()) { CHOICE_WORDS.add(prep(w)); CHOICE_WORDS.add(prep(w.normalize('NFKC'))); }

more(ORDINARY, {
  es: ['estipulado en el contrato', 'indicado en el contrato'], fr: ['prevu au contrat', 'indique dans le contrat', 'partage du service'],
  pt: ['escrito no contrato', 'previsto no contrato', 'divisao das gorjetas', 'parte da taxa de servico'], ro: ['prevazut in contract', 'mentionat in contract', 'impartirea bacsisului'],
  ar: ['مذكور في العقد', 'مكتوب في العقد'], id: ['tertulis di kontrak', 'tercantum dalam kontrak', 'pembagian service charge', 'bagi hasil service'],
  tl: ['hati sa service charge', 'parte sa service charge'], hi: ['अनुबंध में लिखा', 'कॉन्ट्रैक्ट में लिखा', 'सर्विस चार्ज का हिस्सा'], 'hi-latn': ['contract me likha', 'service charge ka hissa'],
  ne: ['सम्झौतामा लेखिएको', 'करारमा उल्लेख', 'सेवा शुल्कको हिस्सा', 'सर्भिस चार्जको भाग'], 'ne-latn': ['contract ma lekhiyeko', 'service charge ko bhag'],
  bn: ['চুক্তিতে লেখা', 'চুক্তিতে উল্লেখিত', 'সার্ভিস চার্জের অংশ'], vi: ['nêu trong hợp đồng', 'chia tiền tip', 'chia tiền service'], th: ['ระบุไว้ในสัญญา', 'เขียนไว้ในสัญญา', 'ส่วนแบ่งทิป'],
  my: ['စာချုပ်တွင်ဖော်ပြ', 'စာချုပ်ထဲမှာပါ', 'ဆားဗစ်ချာ့ခွဲဝေ'], km: ['សរសេរក្នុងកិច្ចសន្យា', 'ចែងក្នុងកិច្ចសន្យា', 'ចែកថ្លៃសេវា'],
  am: ['በውሉ ላይ የተጻፈ', 'በውሉ ላይ የተገለጸ', 'የሰርቪስ ቻርጅ ድርሻ'], zh: ['小费分成', '小費分成'],
});
