import { z } from 'zod';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import bundledFeed from 'virtual:bundled-feed';
import { createMenus, onMenuClicked } from '../lib/ext/background/context-menu';
import { handleMessage } from '../lib/ext/background/handlers';
import { RulesStore } from '../lib/ext/background/rules-store';
import { db } from '../lib/ext/db';
import { acceptBackgroundMessage } from '../lib/ext/messaging';

/*
 * Wiring only. The background owns the rule set (Dexie), answers validated messages from our own
 * content scripts and pages, and runs the context menu. Listeners are registered synchronously at
 * the top level so a sleeping MV3 worker wakes up for them.
 */
export default defineBackground(() => {
  z.config({ jitless: true }); // zod must never try eval (MV3 CSP, and web-ext lint flags it)
  const rules = new RulesStore(bundledFeed);

  browser.runtime.onInstalled.addListener(() => {
    createMenus();
    void rules.compiled().catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => {
    createMenus(); // in case the browser did not keep them (cheap and idempotent)
    void rules.compiled().catch(() => undefined); // warm up: the first page then screens at once
  });

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const m = acceptBackgroundMessage(msg, sender);
    if (!m) return undefined; // malformed, or from a sender not allowed to send it: dropped silently
    return handleMessage(m, sender, { rules, db });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
});
