import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildBundle, bundleKey, buildTime, DEFAULT_SOURCES, type BundleSources } from '../../cli/feed-bundle';

/**
 * Vite plugin providing `virtual:bundled-feed`: the baseline feed built and SIGNED at build time
 * by lib/cli/feed-bundle.ts's buildBundle (in-process, the same code as `tsx lib/cli/feed-bundle.ts`),
 * as `{ body, signature, publicKey }`. The background pins `publicKey` for the bundled copy and
 * installs it with lib/feed's installBundled, i.e. through the same verifyFeed as a remote feed.
 *
 * The key is RR_BUNDLE_KEY (a release key: publisher identity, reproducible with
 * SOURCE_DATE_EPOCH) or, if unset, a throwaway key made for this build, which proves only that
 * the feed in the package was not altered after the build (docs/feeds.md, "Bundled feed").
 * A rule that fails its schema, compiler or examples fails the build, naming its file.
 */
const ID = 'virtual:bundled-feed';
const RESOLVED = `\0${ID}`;

export interface BundledFeedModule {
  /** feed.json exactly as signed (valid UTF-8, so a JS string carries it byte for byte). */
  body: string;
  signature: string;
  /** The .pub file text of the key that signed it. */
  publicKey: string;
}

export async function buildBundledModule(root: string, env: NodeJS.ProcessEnv = process.env): Promise<BundledFeedModule> {
  const sources = Object.fromEntries(Object.entries(DEFAULT_SOURCES).map(([k, v]) => [k, resolve(root, v)])) as unknown as BundleSources;
  const built = await buildBundle({ sources, key: bundleKey(env).key, now: buildTime(env) });
  if ('errors' in built) throw new Error(`the bundled feed cannot be built:\n${built.errors.map((e) => `${e.file}: ${e.message}`).join('\n')}`);
  return { body: new TextDecoder('utf-8', { fatal: true }).decode(built.body), signature: built.signature, publicKey: built.publicKeyFile };
}

function watchedFiles(root: string): string[] {
  const rules = join(root, DEFAULT_SOURCES.rules);
  const files = readdirSync(rules, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(rules, f));
  return [...files, DEFAULT_SOURCES.publisher, DEFAULT_SOURCES.resources, DEFAULT_SOURCES.benchmarks].map((f) => resolve(root, f));
}

export function bundledFeedPlugin(opts: { root?: string; env?: NodeJS.ProcessEnv } = {}): Plugin {
  const root = opts.root ?? process.cwd();
  // One signed copy per build (one throwaway key, one version), however often the module is loaded.
  let module: Promise<string> | undefined;
  return {
    name: 'recruit-radar:bundled-feed',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      for (const f of watchedFiles(root)) this.addWatchFile(f);
      module ??= buildBundledModule(root, opts.env).then((m) => `export default ${JSON.stringify(m)};`);
      return module;
    },
    watchChange() {
      module = undefined; // a rule changed under `wxt dev`: build and sign again
    },
  };
}
