import { z } from 'zod';
import { PostingSchema, TEXT_FIELDS } from '../engine/posting';

/**
 * The rule format (docs: README "Writing a rule"). A rule is data only: the match expression is
 * built from a small closed vocabulary that compiles to matchers whose running time is linear in
 * the text (lib/engine/phrase.ts), whatever a feed says. Limits below bound the work per token.
 */

export const LIMITS = {
  // Long alternative lists are common in 19-language rules; work is bounded by states and span, not characters.
  phraseChars: 400,
  phraseElements: 16,
  gapMax: 12,
  /** Most words one phrase can span (literal words plus gaps): bounds the work per start. */
  phraseSpan: 32,
  phrasesPerLang: 400,
  nearWithin: 60,
  // 10: a guard may repeat a rule's own trigger inside a pair and test a predicate beside it (all > not > all > near > any > all > near).
  depth: 10,
  childrenPerNode: 40,
  textChars: 4_000,
} as const;

/** Language key: a BCP 47 primary tag ("en", "tl", "ne-latn" for romanised Nepali) or "any". */
export const LangKey = z.string().regex(/^(any|[a-z]{2,3}(-[a-z0-9]{2,8})?)$/, 'language keys are lower-case BCP 47 tags like "en", "ne-latn", or "any"');

const Phrase = z.string().min(1).max(LIMITS.phraseChars);
export const PhraseMap = z.record(LangKey, z.array(Phrase).min(1).max(LIMITS.phrasesPerLang));

/** Text shown to users, per locale; English is required and is the fallback. */
export const LocalText = z.record(LangKey, z.string().min(1).max(LIMITS.textChars)).refine((t) => typeof t.en === 'string', {
  message: 'an "en" text is required (it is the fallback for every locale)',
});
export const LocalList = z.record(LangKey, z.array(z.string().min(1).max(LIMITS.textChars)).max(20));

/** landline: a phone number whose numbering plan says it is not a mobile (lib/extract/phone-prefixes.ts). */
export const CONTACT_TESTS = ['chatOnly', 'chatApp', 'freeMail', 'none', 'noEmailOrWebsite', 'landline'] as const;
export const FEE_KINDS = [
  'recruitment', 'registration', 'processing', 'medical', 'training', 'visa', 'ticket', 'deposit', 'bond', 'document', 'insurance', 'placement', 'other',
] as const;

/** Blockers ("no", "free", "never"): a hit with one at most `before` words before it or `after` words after it is dropped. */
export type Unless = { phrases: Record<string, string[]>; before?: number; after?: number };

export type Match =
  | { phrases: Record<string, string[]>; unless?: Unless }
  | { near: [Match, Match]; within: number; ordered?: boolean; sameSentence?: boolean; unless?: Unless }
  | { all: Match[] }
  | { any: Match[] }
  | { not: Match }
  | { atLeast: number; of: Match[] }
  | { predicate: 'missing'; fields: (typeof TEXT_FIELDS)[number][] }
  | { predicate: 'contact'; is: (typeof CONTACT_TESTS)[number] }
  | { predicate: 'fee'; kinds?: (typeof FEE_KINDS)[number][]; minAmount?: number }
  | { predicate: 'salary'; is: 'aboveTypical' | 'belowMinimum'; factor?: number };

const UnlessSchema = z.strictObject({
  phrases: PhraseMap,
  before: z.number().int().min(0).max(LIMITS.gapMax).optional(),
  after: z.number().int().min(0).max(LIMITS.gapMax).optional(),
});

export const MatchSchema: z.ZodType<Match> = z.lazy(() =>
  z.union([
    z.strictObject({ phrases: PhraseMap, unless: UnlessSchema.optional() }),
    z.strictObject({
      near: z.tuple([MatchSchema, MatchSchema]),
      within: z.number().int().min(1).max(LIMITS.nearWithin),
      ordered: z.boolean().optional(),
      /** Both parts in one sentence (a line break or a full stop ends one). */
      sameSentence: z.boolean().optional(),
      /** Blockers around the pair, counted from its first and last word. */
      unless: UnlessSchema.optional(),
    }),
    z.strictObject({ all: z.array(MatchSchema).min(1).max(LIMITS.childrenPerNode) }),
    z.strictObject({ any: z.array(MatchSchema).min(1).max(LIMITS.childrenPerNode) }),
    z.strictObject({ not: MatchSchema }),
    z.strictObject({ atLeast: z.number().int().min(1), of: z.array(MatchSchema).min(1).max(LIMITS.childrenPerNode) }),
    z.strictObject({ predicate: z.literal('missing'), fields: z.array(z.enum(TEXT_FIELDS)).min(1) }),
    z.strictObject({ predicate: z.literal('contact'), is: z.enum(CONTACT_TESTS) }),
    z.strictObject({ predicate: z.literal('fee'), kinds: z.array(z.enum(FEE_KINDS)).optional(), minAmount: z.number().min(0).optional() }),
    z.strictObject({ predicate: z.literal('salary'), is: z.enum(['aboveTypical', 'belowMinimum']), factor: z.number().min(1).max(100).optional() }),
  ]),
) as z.ZodType<Match>;

export const FRAMEWORKS = ['ilo-forced-labour', 'ilo-ec-operational', 'ilo-fair-recruitment', 'iom-iris', 'unodc', 'polaris', 'online-scam'] as const;
export const DIMENSIONS = [
  'deceptive-recruitment', // ILO/EC: deception about the job, employer, location, conditions, travel
  'coercive-recruitment', // ILO/EC: debt bondage, confiscation of documents, isolation
  'abuse-of-vulnerability', // ILO/EC: targeting people with no other options, age/gender/appearance demands
  'exploitative-conditions', // ILO/EC and UNODC: hours, pay below minimum, housing, deductions
  'recruitment-fees', // ILO fair recruitment: the worker pays for being recruited
  'scam-fraud', // online-scam patterns: money mules, task scams, reshipping, cheques
  'identity-contact', // who is behind the ad and how they can be reached
] as const;
export const STRENGTHS = ['strong', 'medium', 'weak'] as const;
export const RULE_KINDS = ['indicator', 'mitigator', 'question', 'notice'] as const;

export const SourceSchema = z.strictObject({
  title: z.string().min(3).max(300),
  publisher: z.string().min(2).max(200),
  year: z.number().int().min(1900).max(2100).optional(),
  section: z.string().max(300).optional(),
  url: z.string().url().max(2_000).optional(),
});

const Example = z.union([z.string().min(1).max(20_000), PostingSchema]);

export const RuleSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'rule ids are kebab-case: lower-case letters, digits and single dashes'),
    title: z.string().min(3).max(200),
    description: z.string().min(3).max(LIMITS.textChars),
    /**
     * indicator: raises risk; mitigator: lowers it (never below what a strong flag sets); question: only asks;
     * notice: the text is a warning or information notice, not an offer (caps the level at low).
     */
    kind: z.enum(RULE_KINDS).default('indicator'),
    indicator: z.strictObject({ framework: z.enum(FRAMEWORKS), code: z.string().max(40).optional(), name: z.string().min(3).max(300) }),
    strength: z.enum(STRENGTHS),
    dimension: z.enum(DIMENSIONS),
    status: z.enum(['experimental', 'test', 'stable', 'deprecated']),
    match: MatchSchema,
    explanation: LocalText,
    advice: LocalText,
    questions: LocalList.optional(),
    sources: z.array(SourceSchema).min(1).max(20),
    examples: z.strictObject({
      match: z.array(Example).min(1).max(100),
      noMatch: z.array(Example).min(1).max(100),
      /** Known misses: texts the rule should catch but does not yet. The build checks they still miss, so fixing one moves it to `match`. */
      gaps: z.array(Example).max(30).optional(),
    }),
    falsePositives: z.string().min(3).max(LIMITS.textChars),
  });

export type RuleInput = z.input<typeof RuleSchema>;
export type Rule = z.output<typeof RuleSchema>;
export type Strength = (typeof STRENGTHS)[number];
export type Dimension = (typeof DIMENSIONS)[number];
