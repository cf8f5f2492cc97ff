import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feedJsonSchema, feedJsonSchemaText } from '../../lib/feed/json-schema';

describe('docs/feed.schema.json', () => {
  it('equals the schema generated from lib/feed/schema.ts', () => {
    let committed = '';
    try {
      committed = readFileSync('docs/feed.schema.json', 'utf8');
    } catch {
      // reported below
    }
    expect(committed === feedJsonSchemaText(), 'docs/feed.schema.json is out of date with the Zod schemas: regenerate it with `npx tsx lib/cli/feed-schema.ts` (npm run feed:schema) and commit it').toBe(true);
  });

  it('describes the envelope and requires what the client requires', () => {
    const schema = feedJsonSchema() as { required?: string[]; properties?: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'publishedAt', 'expiresAt', 'publisher', 'rules', 'resources', 'benchmarks']));
    expect(Object.keys(schema.properties ?? {})).toContain('disables');
  });
});
