import { describe, expect, it } from 'vitest';
import { compileRuleSet, RuleCompileError } from '../../lib/engine/compile';
import { screen } from '../../lib/engine/screen';
import type { Match } from '../../lib/rules/schema';
import { makeRule } from './rule-factory';

const fee = makeRule('fee', { phrases: { en: ['processing fee*'] }, unless: { phrases: { en: ['no', 'without'] }, before: 2 } }, { strength: 'strong', dimension: 'recruitment-fees' });
const passport = makeRule('passport', { near: [{ phrases: { en: ['passport*'] } }, { phrases: { en: ['kept', 'keep*'] } }], within: 4 }, { strength: 'strong', dimension: 'coercive-recruitment' });
const chat = makeRule('chat', { predicate: 'contact', is: 'chatOnly' }, { strength: 'weak', dimension: 'identity-contact' });
const noCompany = makeRule('no-company', { predicate: 'missing', fields: ['company'] }, { strength: 'weak', dimension: 'identity-contact' });
const lure = makeRule('lure', { atLeast: 2, of: [{ phrases: { en: ['free visa'] } }, { phrases: { en: ['free ticket'] } }, { phrases: { en: ['free (food|accommodation)'] } }] });
const licence = makeRule('licence', { all: [{ phrases: { en: ['(licence|license) no'] } }, { not: { predicate: 'fee' } }] }, { kind: 'mitigator' });
const ask = makeRule('ask', { all: [{ phrases: { en: ['abroad'] } }, { not: { phrases: { en: ['ticket'] } } }] }, { kind: 'question', strength: 'weak' });
const warn = makeRule('warn', { all: [{ phrases: { en: ['beware of'] } }, { not: { phrases: { en: ['apply', 'send'] } } }] }, { kind: 'notice' });
const set = compileRuleSet([fee, passport, chat, noCompany, lure, licence, ask]);
const withNotice = compileRuleSet([fee, passport, chat, noCompany, lure, licence, ask, warn]);

describe('screen', () => {
  it('finds combined red flags with exact evidence in the original text', () => {
    const posting = { title: 'Maids for Dubai', description: 'A PROCESSING FEE applies. Your Passport will be kept by the agency. WhatsApp +971 50 123 4567' };
    const v = screen(posting, set);
    expect(v.level).toBe('high');
    const ids = v.findings.map((f) => f.ruleId);
    expect(ids).toEqual(['fee', 'passport', 'chat', 'no-company']);
    const byId = Object.fromEntries(v.findings.map((f) => [f.ruleId, f]));
    expect(byId.fee!.evidence).toEqual([{ field: 'description', start: 2, end: 16, text: 'PROCESSING FEE' }]);
    expect(byId.passport!.evidence[0]!.text).toBe('Passport will be kept');
    expect(byId['no-company']!.missing).toEqual(['company']);
    for (const f of v.findings) for (const e of f.evidence) expect(posting[e.field as 'description'].slice(e.start, e.end)).toBe(e.text);
  });

  it('a notice rule keeps the findings but caps the level at low', () => {
    const text = 'Beware of agents who say your passport will be kept or who charge a processing fee.';
    const plain = screen({ description: text }, set);
    const v = screen({ description: text }, withNotice);
    expect(plain.level).toBe('high');
    expect(v.notices.map((n) => n.ruleId)).toEqual(['warn']);
    expect(v.findings.map((x) => x.ruleId)).toEqual(plain.findings.map((x) => x.ruleId));
    expect(v.level).toBe('low');
    // The same warning words in an offer that asks for something: the notice rule does not fire.
    const offer = screen({ description: 'Beware of fake agents! Send the processing fee to us; your passport will be kept.' }, withNotice);
    expect(offer.notices).toEqual([]);
    expect(offer.level).toBe('high');
  });

  it('negation before a phrase (unless) suppresses it', () => {
    const v = screen({ company: 'Acme', description: 'No processing fee. Apply at https://acme.example.com' }, set);
    expect(v.findings).toEqual([]);
    expect(v.level).toBe('none');
  });

  it('near respects its window', () => {
    const far = screen({ company: 'Acme', description: 'Bring your passport. We have a lot of great things to say about the job and we will keep in touch.' }, set);
    expect(far.findings.map((f) => f.ruleId)).not.toContain('passport');
  });

  it('contact is landline: a number the numbering plan places as fixed, never an unknown one', () => {
    const set2 = compileRuleSet([makeRule('fixed', { predicate: 'contact', is: 'landline' })]);
    const ids = (d: string) => screen({ company: 'Acme', description: d }, set2).findings.map((f) => f.ruleId);
    expect(ids('Call our office: +44 20 7946 0000')).toEqual(['fixed']);
    expect(ids('Звоните: +7 (495) 555-12-34')).toEqual(['fixed']);
    expect(ids('Text me on +44 7700 900123')).toEqual([]);
    expect(ids('Tel 02-2555-0731')).toEqual([]); // no country: the plan cannot tell
    // National format, read with the plan of the country the posting names.
    expect(ids('Office in Leeds, United Kingdom. Tel 0113 496 0871')).toEqual(['fixed']);
    expect(ids('Office in Leeds, United Kingdom. Tel 07700 900123')).toEqual([]);
    expect(ids('Lucknow, India. Ph: 0522-455 5367')).toEqual(['fixed']);
    expect(ids('Lucknow, India. Ph: 09876 543210')).toEqual([]);
  });

  it('near with sameSentence keeps both parts in one sentence or line', () => {
    const pair = (sameSentence: boolean): Match => ({ near: [{ phrases: { en: ['passport*'] } }, { phrases: { en: ['kept', 'keep*'] } }], within: 6, sameSentence });
    const loose = compileRuleSet([makeRule('loose', pair(false))]);
    const strict = compileRuleSet([makeRule('strict', pair(true))]);
    const across = { company: 'Acme', description: 'Bring your passport.\nWe keep your seat.' };
    const within = { company: 'Acme', description: 'Your passport is kept by us.' };
    expect(screen(across, loose).findings).toHaveLength(1);
    expect(screen(across, strict).findings).toHaveLength(0);
    expect(screen(within, strict).findings).toHaveLength(1);
  });

  it('near with unless drops a pair with a blocker inside it or just around it', () => {
    const set2 = compileRuleSet([
      makeRule('held', {
        near: [{ phrases: { en: ['passport*'] } }, { phrases: { en: ['kept', 'keep*', 'hold*'] } }],
        within: 6,
        unless: { phrases: { en: ['never', 'not'] }, before: 2, after: 0 },
      }),
    ]);
    const ids = (d: string) => screen({ company: 'Acme', description: d }, set2).findings.map((f) => f.ruleId);
    expect(ids('Your passport will be kept by the employer.')).toEqual(['held']);
    expect(ids('Your passport will never be kept by the employer.')).toEqual([]); // inside the pair
    expect(ids('We never hold passports.')).toEqual([]); // just before it
    expect(ids('We never lie. Your passport is kept by the boss.')).toEqual(['held']); // another sentence
  });

  it('atLeast needs enough parts', () => {
    expect(screen({ company: 'A', description: 'free visa only' }, set).findings.map((f) => f.ruleId)).not.toContain('lure');
    expect(screen({ company: 'A', description: 'free visa and free ticket' }, set).findings.map((f) => f.ruleId)).toContain('lure');
  });

  it('mitigators lower the score but never cancel a strong flag', () => {
    const m = screen({ company: 'Acme', description: 'Licence no 123. Free visa, free ticket, free food.' }, set);
    expect(m.mitigations.map((f) => f.ruleId)).toEqual(['licence']);
    expect(m.level).toBe('none');
    const strong = screen({ company: 'Acme', description: 'Licence no 123. Your passport will be kept.' }, set);
    expect(strong.level).toBe('medium');
  });

  it('question rules only add questions', () => {
    const v = screen({ company: 'Acme', description: 'Work abroad as a cook' }, set);
    expect(v.level).toBe('none');
    expect(v.questions).toContain('ask ask?');
  });

  it('explains in the requested locale, falling back to English', () => {
    const v = screen({ description: 'processing fee' }, set, { locale: 'es-MX' });
    const f = v.findings.find((x) => x.ruleId === 'fee')!;
    expect(f.explanation).toBe('por qué fee');
    expect(f.advice).toBe('do fee');
    expect(f.questions).toEqual(['pregunta fee?']);
  });

  it('names countries, and marks truncated text', () => {
    const v = screen({ description: `Work in Dubai or Qatar. ${'x '.repeat(60_000)}` }, set);
    expect(v.countries).toEqual(['AE', 'QA']);
    expect(v.truncated).toBe(true);
  });

  it('is deterministic', () => {
    const p = { description: 'processing fee, passport kept, free visa, free ticket, telegram t.me/abc' };
    expect(JSON.stringify(screen(p, set))).toBe(JSON.stringify(screen(p, set)));
  });
});

describe('compile', () => {
  it('names the rule whose phrase is invalid', () => {
    expect(() => compileRuleSet([makeRule('bad', { phrases: { en: ['{0,2} fee'] } })])).toThrow(RuleCompileError);
    expect(() => compileRuleSet([makeRule('bad', { phrases: { en: ['{0,2} fee'] } })])).toThrow(/rule bad: /);
  });

  it('refuses duplicate ids and impossible atLeast', () => {
    expect(() => compileRuleSet([fee, fee])).toThrow(/duplicate/);
    expect(() => compileRuleSet([makeRule('al', { atLeast: 3, of: [{ phrases: { en: ['a'] } }] })])).toThrow(/atLeast 3 of only 1/);
  });

  it('skips bad rules and reports them when asked', () => {
    const errors: string[] = [];
    const s = compileRuleSet([makeRule('bad', { phrases: { en: ['(a|(b|(c)))'] } }), fee], { onError: (e) => errors.push(e.ruleId) });
    expect(errors).toEqual(['bad']);
    expect(s.rules.map((r) => r.rule.id)).toEqual(['fee']);
  });

  it('does not run deprecated rules', () => {
    const s = compileRuleSet([makeRule('old', { phrases: { en: ['fee'] } }, { status: 'deprecated' })]);
    expect(s.rules).toEqual([]);
  });
});
