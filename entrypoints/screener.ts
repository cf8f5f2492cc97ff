import { z } from 'zod';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runScreener } from '../lib/ext/content/main';

/*
 * The content script. Built as an unlisted script and declared in wxt.config.ts rather than with
 * defineContentScript: WXT's content-script wrapper talks to the page (window.postMessage and a
 * document event a page can forge to shut the script down); this one has no channel to the page.
 */
export default defineUnlistedScript(() => {
  z.config({ jitless: true }); // zod must never try eval (MV3 CSP, and web-ext lint flags it)
  void runScreener();
});
