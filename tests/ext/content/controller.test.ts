// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '../../../lib/engine/index';
import { Screener, type ScreenerDeps } from '../../../lib/ext/content/controller';
import { resourcesFor } from '../../../lib/ext/resources';
import { DEFAULT_SETTINGS, parseSettings } from '../../../lib/ext/settings';
import { compiledFeed, testFeed } from '../helpers/feed';

const CARDS = `
  <article id="risky" itemscope itemtype="https://schema.org/JobPosting"><h2 itemprop="title">Maid &lt;img src=x onerror=alert(1)&gt;</h2>
    <p itemprop="description">Your passport kept by employer for the contract.</p></article>
  <article id="clean" itemscope itemtype="https://schema.org/JobPosting"><h2 itemprop="title">Clerk</h2>
    <p itemprop="description">Office work in Leeds, written contract.</p></article>`;

function setup(settings = DEFAULT_SETTINGS) {
  document.body.innerHTML = CARDS; // test fixture markup
  const { feed, compiled } = compiledFeed(testFeed(3));
  const send = vi.fn(async (_m: unknown) => null);
  // What the background does with a "screen" request (background/handlers.ts), in-process.
  const screenFn = vi.fn(async (postings: Parameters<typeof screen>[0][], locale: string) => {
    const verdicts = postings.map((p) => screen(p, compiled, { locale }));
    return { verdicts, resources: resourcesFor(verdicts.flatMap((v) => v.countries), feed.resources) };
  });
  const deps: ScreenerDeps = { doc: document, settings, uiLanguage: 'en-GB', screen: screenFn, send, alive: () => true };
  return { screener: new Screener(deps), send, screenFn };
}
const hosts = () => [...document.querySelectorAll('recruit-radar-badge')];

describe('Screener (content script)', () => {
  beforeEach(() => {
    document.documentElement.querySelectorAll('recruit-radar-panel, recruit-radar-dock').forEach((e) => e.remove());
  });

  it('puts one badge in each card, with the level on the host and the UI in a closed shadow root', async () => {
    const { screener, send } = setup();
    await screener.start();
    expect(hosts().map((h) => h.parentElement!.id)).toEqual(['risky', 'clean']);
    const [risky, clean] = hosts();
    expect(risky!.getAttribute('data-risk-level')).not.toBe('none');
    expect(clean!.getAttribute('data-risk-level')).toBe('none');
    expect(risky!.shadowRoot).toBeNull(); // closed: the page cannot reach inside
    expect(send).toHaveBeenCalledWith({ type: 'page-summary', counts: expect.objectContaining({ none: 1 }) });
    expect(screener.results()).toMatchObject({ active: true, method: 'microdata' });
    expect(screener.results().items[0]!.title).toBe('Maid <img src=x onerror=alert(1)>');
    screener.stop();
  });

  it('shows badges only from the chosen level up, and none at all in discreet mode', async () => {
    const { screener } = setup(parseSettings({ minBadgeLevel: 'low' }));
    await screener.start();
    expect(hosts()).toHaveLength(1);
    screener.setSettings(parseSettings({ discreet: true }));
    expect(hosts()).toHaveLength(0);
    expect(screener.results().items).toHaveLength(2); // still there for the popup
    screener.stop();
  });

  it('does nothing where automatic screening is off, until asked', async () => {
    const { screener, send } = setup(parseSettings({ sites: { mode: 'off' } }));
    await screener.start();
    expect(hosts()).toHaveLength(0);
    expect(send).not.toHaveBeenCalled();
    await screener.activate(); // "Check this page"
    expect(hosts()).toHaveLength(2);
    screener.stop();
  });

  it('checks selected text and opens the panel (not in discreet mode)', async () => {
    const { screener } = setup(parseSettings({ sites: { mode: 'off' } }));
    await screener.start();
    const r = await screener.checkText('They said: passport kept by employer.');
    expect(r.items[0]).toMatchObject({ origin: 'selection' });
    expect(r.items[0]!.level).not.toBe('none');
    const panel = document.querySelector('recruit-radar-panel');
    expect(panel?.getAttribute('data-risk-level')).toBe(r.items[0]!.level);
    screener.stop();
    expect(document.querySelector('recruit-radar-panel')).toBeNull();
  });

  it('sends only new or changed postings to be screened again', async () => {
    const { screener, screenFn } = setup();
    await screener.start();
    expect(screenFn).toHaveBeenCalledTimes(1);
    await screener.scan();
    expect(screenFn).toHaveBeenCalledTimes(1); // nothing changed
    document.getElementById('clean')!.querySelector('p')!.textContent = 'Now: passport kept by employer.';
    await screener.scan();
    expect(screenFn).toHaveBeenCalledTimes(2);
    expect(screenFn.mock.calls[1]![0]).toHaveLength(1);
    expect(hosts().map((h) => h.getAttribute('data-risk-level'))).not.toContain('none');
    screener.stop();
  });

  it('reports history only when it is on, once per posting', async () => {
    const { screener, send } = setup(parseSettings({ history: true }));
    await screener.start();
    await screener.scan();
    const history = send.mock.calls.filter(([m]) => (m as { type: string }).type === 'record-history');
    expect(history).toHaveLength(1);
    expect((history[0]![0] as { items: unknown[] }).items).toHaveLength(2);
    screener.stop();
  });

  it('removes everything it added when stopped (extension updated or removed)', async () => {
    const { screener } = setup();
    await screener.start();
    screener.stop();
    expect(document.querySelectorAll('recruit-radar-badge, recruit-radar-panel, recruit-radar-dock')).toHaveLength(0);
  });
});
