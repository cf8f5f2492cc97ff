import { z } from 'zod';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import bundledFeed from 'virtual:bundled-feed';
import { createMenus, onMenuClicked } from '../lib/ext/background/context-menu';
import { FeedService } from '../lib/ext/background/feeds';
import { handleMessage } from '../lib/ext/background/handlers';
import { RulesStore } from '../lib/ext/background/rules-store';
import { db } from '../lib/ext/db';
import { acceptBackgroundMessage } from '../lib/ext/messaging';

/*
 * Wiring only. The background owns the rule set (Dexie), answers validated messages from our own
 * content scripts and pages, runs the context menu and the feed-update alarms. Listeners are
 * registered synchronously at the top level so a sleeping MV3 worker wakes up for them.
 */
export default defineBackground(() => {
  z.config({ jitless: true }); // zod must never try eval (MV3 CSP, and web-ext lint flags it)
  const rules = new RulesStore(bundledFeed);
  // The browser's fetch goes to lib/feed's fetchFeed only: the extension's one kind of network
  // request, to feeds the user subscribed to (bound: fetch throws when called on another object).
  const feeds = new FeedService({ rules, db, fetch: globalThis.fetch.bind(globalThis) });
  // Warm up: the bundled copy, the alarms, then the compiled rules, so the first page screens at once.
  const warmUp = () => void feeds.start().then(() => rules.active()).catch(() => undefined);

  browser.runtime.onInstalled.addListener(() => {
    createMenus();
    warmUp();
  });
  browser.runtime.onStartup.addListener(() => {
    createMenus(); // in case the browser did not keep them (cheap and idempotent)
    warmUp();
  });
  browser.alarms.onAlarm.addListener((alarm) => void feeds.onAlarm(alarm.name));

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const m = acceptBackgroundMessage(msg, sender);
    if (!m) return undefined; // malformed, or from a sender not allowed to send it: dropped silently
    return handleMessage(m, sender, { rules, feeds, db });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
  // Every worker start, not only browser start: Chrome may have dropped the feed alarms.
  void feeds.start();
});
