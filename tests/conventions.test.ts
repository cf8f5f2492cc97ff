import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * House rules as tests. Each failure message says how to fix the problem.
 */
const ROOT = join(__dirname, '..');

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const code = [...walk(join(ROOT, 'lib')), ...walk(join(ROOT, 'entrypoints'))].filter((f) => /\.(ts|tsx)$/.test(f));

describe('house rules', () => {
  it('no lib/ or entrypoints/ file is over 250 lines (one unit per file)', () => {
    const long = code.map((f) => [relative(ROOT, f), readFileSync(f, 'utf8').split('\n').length] as const).filter(([, n]) => n > 250);
    expect(long, `split these files into smaller units (one unit, one file, one name): ${long.map(([f, n]) => `${f} (${n} lines)`).join(', ')}`).toEqual([]);
  });

  it('page or feed text can never become code or markup', () => {
    const bad = /\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|dangerouslySetInnerHTML|new Function\s*\(|(?<![.\w])eval\s*\(|document\.write\s*\(/;
    const hits = code.filter((f) => bad.test(readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''))).map((f) => relative(ROOT, f));
    expect(hits, `render page text with textContent or Preact text nodes, never as HTML, and never run strings as code: ${hits.join(', ')}`).toEqual([]);
  });

  it('the engine, extractors and feed code use no browser extension APIs (pure core)', () => {
    const core = code.filter((f) => /lib\/(engine|extract|feed|rules|eval)\//.test(f));
    const hits = core.filter((f) => /from ['"](wxt\/browser|webextension-polyfill)['"]|\bchrome\.runtime\b|\bbrowser\.\w+\.\w+\(/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(hits, `move browser.* calls to entrypoints/ or lib/ext/: ${hits.join(', ')}`).toEqual([]);
  });

  it('every lib/ folder has a mirrored tests/ folder', () => {
    const dirs = readdirSync(join(ROOT, 'lib')).filter((d) => statSync(join(ROOT, 'lib', d)).isDirectory());
    const missing = dirs.filter((d) => { try { return !statSync(join(ROOT, 'tests', d)).isDirectory(); } catch { return true; } });
    expect(missing, `add tests for lib/<folder> under tests/<folder>: ${missing.join(', ')}`).toEqual([]);
  });
});
