import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ICON_SIZES } from './icon-sizes';

/**
 * Renders assets/icons/icon.svg to the PNG sizes browsers want, with the same headless Chromium
 * the tests use (run: npx tsx lib/ext/build/render-icons.ts). The PNGs are committed; the build
 * only copies them (wxt.config.ts), so building needs no browser.
 */

async function main(): Promise<void> {
  const dir = join(process.cwd(), 'assets/icons');
  const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
      writeFileSync(join(dir, `icon-${size}.png`), await page.screenshot({ omitBackground: true }));
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1]?.endsWith('render-icons.ts')) await main();
