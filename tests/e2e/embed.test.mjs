// Embedding: ?embed=1, the wheel inside an embed, and the resize script of the demo page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoPanic, openApp, server, withPage } from './harness.mjs';

test('?embed=1 hides the header, keeps legend and attribution, and links to the full map', async () => {
  await withPage(
    async (page) => {
      await openApp(page, 'country=KAZ&embed=1');
      assert.equal(await page.locator('.site-header').count(), 0);
      assert.ok(await page.getByTestId('attribution').isVisible());
      assert.ok(await page.getByTestId('legend').isVisible());
      const full = page.getByTestId('open-full-map');
      const href = new URL(await full.getAttribute('href'));
      assert.equal(href.search, '?country=KAZ');
      const sizes = await page.evaluate(() => [document.scrollingElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(sizes[0] <= sizes[1], `the embed scrolls sideways at 300 px: ${sizes}`);
    },
    { viewport: { width: 300, height: 600 } },
  );
});

test('in an embed the wheel scrolls the page unless Ctrl is held, with a hint', async () => {
  await withPage(async (page) => {
    await openApp(page, 'embed=1');
    const viewBox = () => page.getByTestId('map').getAttribute('viewBox');
    const before = await viewBox();
    const box = await page.getByTestId('map').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await page.getByTestId('gesture-hint').waitFor();
    assert.match(await page.getByTestId('gesture-hint').innerText(), /Ctrl/);
    assert.equal(await viewBox(), before, 'the map did not zoom');
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await page.waitForFunction((b) => document.querySelector('[data-testid=map]').getAttribute('viewBox') !== b, before);
  });
});

test("the demo page's two iframes get their heights from the resize script", async () => {
  await withPage(async (page) => {
    await page.goto(`${server.url}/embed-demo.html`);
    for (const id of ['embed-kaz', 'embed-tur']) {
      const frame = page.getByTestId(id);
      await frame.scrollIntoViewIfNeeded();
      await page.waitForFunction((i) => document.querySelector(`[data-testid=${i}]`).hasAttribute('data-ots-atlas-height'), id, { timeout: 30_000 });
      assert.equal(await frame.getAttribute('title') !== null, true);
      assert.equal(await frame.getAttribute('loading'), 'lazy');
    }
    const heights = await page.evaluate(() =>
      [...document.querySelectorAll('iframe')].map((f) => [f.getBoundingClientRect().height, f.contentDocument.documentElement.scrollHeight]),
    );
    for (const [shown, content] of heights) {
      assert.ok(Math.abs(shown - content) <= 2, `iframe ${shown}px tall for ${content}px of content`);
    }
  });
});

test('the wheel over an embed scrolls the host page and leaves the map as it was', { timeout: 60_000 }, async () => {
  // The demo page is taller than this window: the host has somewhere to scroll.
  await withPage(async (page) => {
    await page.goto(`${server.url}/embed-demo.html`);
    const iframe = page.getByTestId('embed-kaz');
    await iframe.scrollIntoViewIfNeeded();
    const frame = page.frameLocator('[data-testid=embed-kaz]');
    await frame.locator('html[data-map-ready]').waitFor({ state: 'attached', timeout: 30_000 });
    const scrollY = () => page.evaluate(() => window.scrollY);
    const max = await page.evaluate(() => document.scrollingElement.scrollHeight - innerHeight);
    // Scroll the host so that the embed's map is under the window's centre line.
    await page.evaluate(() => {
      const box = document.querySelector('[data-testid=embed-kaz]').getBoundingClientRect();
      scrollBy(0, box.top + box.height / 2 - innerHeight / 2);
    });
    const start = await scrollY();
    assert.ok(start < max - 200, `room to scroll: ${start} of ${max}`);
    const map = frame.getByTestId('map');
    const viewBox = () => map.getAttribute('viewBox');
    const before = await viewBox();
    const box = await map.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 200);
    await page.waitForFunction((s) => window.scrollY > s + 100, start, { timeout: 5000 });
    assert.equal(await viewBox(), before, 'the wheel zoomed the embedded map');
    // The embed says how to zoom instead (Ctrl+wheel zooming: the test above).
    await frame.getByTestId('gesture-hint').waitFor();
  }, { viewport: { width: 1280, height: 600 } });
});
