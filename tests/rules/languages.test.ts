import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleDir } from '../../lib/rules/load';
import type { Match } from '../../lib/rules/schema';

/**
 * Every strong indicator must speak every language of the people it protects (issue: rule
 * library). Rules made only of predicates (fees, contacts, salary) rely on the extractors'
 * multilingual word lists instead, which tests/extract covers.
 */
export const LANGUAGES = ['en', 'es', 'fr', 'pt', 'ar', 'ru', 'uk', 'ro', 'id', 'tl', 'ne', 'hi', 'bn', 'vi', 'th', 'my', 'km', 'zh', 'am'];

function phraseLangs(m: Match, out = new Set<string>()): Set<string> {
  if ('phrases' in m) Object.keys(m.phrases).forEach((k) => out.add(k));
  else if ('near' in m) m.near.forEach((x) => phraseLangs(x, out));
  else if ('all' in m) m.all.forEach((x) => phraseLangs(x, out));
  else if ('any' in m) m.any.forEach((x) => phraseLangs(x, out));
  else if ('atLeast' in m) m.of.forEach((x) => phraseLangs(x, out));
  // `not` is left out on purpose: an exception list does not make a rule speak a language.
  return out;
}

describe('language coverage', () => {
  const { rules } = loadRuleDir(join(__dirname, '../../assets/rules'));

  it('every strong indicator has phrases in all 19 languages', () => {
    const gaps = rules
      .filter((r) => r.kind === 'indicator' && r.strength === 'strong' && r.status !== 'deprecated')
      .map((r) => ({ id: r.id, langs: phraseLangs(r.match) }))
      .filter(({ langs }) => langs.size > 0 && !langs.has('any'))
      .map(({ id, langs }) => ({ id, missing: LANGUAGES.filter((l) => !langs.has(l)) }))
      .filter((x) => x.missing.length > 0)
      .map((x) => `${x.id}: ${x.missing.join(', ')}`);
    expect(gaps, 'add phrases for the missing language keys to these strong rules (docs/rules.md)').toEqual([]);
  });
});
