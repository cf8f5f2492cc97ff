import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { bundledFeedPlugin } from './lib/ext/build/bundled-feed-plugin';
import { ICON_SIZES } from './lib/ext/build/icon-sizes';
import { zodNoEvalPlugin } from './lib/ext/build/zod-no-eval-plugin';

const icons = Object.fromEntries(ICON_SIZES.map((s) => [s, `icons/${s}.png`]));

/*
 * The manifest is kept as narrow as the features allow; each permission says why
 * (docs/extension.md has the same list for users and reviewers).
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true }, // no display on CI machines; `wxt dev` would crash trying to open a browser
  manifestVersion: 3, // Firefox too (WXT would default it to MV2)
  vite: () => ({
    plugins: [bundledFeedPlugin(), zodNoEvalPlugin()],
    // Vite's modulepreload polyfill fetch()es chunks; extension pages load them from the package anyway.
    build: { modulePreload: { polyfill: false } },
  }),
  hooks: {
    // Icons are drawn once from assets/icons/icon.svg (lib/ext/build/render-icons.ts) and copied here.
    'build:publicAssets': (_wxt, files) => {
      for (const s of ICON_SIZES) files.push({ absoluteSrc: resolve(`assets/icons/icon-${s}.png`), relativeDest: `icons/${s}.png` });
    },
  },
  manifest: ({ browser }) => ({
    name: 'Recruit Radar',
    description: 'Checks job offers for signs of deceptive recruitment, forced labour and job scams. Everything stays on your device.',
    icons,
    action: { default_icon: icons, default_title: 'Recruit Radar' },
    permissions: [
      'storage', // your settings and the rule set, kept on this device only
      'activeTab', // "Check this page" and "Check this job offer": access to the tab you act on, only when you act
      'scripting', // with activeTab: put the checker into that tab when it is not already there
      'contextMenus', // the "Check this job offer" item for selected text
      'alarms', // the rule-feed refresh schedule (an MV3 worker sleeps, so timers cannot be used)
    ],
    // No host_permissions: the only thing the extension fetches is a rule feed the user adds,
    // and the options page asks for that feed's host (one origin) when the user adds it. The
    // baseline rules come inside the package and need no host. Plain http only on loopback, for
    // testing a feed with `npm run feed:serve` (lib/feed/subscription.ts refuses other http).
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    content_scripts: [
      {
        // Automatic screening of any page that declares a job posting (schema.org JobPosting in
        // JSON-LD or microdata) needs the checker on every page: which pages hold postings cannot
        // be known in advance. On a page without one it runs one cheap check and stops. It reads
        // the page and draws badges; it sends nothing anywhere. Users can narrow automatic
        // screening to chosen sites, or turn it off, in the options.
        matches: ['http://*/*', 'https://*/*'],
        js: ['screener.js'],
        run_at: 'document_idle',
        all_frames: false,
      },
    ],
    // Firefox only (Chrome warns about keys it does not know).
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'recruit-radar@recruit-radar.org',
          // 140 (142 on Android) is where Firefox understands data_collection_permissions.
          strict_min_version: '140.0',
          // AMO requires a declaration; Recruit Radar collects nothing.
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
