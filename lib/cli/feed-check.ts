/**
 * Checks a feed exactly as the extension would before installing it:
 * `tsx lib/cli/feed-check.ts FEED --sig SIG_FILE --pubkey PUBLIC_KEY_FILE [--installed-version N] [--now ISO_TIME]`.
 * Runs verifyFeed (lib/feed/ingest.ts) with the real compiler and example checker.
 * Exit 0: accepted (prints publisher, version, rule count); 1: refused (prints the code and
 * reason); 2: usage.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compileRuleSet } from '../engine/compile';
import { checkRuleExamples } from '../rules/examples';
import { verifyFeed } from '../feed/ingest';

const USAGE = 'usage: feed-check FEED --sig SIG_FILE --pubkey PUBLIC_KEY_FILE [--installed-version N] [--now ISO_TIME]';

function usage(message: string): never {
  console.error(`feed-check: ${message}\n${USAGE}`);
  process.exit(2);
}

function read(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    usage(`cannot read the ${what} ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      options: { sig: { type: 'string' }, pubkey: { type: 'string' }, 'installed-version': { type: 'string' }, now: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) usage('give exactly one FEED file');
  if (!values.sig || !values.pubkey) usage('--sig and --pubkey are required');
  const installed = values['installed-version'];
  if (installed !== undefined && !/^\d+$/.test(installed)) usage('--installed-version must be a whole number');
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) usage('--now must be an ISO date-time, e.g. 2026-07-01T00:00:00Z');

  const body = new Uint8Array(read(positionals[0]!, 'feed'));
  const result = await verifyFeed({
    body,
    signature: read(values.sig, 'signature').toString('utf8'),
    publicKey: read(values.pubkey, 'public key').toString('utf8'),
    installedVersion: installed === undefined ? undefined : Number(installed),
    now,
    compile: (rules, feed) => compileRuleSet(rules, { benchmarks: feed.benchmarks, feedVersion: feed.version }),
    checkExamples: (rules, feed) => checkRuleExamples(rules, feed.benchmarks),
  });
  if (!result.ok) {
    console.error(`refused (${result.code}): ${result.reason}`);
    process.exit(1);
  }
  const { feed } = result;
  console.log(`publisher: ${feed.publisher.name} (${feed.publisher.id})`);
  console.log(`version: ${feed.version}`);
  console.log(`rules: ${feed.rules.length}`);
  console.log(`resources: ${feed.resources.length}, benchmarks: ${feed.benchmarks.length}, expires: ${feed.expiresAt}`);
  for (const w of result.warnings) console.log(`warning: ${w}`);
}

main().catch((e: unknown) => {
  console.error(`feed-check: ${e instanceof Error ? e.stack : String(e)}`);
  process.exit(1);
});
