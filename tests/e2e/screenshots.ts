import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt } from './harness/build';
import { launch } from './harness/chromium';
import { waitForResults } from './harness/probes';
import { SITE_HOSTS, startServer } from './harness/server';

/**
 * Screenshots for the README (docs/screenshots/*.png), taken in the same headless Chromium as the
 * e2e tests: a listing with badges, an open panel, the popup, and an Arabic (right-to-left) ad.
 * Run: npx tsx tests/e2e/screenshots.ts
 */
const OUT = join(process.cwd(), 'docs/screenshots');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startServer();
  const s = await launch(await ensureBuilt('chrome'), server.port, SITE_HOSTS);
  try {
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 900, height: 760 });
    await page.goto(server.url('/own/listing.html'));
    await waitForResults(s.sw, page, 4);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'listing-badges.png') });

    await page.evaluate(() => (document.querySelector('#card-1 recruit-radar-badge') as HTMLElement).focus());
    await page.keyboard.press('Enter');
    await page.waitForSelector('recruit-radar-panel', { state: 'attached' }); // its box is in the shadow root
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'panel-open.png') });

    await page.goto(server.url('/own/arabic-posting.html'));
    await waitForResults(s.sw, page, 1);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'rtl-posting.png') });

    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await popup.getByLabel('Paste the text of the offer or message:').fill('Urgent! Housemaid for Kuwait. You must pay a placement fee of 20,000 PHP. The employer keeps your passport. WhatsApp only.');
    await popup.getByRole('button', { name: 'Check text' }).click();
    await popup.locator('#paste-result-h').waitFor();
    await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });
    console.log(`screenshots written to ${OUT}`);
  } finally {
    await s.close();
    await server.close();
  }
}

await main();
