import type { Plugin } from 'vite';
import { buildBundledFeed } from './bundled-feed';

/**
 * Vite plugin providing `virtual:bundled-feed`: the rules, help resources and pay benchmarks read
 * from assets/ at build time, as one feed object (see bundled-feed.ts). Only the background
 * imports it; pages and content scripts get the rule data from the background.
 */
const ID = 'virtual:bundled-feed';
const RESOLVED = `\0${ID}`;

export function bundledFeedPlugin(opts: { root?: string } = {}): Plugin {
  return {
    name: 'recruit-radar:bundled-feed',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const { feed, files } = buildBundledFeed({ root: opts.root ?? process.cwd() });
      for (const f of files) this.addWatchFile(f);
      return `export default ${JSON.stringify(feed)};`;
    },
  };
}
