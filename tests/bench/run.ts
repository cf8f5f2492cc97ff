/**
 * `npm run bench`: performance goals checked side by side in one run (never by timed test
 * assertions: these machines are shared and noisy). Prints a table and the goals met or missed.
 *
 * Goals:
 *  1. Screening is linear in the text: time per KB at 1 MB within 2x of time per KB at 10 KB.
 *  2. A worst-case rule set (200 phrases at the span limit, prefixes matching most words) costs
 *     within 5x of the bundled one on the same text.
 *  3. A page with no posting costs next to nothing: looksLikeJobPage on a 1 MB non-job page is
 *     under 10% of extracting its text for screening (both on the same happy-dom document; in
 *     Chromium the DOM queries are native, see the e2e hostile-page timings).
 *  4. 100,000 JSONL postings stream through `scan --json` with peak memory under 400 MB.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, createWriteStream, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileRuleSet } from '../../lib/engine/compile';
import { screen } from '../../lib/engine/screen';
import { loadRuleSet, ROOT } from '../../lib/cli/ruleset';
import { parseHtmlInNode } from '../../lib/extract/html/parse-node';
import { extractFromDocument, looksLikeJobPage } from '../../lib/extract/html/index';
import { makeRule } from '../engine/rule-factory';

function time(fn: () => void, minMs = 300): number {
  let n = 0;
  const t0 = performance.now();
  do { fn(); n++; } while (performance.now() - t0 < minMs);
  return (performance.now() - t0) / n;
}

const { set } = loadRuleSet();
const ad = readFileSync(join(ROOT, 'assets/examples/postings.json'), 'utf8');
const sample = (JSON.parse(ad) as { description: string }[]).map((p) => p.description).join(' ');
const textOf = (bytes: number) => sample.repeat(Math.ceil(bytes / sample.length)).slice(0, bytes);
const rows: [string, string][] = [];
const goals: [string, boolean][] = [];

// 1. linearity (after a warm-up, so the first measurement does not pay for JIT and caches)
for (let i = 0; i < 5; i++) screen({ description: textOf(20 * 1024) }, set);
const perKb = (kb: number) => time(() => screen({ description: textOf(kb * 1024) }, set), kb > 500 ? 1500 : 400) / kb;
const small = perKb(10);
const big = perKb(90);
rows.push(['screen 10 KB, ms per KB', small.toFixed(3)], ['screen 90 KB (fields are cut at 100,000 chars), ms per KB', big.toFixed(3)]);
goals.push([`linear: per-KB time at 90 KB within 2x of 10 KB (${(big / small).toFixed(2)}x)`, big / small < 2]);

// 2. worst-case rule set
const hostile = compileRuleSet(
  Array.from({ length: 200 }, (_, i) =>
    makeRule(`h${i}`, { phrases: { en: [`a* {0,12} (b*|c*|d*) {0,12} e* {0,3} (g*|h*|i*) x${i}*`] } }), // prefixes only: no exact word for the prefilter to miss
  ),
);
const text = textOf(50 * 1024);
const tBundled = time(() => screen({ description: text }, set));
const tHostile = time(() => screen({ description: text }, hostile));
rows.push([`bundled rules (${set.rules.length}), 50 KB, ms`, tBundled.toFixed(1)], ['200 worst-case rules, 50 KB, ms', tHostile.toFixed(1)]);
goals.push([`worst-case rules within 5x of bundled (${(tHostile / tBundled).toFixed(2)}x)`, tHostile / tBundled < 5]);

// 3. pages with no posting
const page = `<html><body>${'<p>Recipes and news, nothing about work here. </p>'.repeat(20_000)}</body></html>`;
const doc = parseHtmlInNode(page, 'https://news.example.org/');
const tLooks = time(() => looksLikeJobPage(doc, 'https://news.example.org/'));
const tExtract = time(() => extractFromDocument(doc, 'https://news.example.org/'), 1000);
rows.push(['looksLikeJobPage on a 1 MB non-job page, ms', tLooks.toFixed(3)], ['extracting that page for screening instead, ms', tExtract.toFixed(1)]);
goals.push([`no-posting exit under 10% of extraction (${((100 * tLooks) / tExtract).toFixed(2)}%)`, tLooks / tExtract < 0.1]);

// 4. streaming 100,000 postings
const dir = mkdtempSync(join(tmpdir(), 'rr-bench-'));
const file = join(dir, 'big.jsonl');
const out = createWriteStream(file);
const lines = (JSON.parse(ad) as object[]).map((p) => JSON.stringify(p));
for (let i = 0; i < 100_000; i++) out.write(`${lines[i % lines.length]!.replace(/"id":"[^"]*"/, `"id":"p${i}"`)}\n`);
await new Promise((r) => out.end(r));
const t0 = performance.now();
const outFile = join(dir, 'out.jsonl');
const fd = openSync(outFile, 'w');
const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'lib/cli/scan.ts'), '--json', file], {
  cwd: ROOT, env: { ...process.env, RR_REPORT_MAX_RSS: '1' }, encoding: 'utf8', stdio: ['ignore', fd, 'pipe'],
});
closeSync(fd);
const secs = (performance.now() - t0) / 1000;
const rss = Number(/max-rss-kb=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
let count = 0;
for await (const chunk of createReadStream(outFile)) for (const b of chunk as Buffer) if (b === 10) count++;
rows.push(['scan --json 100,000 JSONL postings, s', secs.toFixed(1)], ['  postings written', String(count)], ['  peak RSS, MB', rss.toFixed(0)]);
goals.push([`100,000 postings in bounded memory (${rss.toFixed(0)} MB < 400 MB)`, count === 100_000 && rss < 400]);
writeFileSync(join(dir, 'done'), '');

console.log('| measure | value |\n|---|---|');
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
console.log('');
for (const [g, ok] of goals) console.log(`${ok ? 'MET   ' : 'MISSED'} ${g}`);
process.exitCode = goals.every(([, ok]) => ok) ? 0 : 1;
