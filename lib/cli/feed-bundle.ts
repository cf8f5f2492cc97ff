/**
 * Builds the feed that ships inside the extension: `tsx lib/cli/feed-bundle.ts [--out DIR]
 * [--expires-days 365]`, writing DIR/feed.json, DIR/feed.json.minisig and DIR/feed.pub
 * (default DIR: assets/feed/bundled). The bundled copy then goes through the very verifyFeed
 * that remote feeds do, signature included (docs/feeds.md, "Bundled feed").
 *
 * The key comes from RR_BUNDLE_KEY (a minisign secret key file's path, or its text; an encrypted
 * key's password from RR_KEY_PASSWORD). Without it, a key is generated for this build and
 * thrown away: the signature then proves the package's feed was not altered after the build,
 * not who published it (the package's store signature is what vouches for the build).
 * SOURCE_DATE_EPOCH fixes the version and dates; with a fixed key the output is reproducible
 * (Ed25519 signatures are deterministic). Exit 0: written; 1: a source is wrong; 2: usage.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BenchmarkSchema } from '../engine/benchmark';
import { compileRuleSet } from '../engine/compile';
import { checkRuleExamples } from '../rules/examples';
import { loadRuleDir } from '../rules/load';
import { verifyFeed } from '../feed/ingest';
import { formatPublicKeyFile, generateKeyPair, isEncryptedSecretKey, parseSecretKey, publicKeyOf, signMessage, type MinisignSecretKey } from '../feed/minisign';
import { FEED_FORMAT, FeedSchema, PublisherSchema, ResourceSchema, type Feed } from '../feed/schema';
import { loadYamlList, loadYamlObject, type SourceError } from './feed-data';

export interface BundleSources {
  rules: string;
  publisher: string;
  resources: string;
  benchmarks: string;
}

export const DEFAULT_SOURCES: BundleSources = {
  rules: 'assets/rules', publisher: 'assets/feed/publisher.yaml', resources: 'assets/feed/resources.yaml', benchmarks: 'assets/feed/benchmarks.yaml',
};

/** A release lives months in users' hands; past this the client warns and keeps working. */
export const BUNDLE_LIFETIME_DAYS = 365;

export interface BuiltBundle {
  feed: Feed;
  body: Uint8Array;
  signature: string;
  /** The `.pub` file text of the key that signed it: the key the extension pins for the bundled copy. */
  publicKeyFile: string;
}

/** Assembles, signs and self-verifies the bundled feed; returns every problem found instead when a source is wrong. */
export async function buildBundle(opts: { sources: BundleSources; key: MinisignSecretKey; now: Date; expiresDays?: number }): Promise<BuiltBundle | { errors: SourceError[] }> {
  const { sources, key } = opts;
  // Whole seconds, so the version, the dates and the signature's timestamp all agree.
  const seconds = Math.floor(opts.now.getTime() / 1000);
  const rules = loadRuleDir(sources.rules);
  const publisher = loadYamlObject(sources.publisher, PublisherSchema);
  const resources = loadYamlList(sources.resources, ResourceSchema);
  const benchmarks = loadYamlList(sources.benchmarks, BenchmarkSchema);
  const errors = [...rules.errors, ...publisher.errors, ...resources.errors, ...benchmarks.errors];
  if (errors.length > 0 || !publisher.value) return { errors };

  const parsed = FeedSchema.safeParse({
    format: FEED_FORMAT,
    version: seconds, // every build is newer than the last, so it replaces an older bundled copy
    publishedAt: new Date(seconds * 1000).toISOString(),
    expiresAt: new Date((seconds + (opts.expiresDays ?? BUNDLE_LIFETIME_DAYS) * 86_400) * 1000).toISOString(),
    publisher: publisher.value, rules: rules.rules, resources: resources.items, benchmarks: benchmarks.items,
  });
  if (!parsed.success) return { errors: [{ file: 'feed', message: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }] };

  // Compact JSON: the copy ships inside the extension's background script, and Firefox's add-on
  // linter will not parse a script over 5 MB (indented, the 88-rule feed alone was 4.3 MB).
  const body = new TextEncoder().encode(`${JSON.stringify(parsed.data)}\n`);
  const now = new Date(seconds * 1000);
  const signature = signMessage(body, key, { fileName: 'feed.json', now });
  const publicKeyFile = formatPublicKeyFile(publicKeyOf(key));
  // The client's own function, with the real compiler and examples: a build it would refuse never ships.
  const check = await verifyFeed({
    body, signature, publicKey: publicKeyFile, now,
    compile: (r, f) => compileRuleSet(r, { benchmarks: f.benchmarks }),
    checkExamples: (r, f) => checkRuleExamples(r, f.benchmarks),
  });
  if (!check.ok) {
    const file = (id: string) => rules.files.get(id) ?? sources.rules;
    const ruleId = /^(?:\d+ rule example\(s\) fail: |the rules do not compile: rule )([a-z0-9-]+)[: ]/.exec(check.reason)?.[1];
    return { errors: [{ file: ruleId ? file(ruleId) : 'feed.json', message: `the bundled feed fails verification (${check.code}): ${check.reason}` }] };
  }
  return { feed: check.feed, body, signature, publicKeyFile };
}

export function writeBundle(dir: string, bundle: BuiltBundle): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'feed.json'), bundle.body);
  writeFileSync(join(dir, 'feed.json.minisig'), bundle.signature);
  writeFileSync(join(dir, 'feed.pub'), bundle.publicKeyFile);
}

/** RR_BUNDLE_KEY as a path or as the key text; absent or empty: an ephemeral key. */
export function bundleKey(env: NodeJS.ProcessEnv): { key: MinisignSecretKey; ephemeral: boolean } {
  const value = env.RR_BUNDLE_KEY?.trim();
  if (!value) return { key: generateKeyPair(), ephemeral: true };
  const text = value.includes('\n') || value.startsWith('untrusted comment:') ? value : readFileSync(value, 'utf8');
  if (isEncryptedSecretKey(text) && env.RR_KEY_PASSWORD === undefined) throw new Error('RR_BUNDLE_KEY is encrypted: set RR_KEY_PASSWORD');
  return { key: parseSecretKey(text, env.RR_KEY_PASSWORD), ephemeral: false };
}

/** SOURCE_DATE_EPOCH (whole seconds) for reproducible builds; otherwise now. */
export function buildTime(env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined) return new Date();
  if (!/^\d+$/.test(epoch)) throw new Error('SOURCE_DATE_EPOCH must be whole seconds');
  return new Date(Number(epoch) * 1000);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({ options: { out: { type: 'string', default: 'assets/feed/bundled' }, 'expires-days': { type: 'string' } }, allowPositionals: false }));
  } catch (e) {
    console.error(`feed-bundle: ${e instanceof Error ? e.message : String(e)}\nusage: feed-bundle [--out DIR] [--expires-days N]`);
    process.exit(2);
  }
  const days = values['expires-days'];
  if (days !== undefined && (!/^\d+$/.test(days) || Number(days) < 1)) {
    console.error('feed-bundle: --expires-days must be a positive integer');
    process.exit(2);
  }
  let key: ReturnType<typeof bundleKey>;
  let now: Date;
  try {
    key = bundleKey(process.env);
    now = buildTime(process.env);
  } catch (e) {
    console.error(`feed-bundle: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
  const built = await buildBundle({ sources: DEFAULT_SOURCES, key: key.key, now, expiresDays: days === undefined ? undefined : Number(days) });
  if ('errors' in built) {
    for (const e of built.errors) console.error(`${e.file}: ${e.message}`);
    console.error(`feed-bundle: ${built.errors.length} problem(s); nothing was written`);
    process.exit(1);
  }
  writeBundle(values.out, built);
  console.log(`wrote ${values.out}/feed.json (version ${built.feed.version}, ${built.feed.rules.length} rules), feed.json.minisig and feed.pub`);
  if (key.ephemeral) console.log('signed with an ephemeral key (RR_BUNDLE_KEY not set): this proves the package contents are intact, not who published them');
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(`feed-bundle: ${e instanceof Error ? e.stack : String(e)}`);
    process.exit(1);
  });
}
