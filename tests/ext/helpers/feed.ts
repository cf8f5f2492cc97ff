import { compileRuleSet, type CompiledRuleSet } from '../../../lib/engine/compile';
import { formatPublicKeyFile, generateKeyPair, publicKeyOf, signMessage, type MinisignSecretKey } from '../../../lib/feed/minisign';
import { FeedSchema, type Feed } from '../../../lib/feed/schema';
import type { RuleInput } from '../../../lib/rules/schema';

/** A small, stable feed for unit tests: independent of the rule library, which changes daily. */
export function rule(id: string, over: Partial<RuleInput> = {}): RuleInput {
  return {
    id,
    title: `Test rule ${id}`,
    description: 'A rule used only by the extension tests.',
    kind: 'indicator',
    indicator: { framework: 'ilo-forced-labour', code: '7', name: 'Retention of identity documents' },
    strength: 'strong',
    dimension: 'coercive-recruitment',
    status: 'stable',
    match: { phrases: { en: ['passport kept by employer'] } },
    explanation: { en: 'Someone else would keep your passport.', ar: 'سيحتفظ شخص آخر بجواز سفرك.' },
    advice: { en: 'Never hand over your passport.' },
    questions: { en: ['Will I keep my own passport?'] },
    sources: [{ title: 'ILO Indicators of Forced Labour', publisher: 'International Labour Organization', year: 2012, url: 'https://www.ilo.org/' }],
    examples: { match: ['passport kept by employer'], noMatch: ['bring your passport'] },
    falsePositives: 'None known.',
    ...over,
  };
}

export function testFeed(version = 1, rules: RuleInput[] = [rule('test-passport')]) {
  return {
    format: 1,
    version,
    publishedAt: '2026-01-01T00:00:00.000Z',
    expiresAt: '2027-01-01T00:00:00.000Z',
    publisher: { id: 'test-publisher', name: 'Test publisher' },
    rules,
    resources: [
      { country: 'PH', organisation: 'DMW hotline', purpose: 'Help for workers abroad', kind: 'helpline', phone: ['1348'], source: { url: 'https://example.org/dmw', kind: 'news', date: '2025-09-28' }, checked: '2026-06' },
      { country: '*', organisation: 'Worldwide line', purpose: 'Anyone, anywhere', kind: 'helpline', web: ['https://example.org/world'], source: { url: 'https://example.org/w', kind: 'official' }, checked: '2026-06' },
    ],
    benchmarks: [],
  };
}

/** A test feed parsed and compiled as the background would after verifyFeed accepted it. */
export function compiledFeed(input: unknown): { feed: Feed; compiled: CompiledRuleSet } {
  const feed = FeedSchema.parse(input);
  return { feed, compiled: compileRuleSet(feed.rules, { benchmarks: feed.benchmarks, feedVersion: feed.version }) };
}

export const TEST_KEY = generateKeyPair();
export const TEST_PUBLIC_KEY = formatPublicKeyFile(publicKeyOf(TEST_KEY));

/** A feed signed like `feed:build` signs it: body, .minisig text and the .pub text. */
export function signedFeed(input: object, key: MinisignSecretKey = TEST_KEY): { body: string; signature: string; publicKey: string } {
  const body = `${JSON.stringify(input, null, 2)}\n`;
  const signature = signMessage(new TextEncoder().encode(body), key, { fileName: 'feed.json', now: new Date(Date.parse((input as { publishedAt: string }).publishedAt)) });
  return { body, signature, publicKey: formatPublicKeyFile(publicKeyOf(key)) };
}
