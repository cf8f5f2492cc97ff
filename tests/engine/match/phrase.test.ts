import { describe, expect, it } from 'vitest';
import { normalise } from '../../../lib/engine/normalise/index';
import { PhraseIndex } from '../../../lib/engine/match/phrase-index';
import { PhraseError, parsePhrase } from '../../../lib/engine/match/phrase-syntax';
import { tokenize } from '../../../lib/engine/match/tokens';

/** Finds a phrase in a text; returns the original text of each match. */
function find(phrase: string, text: string): string[] {
  const idx = new PhraseIndex();
  const id = idx.add(phrase);
  const n = normalise(text);
  const t = tokenize(n.text);
  return (idx.scan(t).get(id) ?? []).map((s) => text.slice(n.starts[t.starts[s.a]!]!, n.ends[t.ends[s.b - 1]! - 1]!));
}

describe('phrases: spaced scripts', () => {
  it.each([
    ['literal with word boundaries', 'processing fee', 'A processing fee applies', ['processing fee']],
    ['no match inside a word', 'fee', 'coffee feed', []],
    ['prefix', 'passport*', 'Passports and PASSPORT', ['Passports', 'PASSPORT']],
    ['optional word', 'free air? ticket', 'free ticket, free air ticket', ['free ticket', 'free air ticket']],
    ['alternatives', '(keep|hold*) passport*', 'we hold passports; keep passport', ['hold passports', 'keep passport']],
    ['multi-word alternative', 'free (air ticket|visa)', 'free air ticket', ['free air ticket']],
    ['gap', 'passport {0,3} kept', 'passport will be kept; passport is never ever really kept', ['passport will be kept']],
    ['wildcard', 'pay * fee', 'pay the fee, pay fee', ['pay the fee']],
    ['accents and case', 'pasaporte retenido', 'PASAPÓRTE RETENIDO', ['PASAPÓRTE RETENIDO']],
    ['Cyrillic', 'оплата за визу', 'Оплата за визу 200$', ['Оплата за визу']],
    ['Arabic with variants', 'رسوم التاشيرة', 'يجب دفع رسوم التأشيرة', ['رسوم التأشيرة']],
    ['Devanagari', 'पासपोर्ट जमा', 'आपका पासपोर्ट जमा होगा', ['पासपोर्ट जमा']],
    ['Amharic', 'ፓስፖርት', 'ፓስፖርትዎን እናስቀምጣለን', []],
    ['Amharic prefix', 'ፓስፖርት*', 'ፓስፖርትዎን እናስቀምጣለን', ['ፓስፖርትዎን']],
    ['obfuscated text', 'whatsapp', 'W.h.a.t.s.A.p.p', ['W.h.a.t.s.A.p.p']],
    ['group inside a group', '(go out|leave the (house|camp))', 'never leave the camp; go out', ['leave the camp', 'go out']],
    ['optional word inside a group', '(free air? ticket|visa) provided', 'free ticket provided, free air ticket provided', ['free ticket provided', 'free air ticket provided']],
    ['optional inner group', '(pay (the|a)? fee)', 'pay fee, pay the fee', ['pay fee', 'pay the fee']],
    // A list "Visa\nFee: none" or two fields joined by a blank line are not the phrase "visa fee".
    ['never across a line break', 'visa fee', 'Free visa\nFee: none\n\nvisa fee', ['visa fee']],
    ['a gap stops at a line break too', 'passport {0,3} kept', 'Passport\nkept safe; passport is kept', ['passport is kept']],
    ['a sentence end inside a line does not stop it', 'visa fee', 'No. Visa. Fee', ['Visa. Fee']],
  ])('%s', (_n, phrase, text, expected) => expect(find(phrase, text)).toEqual(expected));
});

describe('phrases: scripts written without spaces', () => {
  it.each([
    ['Thai inside a run', 'ค่าสมัคร', 'เสียค่าสมัครงาน500บาท', ['ค่าสมัคร']],
    ['Thai with gap in characters', 'ค่า {0,6} วีซ่า', 'จ่ายค่าทำวีซ่าเอง', ['ค่าทำวีซ่า']],
    ['Chinese', '护照 {0,4} 保管', '入职后护照由公司保管', ['护照由公司保管']],
    ['Khmer', 'លិខិតឆ្លងដែន', 'ក្រុមហ៊ុននឹងរក្សាលិខិតឆ្លងដែនរបស់អ្នក', ['លិខិតឆ្លងដែន']],
    ['Burmese', 'ပတ်စ်ပို့', 'ပတ်စ်ပို့ကို ကုမ္ပဏီက သိမ်းထားမည်', ['ပတ်စ်ပို့']],
    ['Japanese', 'パスポート', 'パスポートを預かります', ['パスポート']],
    ['Latin word inside Thai text', 'line', 'ติดต่อทางLineเท่านั้น', ['Line']],
  ])('%s', (_n, phrase, text, expected) => expect(find(phrase, text)).toEqual(expected));
});

describe('phrase syntax errors', () => {
  it.each([
    ['{0,3} fee', /start or end with a gap/],
    ['fee {0,99} pay', /gap/],
    ['(a|(b|(c)))', /nested/],
    ['(a|(b c?))', /plain words/],
    [`(${Array.from({ length: 7 }, (_, i) => `(x${i}|y${i})`).join(' ')})`, /more than 64/],
    ['a|b', /parentheses/],
    ['word?', /only optional/],
    ['fe*e', /only at the end/],
    [Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '), /elements/],
    ['!!!', /no letters/],
  ])('%s is refused', (phrase, msg) => expect(() => parsePhrase(phrase)).toThrow(msg));

  it('errors are PhraseError', () => expect(() => parsePhrase('(')).toThrow(PhraseError));

  it('a phrase spanning more than 32 words is refused', () => {
    expect(() => new PhraseIndex().add('a {0,12} b {0,12} c {0,12} d')).toThrow(/at most 32/);
  });
});

describe('phrases: bounded work', () => {
  it('a worst-case phrase on a long repetitive text finishes and caps hits', () => {
    const idx = new PhraseIndex();
    const id = idx.add('a {0,12} a {0,12} a {0,4} b');
    const text = 'a '.repeat(200_000);
    const t = tokenize(normalise(text).text);
    expect(idx.scan(t).get(id)).toBeUndefined();
  });
});
