import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtmlInNode } from '../../lib/extract/html/parse-node';

/**
 * A Document for tests, parsed by happy-dom with scripts, stylesheets, frames and navigation
 * disabled (the same settings the CLI uses: see lib/extract/html/parse-node.ts).
 */
export function parseHtml(html: string, url?: string): Document {
  return parseHtmlInNode(html, url);
}

/** The project's own fixture pages, tests/fixtures/pages/<relative>. */
export const OWN_PAGES_DIR = path.resolve(__dirname, '../fixtures/pages');

export function readOwnPage(relative: string): string {
  return readFileSync(path.join(OWN_PAGES_DIR, relative), 'utf8');
}
