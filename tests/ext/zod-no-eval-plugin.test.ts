import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zodNoEvalPlugin } from '../../lib/ext/build/zod-no-eval-plugin';

type Transform = (this: { error(msg: string): never }, code: string, id: string) => { code: string } | undefined;
const transform = zodNoEvalPlugin().transform as unknown as Transform;
const ctx = { error: (msg: string): never => { throw new Error(msg); } };
const utilPath = join(createRequire(import.meta.url).resolve('zod/v4/core').replace(/index\.c?js$/, ''), 'util.js');

describe('zod-no-eval build plugin', () => {
  it("removes the installed zod's Function() probe and nothing else", () => {
    const code = readFileSync(utilPath, 'utf8');
    const out = transform.call(ctx, code, utilPath)!.code;
    expect(code).toContain('new F("")');
    expect(out).not.toMatch(/new F\(|= Function\b/);
    expect(out.length).toBeGreaterThan(code.length - 200);
  });

  it('leaves other files alone and fails loudly if zod changes the probe', () => {
    expect(transform.call(ctx, 'const F = Function;', '/x/other.js')).toBeUndefined();
    expect(() => transform.call(ctx, 'export const x = 1;', '/n/zod/v4/core/util.js')).toThrow(/review/);
  });
});
