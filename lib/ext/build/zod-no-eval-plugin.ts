import type { Plugin } from 'vite';

/**
 * Removes zod's `new Function("")` probe from the bundle. Every entrypoint sets
 * `z.config({ jitless: true })`, so the probe never runs, but its code stays in the bundle and
 * Mozilla's linter reports it as DANGEROUS_EVAL, which store reviewers then have to look at.
 * The probe is replaced by "no eval here"; the build fails if zod's code no longer matches, so a
 * zod upgrade is looked at rather than silently shipping the probe again.
 */
const FILE = /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/;
const PROBE = /try\s*\{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch\s*\(_\)\s*\{\s*return false;\s*\}/;

export function zodNoEvalPlugin(): Plugin {
  return {
    name: 'recruit-radar:zod-no-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!FILE.test(id)) return undefined;
      if (!PROBE.test(code)) this.error(`zod's eval probe in ${id} changed; review lib/ext/build/zod-no-eval-plugin.ts`);
      return { code: code.replace(PROBE, 'return false;'), map: null };
    },
  };
}
