/**
 * Regenerates docs/feed.schema.json from the Zod feed schema: `tsx lib/cli/feed-schema.ts`.
 * `--check` exits 1 instead of writing when the committed file is out of date (CI).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { feedJsonSchemaText } from '../feed/json-schema';

export const FEED_SCHEMA_FILE = 'docs/feed.schema.json';

const text = feedJsonSchemaText();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(FEED_SCHEMA_FILE, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current !== text) {
    console.error(`${FEED_SCHEMA_FILE} is out of date: run \`npx tsx lib/cli/feed-schema.ts\``);
    process.exit(1);
  }
  console.log(`${FEED_SCHEMA_FILE} is up to date`);
} else {
  writeFileSync(FEED_SCHEMA_FILE, text);
  console.log(`wrote ${FEED_SCHEMA_FILE}`);
}
