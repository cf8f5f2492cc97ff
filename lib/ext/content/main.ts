import { browser } from 'wxt/browser';
import { acceptContentMessage, type ContentMessage } from '../messaging';
import type { PageResults } from '../results';
import { screenRemote } from '../screen-client';
import { loadSettings, watchSettings } from '../settings';
import { Screener } from './controller';

const GUARD = Symbol.for('recruit-radar.screener');

/**
 * Content script start. The script is declared for every http(s) page and can also be injected
 * on request ("Check this page"); the guard (in the isolated world, invisible to the page) makes
 * a second copy in the same tab a no-op.
 */
export async function runScreener(): Promise<void> {
  const g = globalThis as { [GUARD]?: Promise<Screener> };
  if (g[GUARD]) return;
  let ready!: (s: Screener) => void;
  g[GUARD] = new Promise<Screener>((r) => (ready = r));

  // Registered before anything async, so a "check this page" sent right after injection is heard.
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const m = acceptContentMessage(msg, sender);
    return m ? g[GUARD]!.then((s) => handle(s, m)) : undefined;
  });

  const screener = new Screener({
    doc: document,
    settings: await loadSettings(),
    uiLanguage: browser.i18n.getUILanguage(),
    screen: screenRemote,
    send: (m) => browser.runtime.sendMessage(m),
    alive: () => browser.runtime?.id != null,
  });
  ready(screener);
  watchSettings((s) => screener.setSettings(s));
  await screener.start();
}

async function handle(s: Screener, m: ContentMessage): Promise<PageResults> {
  switch (m.type) {
    case 'check-page':
      await s.activate();
      return s.results();
    case 'check-text':
      return s.checkText(m.text);
    case 'get-results':
      return s.results();
  }
}
