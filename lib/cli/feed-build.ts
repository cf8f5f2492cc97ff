/**
 * Builds and signs the feed: `tsx lib/cli/feed-build.ts --key SECRET_KEY --out DIR [...]`.
 * Loads every rule under assets/rules (one rule per YAML file, id = file name), the publisher,
 * resources, benchmarks and (with --disables) the rule ids it switches off in lower-priority
 * feeds, runs every rule's examples and the compiler, then writes
 * DIR/feed.json and DIR/feed.json.minisig (minisign, prehashed). An encrypted key's password is
 * read from RR_KEY_PASSWORD. Exit 0: written; 1: a source file is wrong (each problem names
 * its file); 2: usage.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BenchmarkSchema } from '../engine/benchmark';
import { compileRuleSet } from '../engine/compile';
import { checkRuleExamples } from '../rules/examples';
import { loadRuleDir } from '../rules/load';
import { checkDuplicates } from '../feed/checks/envelope';
import { verifyFeed } from '../feed/ingest';
import { encodePublicKey, isEncryptedSecretKey, keyIdHex, parseSecretKey, publicKeyOf, signMessage, type MinisignSecretKey } from '../feed/minisign';
import { FEED_FORMAT, FeedSchema, KebabId, PublisherSchema, ResourceSchema, type FeedInput } from '../feed/schema';
import { loadYamlList, loadYamlObject, type SourceError } from './feed-data';

const USAGE = 'usage: feed-build --key SECRET_KEY_FILE --out DIR [--rules assets/rules] [--resources assets/feed/resources.yaml] [--benchmarks assets/feed/benchmarks.yaml] [--publisher assets/feed/publisher.yaml] [--disables FILE] [--version N] [--expires-days 30]';

function usage(message: string): never {
  console.error(`feed-build: ${message}\n${USAGE}`);
  process.exit(2);
}

function fail(errors: SourceError[]): never {
  for (const e of errors) console.error(`${e.file}: ${e.message}`);
  console.error(`feed-build: ${errors.length} problem(s); nothing was written`);
  process.exit(1);
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) usage(`--${name} must be a positive integer`);
  return Number(value);
}

function loadKey(file: string): MinisignSecretKey {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    usage(`cannot read the key ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    const password = process.env.RR_KEY_PASSWORD;
    if (isEncryptedSecretKey(text) && password === undefined) fail([{ file, message: 'the key is encrypted: set RR_KEY_PASSWORD' }]);
    return parseSecretKey(text, password);
  } catch (e) {
    fail([{ file, message: e instanceof Error ? e.message : String(e) }]);
  }
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        key: { type: 'string' }, out: { type: 'string' }, rules: { type: 'string', default: 'assets/rules' },
        resources: { type: 'string', default: 'assets/feed/resources.yaml' }, benchmarks: { type: 'string', default: 'assets/feed/benchmarks.yaml' },
        publisher: { type: 'string', default: 'assets/feed/publisher.yaml' }, version: { type: 'string' }, 'expires-days': { type: 'string' },
        disables: { type: 'string' }, // a YAML list of rule ids this feed switches off in lower-priority feeds
      },
      allowPositionals: false,
    }));
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  if (!values.key || !values.out) usage('--key and --out are required');
  const now = new Date();
  const version = positiveInt(values.version, 'version', Math.floor(now.getTime() / 1000));
  const expiresDays = positiveInt(values['expires-days'], 'expires-days', 30);
  const key = loadKey(values.key);

  const rules = loadRuleDir(values.rules);
  const publisher = loadYamlObject(values.publisher, PublisherSchema);
  const resources = loadYamlList(values.resources, ResourceSchema);
  const benchmarks = loadYamlList(values.benchmarks, BenchmarkSchema);
  const disables = values.disables === undefined ? undefined : loadYamlList(values.disables, KebabId);
  const errors = [...rules.errors, ...publisher.errors, ...resources.errors, ...benchmarks.errors, ...(disables?.errors ?? [])];
  if (errors.length > 0 || !publisher.value) fail(errors);

  const input: FeedInput = {
    format: FEED_FORMAT, version, publishedAt: now.toISOString(), expiresAt: new Date(now.getTime() + expiresDays * 86_400_000).toISOString(),
    publisher: publisher.value, rules: rules.rules, resources: resources.items, benchmarks: benchmarks.items,
    ...(disables ? { disables: disables.items } : {}),
  };
  const parsed = FeedSchema.safeParse(input);
  if (!parsed.success) fail([{ file: 'feed', message: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }]);
  const dup = checkDuplicates(parsed.data);
  if (dup) fail([{ file: dup.code === 'duplicate-rule' ? values.rules : dup.code === 'duplicate-resource' ? values.resources : values.benchmarks, message: dup.reason }]);
  const ruleFile = (id: string) => rules.files.get(id) ?? values.rules;
  try {
    compileRuleSet(parsed.data.rules, { benchmarks: parsed.data.benchmarks });
  } catch (e) {
    const id = (e as { ruleId?: unknown }).ruleId;
    fail([{ file: typeof id === 'string' ? ruleFile(id) : values.rules, message: e instanceof Error ? e.message : String(e) }]);
  }
  const failures = checkRuleExamples(parsed.data.rules, parsed.data.benchmarks);
  if (failures.length > 0) fail(failures.map((f) => ({ file: ruleFile(f.split(':')[0] ?? ''), message: f })));

  const body = new TextEncoder().encode(`${JSON.stringify(parsed.data, null, 2)}\n`);
  const signature = signMessage(body, key, { fileName: 'feed.json', now });
  // Check the output with the very function clients run, so a build can never publish a feed they refuse.
  const check = await verifyFeed({ body, signature, publicKey: encodePublicKey(publicKeyOf(key)), now, compile: () => null, checkExamples: () => [] });
  if (!check.ok) fail([{ file: 'feed.json', message: `the built feed fails verification (${check.code}): ${check.reason}` }]);
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, 'feed.json'), body);
  writeFileSync(join(values.out, 'feed.json.minisig'), signature);
  console.log(`wrote ${join(values.out, 'feed.json')}: version ${version}, ${parsed.data.rules.length} rules, ${parsed.data.resources.length} resources, ${parsed.data.benchmarks.length} benchmarks`);
  console.log(`signed with key ${keyIdHex(key.keyId)}; public key ${encodePublicKey(publicKeyOf(key))}`);
}

main().catch((e: unknown) => {
  console.error(`feed-build: ${e instanceof Error ? e.stack : String(e)}`);
  process.exit(1);
});
