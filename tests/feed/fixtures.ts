import type { Rule, RuleInput } from '../../lib/rules/schema';
import { verifyFeed } from '../../lib/feed/ingest';
import { encodePublicKey, generateKeyPair, publicKeyOf, signMessage, type MinisignSecretKey } from '../../lib/feed/minisign';
import type { Feed, FeedInput } from '../../lib/feed/schema';

/** Shared builders for feed tests: a valid rule and feed, signing, and verifyFeed with fakes. */
export const NOW = new Date('2026-07-01T12:00:00Z');
export const KEY = generateKeyPair();
export const PUBLIC_KEY = encodePublicKey(publicKeyOf(KEY));

export function rule(id: string, overrides: Partial<RuleInput> = {}): RuleInput {
  return {
    id,
    title: `Test rule ${id}`,
    description: 'A rule used by the feed tests.',
    indicator: { framework: 'ilo-fair-recruitment', name: 'Worker pays recruitment fees' },
    strength: 'strong',
    dimension: 'recruitment-fees',
    status: 'stable',
    match: { phrases: { en: ['processing fee'] } },
    explanation: { en: 'The ad asks the worker to pay a fee.' },
    advice: { en: 'Do not pay to get a job.' },
    sources: [{ title: 'General principles and operational guidelines for fair recruitment', publisher: 'ILO', year: 2019 }],
    examples: { match: ['Pay a processing fee of 500 USD'], noMatch: ['No fees are charged'] },
    falsePositives: 'Employers paying fees on the worker\'s behalf.',
    ...overrides,
  };
}

export function feed(overrides: Partial<FeedInput> = {}): FeedInput {
  return {
    format: 1,
    version: 100,
    publishedAt: '2026-07-01T00:00:00Z',
    expiresAt: '2026-07-31T00:00:00Z',
    publisher: { id: 'test-publisher', name: 'Test publisher' },
    rules: [rule('fee-demanded')],
    resources: [
      {
        country: 'GB', organisation: 'Test helpline', purpose: 'Help', kind: 'helpline', phone: ['0800 000'],
        source: { url: 'https://example.org/helpline', kind: 'official' }, checked: '2026-06',
      },
    ],
    benchmarks: [
      {
        country: 'GB', currency: 'GBP', period: 'hour', kind: 'minimumWage', amount: 10,
        source: { title: 'Test source', publisher: 'Test' }, checked: '2026-06',
      },
    ],
    ...overrides,
  };
}

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

export function signed(body: Uint8Array | string | object, key: MinisignSecretKey = KEY): { body: Uint8Array; signature: string } {
  const b = body instanceof Uint8Array ? body : bytes(typeof body === 'string' ? body : JSON.stringify(body));
  return { body: b, signature: signMessage(b, key, { fileName: 'feed.json', now: NOW }) };
}

export interface RunOptions {
  publicKey?: string;
  installedVersion?: number;
  now?: Date;
  maxBytes?: number;
  compile?: (rules: Rule[], feed: Feed) => unknown;
  checkExamples?: (rules: Rule[], feed: Feed) => string[];
}

/** verifyFeed with fakes for the engine: compile returns a marker, examples all pass. */
export function run(input: { body: Uint8Array; signature: string }, opts: RunOptions = {}) {
  return verifyFeed({
    ...input,
    publicKey: opts.publicKey ?? PUBLIC_KEY,
    installedVersion: opts.installedVersion,
    now: opts.now ?? NOW,
    maxBytes: opts.maxBytes,
    compile: opts.compile ?? (() => 'compiled'),
    checkExamples: opts.checkExamples ?? (() => []),
  });
}
