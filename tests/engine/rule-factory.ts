import { RuleSchema, type Match, type Rule, type RuleInput } from '../../lib/rules/schema';

/** A valid rule around a match expression, for engine tests. */
export function makeRule(id: string, match: Match, extra: Partial<RuleInput> = {}): Rule {
  return RuleSchema.parse({
    id,
    title: `Rule ${id}`,
    description: 'test rule',
    indicator: { framework: 'online-scam', name: 'test indicator' },
    strength: 'medium',
    dimension: 'deceptive-recruitment',
    status: 'stable',
    match,
    explanation: { en: `why ${id}`, es: `por qué ${id}` },
    advice: { en: `do ${id}` },
    questions: { en: [`ask ${id}?`], es: [`pregunta ${id}?`] },
    sources: [{ title: 'Test source', publisher: 'Test' }],
    examples: { match: ['x'], noMatch: ['y'] },
    falsePositives: 'none known',
    ...extra,
  });
}
