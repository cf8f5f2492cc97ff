import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The extension's house rules, checked on its sources (lib/ext, entrypoints, wxt.config.ts). */
const ROOT = process.cwd();
function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((f) => {
    const p = join(dir, f);
    return statSync(join(ROOT, p)).isDirectory() ? files(p) : /\.(ts|tsx|html)$/.test(f) ? [p] : [];
  });
}
const SOURCES = [...files('lib/ext'), ...files('entrypoints'), 'wxt.config.ts'];
const code = (p: string) => readFileSync(join(ROOT, p), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''); // comments may name what code must not do

describe('house rules', () => {
  it.each([
    ['page text is never parsed as HTML', /\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|DOMParser/],
    ['the page cannot talk to the extension', /postMessage|onMessageExternal|externally_connectable/],
    ['no code from strings', /\beval\(|new Function\b|setTimeout\(\s*['"`]/],
    ['no network request of its own (rule feeds are fetched by lib/feed, see below)', /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon/],
    ["browser APIs come from 'wxt/browser' (the path tests fake)", /from ['"]webextension-polyfill['"]|\bchrome\.\w+\./],
  ])('%s', (_rule, pattern) => {
    const offenders = SOURCES.filter((p) => pattern.test(code(p)));
    expect(offenders, `fix these files: ${offenders.join(', ')}`).toEqual([]);
  });

  it("the one network use is the browser's fetch handed to lib/feed's updateSubscription, in the background", () => {
    const users = SOURCES.filter((p) => /\b(globalThis|self|window)\.fetch\b/.test(code(p)));
    expect(users).toEqual(['entrypoints/background.ts']);
    expect(code('entrypoints/background.ts')).toMatch(/new FeedService\(\{[^}]*fetch: globalThis\.fetch\.bind\(globalThis\)/);
  });

  it('every entrypoint stops zod from probing eval before it parses anything', () => {
    const entries = files('entrypoints').filter((p) => /\.(ts|tsx)$/.test(p));
    expect(entries.length).toBeGreaterThanOrEqual(4);
    for (const p of entries) expect(code(p), `${p} must call z.config({ jitless: true })`).toMatch(/z\.config\(\{\s*jitless:\s*true\s*\}\)/);
  });

  it('permissions are the documented few, each with its reason, and no host permissions', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const block = /permissions:\s*\[([\s\S]*?)\]/.exec(config)![1]!;
    const perms = [...block.matchAll(/'([^']+)',\s*\/\/\s*\S/g)].map((m) => m[1]);
    expect(perms.sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage']);
    expect(code('wxt.config.ts')).not.toMatch(/\bhost_permissions\s*:/);
    // Feed hosts are asked for one origin at a time, when the user adds a feed (options page).
    expect(/optional_host_permissions:\s*\[([^\]]*)\]/.exec(config)![1]).toBe("'https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'");
    expect(readFileSync(join(ROOT, 'docs/extension.md'), 'utf8')).toContain('`optional_host_permissions`');
    expect(/matches:\s*\[([^\]]*)\]/.exec(config)![1]).toBe("'http://*/*', 'https://*/*'");
    const doc = readFileSync(join(ROOT, 'docs/extension.md'), 'utf8');
    for (const p of perms) expect(doc, `docs/extension.md must explain ${p}`).toContain(`\`${p}\``);
  });

  it('files stay small', () => {
    const big = SOURCES.filter((p) => readFileSync(join(ROOT, p), 'utf8').split('\n').length > 230);
    expect(big, 'split these into smaller units').toEqual([]);
  });
});
