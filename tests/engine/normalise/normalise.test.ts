import { describe, expect, it } from 'vitest';
import { foldText, foldWord, normalise, originalRange } from '../../../lib/engine/normalise/index';

const n = (s: string) => normalise(s).text;

describe('normalise: Unicode', () => {
  it.each([
    ['NFKC: full-width letters', 'ＰＡＳＳＰＯＲＴ', 'passport'],
    ['case folding', 'PaSsPoRt', 'passport'],
    ['German sharp s', 'STRAßE', 'strasse'],
    ['accents folded in Latin script', 'Pasapórte ÉTÉ', 'pasaporte ete'],
    ['decomposed accents', 'e\u0301te\u0301', 'ete'],
    ['Vietnamese without diacritics', 'Việc làm lương cao, đi Đài Loan', 'viec lam luong cao, di dai loan'],
    ['Romanian diacritics', 'Locuri de muncă în străinătate', 'locuri de munca in strainatate'],
    ['Indic vowel signs kept', 'नौकरी पासपोर्ट', 'नौकरी पासपोर्ट'],
    ['Thai marks kept', 'ค่าสมัคร', 'ค่าสมัคร'],
    ['Devanagari nukta folded (precomposed and combining)', 'ऑफ़िस तनख़्वाह \u0958', 'ऑफिस तनख्वाह क'],
    ['Arabic letter variants and diacritics', 'أَجْرٌ إقامة آمنة مدينة', 'اجر اقامه امنه مدينه'],
    ['Arabic tatweel', 'راتـــب', 'راتب'],
    ['Arabic-Indic digits', '١٥٠٠ درهم', '1500 درهم'],
    ['Devanagari and Bengali digits', '१५००० ৳২০০০০', '15000 ৳20000'],
    ['Russian ё', 'Ёлка всё', 'елка все'],
    ['whitespace collapsed', 'ab\t  cd\u00a0ef\r\n \n gh', 'ab cd ef\ngh'],
  ])('%s', (_name, input, expected) => expect(n(input)).toBe(expected));
});

describe('normalise: filter-dodging tricks', () => {
  it.each([
    ['zero-width characters', 'pass\u200bport what\u200d\u2060sapp', 'passport whatsapp'],
    ['soft hyphen and bidi marks', 'tele\u00adgram \u202ewa\u202c', 'telegram wa'],
    ['spaced letters', 'W h a t s A p p me', 'whatsapp me'],
    ['dotted letters', 'g.m.a.i.l', 'gmail'],
    ['dashed letters', 'T-e-l-e-g-r-a-m', 'telegram'],
    ['spaced letters with dots and spaces', 'V . i . b . e . r', 'viber'],
    ['spaced digits', 'call 0 9 1 7 1 2 3 4 5 6 7 now', 'call 09171234567 now'],
    ['dotted digits', '0.9.1.7.1.2.3', '0917123'],
    ['digits for letters', 'WH4TSAPP p4ssp0rt 0nline', 'whatsapp passport online'],
    ['Cyrillic look-alikes in a Latin word', 'pаsspоrt (Cyrillic а, о)', 'passport (cyrillic а, о)'],
    ['Latin look-alikes in a Cyrillic word', 'рабoта зapплата', 'работа зарплата'],
    ['Greek look-alikes', 'pαssport', 'passport'],
    ['emoji between words', 'free🛫ticket 💰💰 visa', 'free ticket visa'],
    ['emoji between letters', 'W💰h💰a💰t💰s💰a💰p💰p', 'whatsapp'],
  ])('%s', (_name, input, expected) => expect(n(input)).toBe(expected));

  it.each([
    ['numbers with units', 'reply in 24h, 2nd floor, 10am, covid19', 'reply in 24h, 2nd floor, 10am, covid19'],
    ['money', '5 000 ₽ за карту, 1.000–1.500 USD', '5 000 ₽ за карту, 1.000–1.500 usd'],
    ['two single letters', 'il y a du travail', 'il y a du travail'],
    ['e-mail addresses keep @', 'john4@mail.com', 'john4@mail.com'],
    ['short digit groups', '1 2 3 go', '1 2 3 go'],
  ])('leaves alone: %s', (_name, input, expected) => expect(n(input)).toBe(expected));
});

describe('normalise: offset map', () => {
  it('maps every normalised range back to the original characters', () => {
    const original = 'Contact W h a t s A p p: +63 917';
    const r = normalise(original);
    const at = r.text.indexOf('whatsapp');
    expect(at).toBeGreaterThan(0);
    const [s, e] = originalRange(r, at, at + 'whatsapp'.length);
    expect(original.slice(s, e)).toBe('W h a t s A p p');
  });

  it('maps through expansions, removals and surrogate pairs', () => {
    const original = '😀 ＰＡＳＳ\u200bPORT ﬁne';
    const r = normalise(original);
    expect(r.text).toBe('passport fine');
    const [s, e] = originalRange(r, 0, 8);
    expect(original.slice(s, e)).toBe('ＰＡＳＳ\u200bPORT');
    const [fs, fe] = originalRange(r, 9, 13);
    expect(original.slice(fs, fe)).toBe('ﬁne');
    expect(r.starts.length).toBe(r.text.length);
  });

  it('foldText folds characters without joining spaced letters', () => {
    expect(foldText('A B C')).toBe('a b c');
  });

  it('folds Traditional Chinese to Simplified, one character to one (offsets unchanged)', () => {
    const r = normalise('護照由僱主保管，工資每月');
    expect(r.text).toBe('护照由雇主保管,工资每月'); // the full-width comma folds too (NFKC)
    expect(r.text.length).toBe(12);
    expect(normalise('护照由雇主保管').text).toBe('护照由雇主保管');
  });

  it('foldWord folds a phrase word exactly as the same word in a text (digits for letters, look-alikes)', () => {
    for (const w of ['SIP3MI', 'p4ssp0rt', 'wаtsap', 'covid19', '24h', 'Visa']) {
      expect(foldWord(w), w).toBe(normalise(`Text with ${w} here`).text.split(' ')[2]);
    }
    expect(foldWord('SIP3MI')).toBe('sipemi');
  });

  it('is linear: 2 MB of adversarial text normalises', () => {
    const big = 'W h a t s 4 p p \u200b😀 pаss '.repeat(80_000);
    const r = normalise(big);
    expect(r.text.length).toBeGreaterThan(1_000_000);
  });
});
