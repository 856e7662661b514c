import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
const srv = await startServer({ root: '/work/main/dist' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const shots = JSON.parse(process.argv[2]);
for (const [q, file, sel] of shots) {
  await page.goto(`${srv.url}/?${q}`);
  await page.waitForSelector('html[data-map-ready]', { state: 'attached', timeout: 30000 });
  await page.waitForTimeout(800);
  if (sel) { const el = page.locator(sel).first(); await el.scrollIntoViewIfNeeded(); await page.waitForTimeout(300);
    console.log(JSON.stringify(await el.evaluate(e => e.outerHTML.slice(0, 1500)))); }
  await page.screenshot({ path: file });
}
await browser.close(); await srv.close();
