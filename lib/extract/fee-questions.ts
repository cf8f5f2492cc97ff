/**
 * A cost asked about and denied: "Do I pay for the visa?" — "No, the employer pays". A fee word
 * inside a question is not a statement, and a negative answer right after it (the rest of the
 * line after "?", or the next sentence or line) settles it: the cost is not charged. Question
 * marks and particles, and answer negations, of the 19 languages. Reads prep()'d text.
 */

/** A question mark of any script (the Arabic "؟" does not end a sentence in text.ts). */
const QMARK = /[?？؟;]/;
/** Particles and words that make a line a question when it has no question mark. */
const Q_END = /(?:吗|嗎|么|麼|呢|ไหม|มั้ย|มั๊ย|หรือเปล่า|หรือไม่|မလား|လား|ဘူးလား|ទេ|ឬទេ|ឬអត់|khong|không|chua|chưa|\bba|\bkya|\bki|\bna|\bhai kya|\bho|\bঃ?কি|\bহবে কি|\bहो|\bछ|\bहुन्छ|\bली|\bли|ናቸው|ነው|ወይ)\s*$/u;
const Q_START = /^(?:do|does|did|is|are|will|would|should|must|can|have|how much|any|est[- ]ce|faut[- ]il|dois[- ]je|hay que|tengo que|debo|tenho que|preciso|devo|هل|ли|чи|trebuie sa|apakah|perlu|harus|kailangan ba|may bayad ba|क्या|কি|का|liệu|có phải|có cần|是否|要不要|需不需要|ต้อง)(?=[^\p{L}\p{M}]|$)/u;
/** "ли" and "чи" stand inside the question ("Нужно ли платить"). */
const Q_INSIDE = /(?:^|\s)(?:ли|чи|ba|kya|क्या|কি)(?=[\s,]|$)/u;

/** Answers that begin with a negation, in spaced scripts (a word boundary must follow). */
const NEG_WORD = /^(?:no|nope|nah|not|never|none|non|nao|nada|nunca|nu|niciodata|нет|нi|ні|нiт|не нужно|не надо|не треба|не потрібно|никогда|ніколи|لا|لأ|كلا|ابدا|hindi|wala|tidak|nggak|ngga|gak|enggak|tak|bukan|khong|ko|chang|k|नहीं|नही|nahi|nahin|nai|ना|না|নাহ|নেই|होइन|हैन|छैन|hoina|haina|chaina|pardaina|አይ|አይደለም|የለም|አይደለም።)(?=[^\p{L}\p{M}]|$)/u;
/** And in unspaced scripts (Thai, Chinese, Khmer, Burmese). */
const NEG_PREFIX = /^(?:ไม่|เปล่า|不|没有|沒有|没|沒|无|無|免|ទេ|អត់|មិន|គ្មាន|မဟုတ်|မလို|မရှိ|မပေး)/u;
/** Quote marks, bullets, a time stamp or a speaker label ("Agent:", "[10:32] Ana:") before the answer. */
const LEAD = /^[\s"'«“„‘\-–—•*>]*(?:\[[^\]\n]{0,24}\]\s*)?/u;
const LABEL = /^[\p{L}\p{M}\d+ .'’()-]{1,30}:\s*/u;
/** A chat time stamp on a line of its own ("10:45 AM"). */
const STAMP = /^\s*\[?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\]?\s*$/;

function deniedAnswer(after: string): boolean {
  const a = after.replace(LEAD, '');
  if (NEG_WORD.test(a) || NEG_PREFIX.test(a)) return true;
  const b = a.replace(LABEL, '').replace(LEAD, '');
  return b !== a && (NEG_WORD.test(b) || NEG_PREFIX.test(b));
}

/**
 * The cost at `at..end` stands in a question (before a question mark of its sentence, or on a
 * line that reads as a question) and the answer right after it begins with a negation.
 */
/** How far a question mark may follow the cost, and how long a question line may be: questions are short. */
const Q_REACH = 160;
const MAX_QUESTION = 400;

export function askedAndDenied(p: string, ends: number[], sentIndex: number, at: number, end: number): boolean {
  const sStart = sentIndex === 0 ? 0 : ends[sentIndex - 1]! + 1;
  const sEnd = ends[sentIndex] ?? p.length;
  // Bounded windows: a 1 MB text with no sentence end must not be re-read for every fee word.
  const tail = p.slice(end, Math.min(p.length, sEnd + 1, end + Q_REACH));
  const m = /[?？؟]/.exec(tail);
  let q: number;
  if (m) q = end + m.index;
  else {
    if (sEnd - sStart > MAX_QUESTION) return false;
    const line = p.slice(sStart, sEnd).trim();
    if (!Q_END.test(line) && !Q_START.test(line) && !Q_INSIDE.test(line)) return false;
    q = sEnd;
  }
  // The answer: the rest after the question mark, or the next non-empty sentence (its start is what counts).
  let from = q + 1;
  let k = sentIndex;
  while (k < ends.length && ends[k]! < from) k++;
  const answer = (a: number, b: number | undefined) => p.slice(a, Math.min(b ?? p.length, a + Q_REACH));
  let ans = answer(from, ends[k]);
  for (let n = 0; n < 3 && (!ans.trim() || STAMP.test(ans)) && k < ends.length; n++) {
    from = ends[k]! + 1;
    k++;
    ans = answer(from, ends[k]);
  }
  return QMARK.test(p[q] ?? '?') || q === sEnd ? deniedAnswer(ans) : false;
}
