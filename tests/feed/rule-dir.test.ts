import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadRuleDir } from '../../lib/rules/load';
import { rule } from './fixtures';

/** lib/rules/load.ts: the YAML rule directory reader shared by the feed build and scan CLIs. */
describe('loadRuleDir', () => {
  let dir = '';
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads one rule per file from nested category folders, in a stable order', () => {
    dir = mkdtempSync(join(tmpdir(), 'rr-rules-'));
    write('fees/fee-b.yaml', stringify(rule('fee-b')));
    write('fees/fee-a.yml', stringify(rule('fee-a')));
    write('identity/id-c.yaml', stringify(rule('id-c')));
    write('README.md', '# not a rule');
    const r = loadRuleDir(dir);
    expect(r.errors).toEqual([]);
    expect(r.rules.map((x) => x.id)).toEqual(['fee-a', 'fee-b', 'id-c']);
    expect(r.files.get('id-c')).toBe(join(dir, 'identity/id-c.yaml'));
  });

  it('names the file of every problem and keeps going', () => {
    dir = mkdtempSync(join(tmpdir(), 'rr-rules-'));
    write('a/good.yaml', stringify(rule('good')));
    write('a/renamed.yaml', stringify(rule('other-name')));
    write('a/broken.yaml', 'id: broken\n  title: [unclosed');
    write('a/invalid.yaml', stringify({ ...rule('invalid'), strength: 'extreme' }));
    write('a/dupe-key.yaml', 'id: dupe-key\nid: dupe-key\n');
    write('b/good.yaml', stringify(rule('good')));
    const r = loadRuleDir(dir);
    expect(r.rules.map((x) => x.id)).toEqual(['good']);
    const byFile = Object.fromEntries(r.errors.map((e) => [e.file.slice(dir.length + 1), e.message]));
    expect(Object.keys(byFile).sort()).toEqual(['a/broken.yaml', 'a/dupe-key.yaml', 'a/invalid.yaml', 'a/renamed.yaml', 'b/good.yaml']);
    expect(byFile['a/renamed.yaml']).toContain('must equal the file name "renamed"');
    expect(byFile['a/invalid.yaml']).toContain('strength');
    expect(byFile['b/good.yaml']).toContain('already used by');
  });

  it('follows symbolic links to folders and files, each real folder once (a link loop ends)', () => {
    dir = mkdtempSync(join(tmpdir(), 'rr-rules-'));
    write('real/fees/fee-a.yaml', stringify(rule('fee-a')));
    write('real/id-b.yaml', stringify(rule('id-b')));
    mkdirSync(join(dir, 'set'));
    symlinkSync(join(dir, 'real/fees'), join(dir, 'set/fees'));
    symlinkSync(join(dir, 'real/id-b.yaml'), join(dir, 'set/id-b.yaml'));
    symlinkSync(join(dir, 'set'), join(dir, 'set/loop'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'set/dangling.yaml'));
    const r = loadRuleDir(join(dir, 'set'));
    expect(r.errors).toEqual([]);
    expect(r.rules.map((x) => x.id)).toEqual(['fee-a', 'id-b']);
  });

  it('reports a missing directory instead of throwing', () => {
    dir = mkdtempSync(join(tmpdir(), 'rr-rules-'));
    expect(loadRuleDir(join(dir, 'nope')).errors[0]!.message).toContain('cannot read the rule directory');
  });
});
