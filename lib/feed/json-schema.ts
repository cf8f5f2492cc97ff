import { z } from 'zod';
import { FeedSchema } from './schema';

/**
 * The feed's JSON Schema, generated from the Zod schema so the two cannot drift; published as
 * docs/feed.schema.json for feed authors' editors and validators. `io: 'input'` describes what a
 * feed file may contain (fields with defaults are optional there). Refinements that JSON Schema
 * cannot express (an "en" text is required) are checked by the client only.
 */
export function feedJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(FeedSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'Recruit Radar feed',
    description: 'Signed rule feed: rules, help lines and registers, pay benchmarks. Generated from lib/feed/schema.ts by `npx tsx lib/cli/feed-schema.ts`; do not edit by hand.',
  };
}

/** The exact text of docs/feed.schema.json (two-space JSON with a final newline). */
export function feedJsonSchemaText(): string {
  return `${JSON.stringify(feedJsonSchema(), null, 2)}\n`;
}
