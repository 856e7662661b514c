// Installing the atlas as an app (issue 18): index.html links a web app manifest with the
// fields an install needs, its icons load at their declared sizes, and Chromium finds
// nothing that keeps the page from being installed.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoPanic, openApp, server, withPage } from './harness.mjs';

/** The width and height a PNG file declares (IHDR). */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('the manifest has what an install needs and its icons load at their sizes', async () => {
  await withPage(async (page) => {
    const d = await openApp(page);
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    assert.equal(await page.locator('meta[name=theme-color]').getAttribute('content'), '#0b2e57');
    const manifestUrl = new URL(href, page.url());
    const response = await page.request.get(manifestUrl.href);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /^application\/manifest\+json/);
    const manifest = await response.json();
    assert.equal(manifest.short_name, 'OTS Atlas');
    assert.match(manifest.name, /Organization of Turkic States/);
    assert.equal(manifest.display, 'standalone');
    assert.equal(new URL(manifest.start_url, manifestUrl).href, `${server.url}/`);
    assert.equal(new URL(manifest.scope, manifestUrl).href, `${server.url}/`);
    for (const colour of [manifest.background_color, manifest.theme_color]) assert.match(colour, /^#[0-9a-f]{6}$/);
    const purposes = [];
    for (const icon of manifest.icons) {
      const file = await page.request.get(new URL(icon.src, manifestUrl).href);
      assert.equal(file.status(), 200, icon.src);
      assert.equal(file.headers()['content-type'], 'image/png');
      const [w, h] = pngSize(await file.body());
      assert.equal(`${w}x${h}`, icon.sizes, `${icon.src} is ${w}×${h}`);
      purposes.push(`${icon.sizes} ${icon.purpose ?? 'any'}`);
    }
    assert.deepEqual(purposes.sort(), ['192x192 any', '512x512 any', '512x512 maskable']);
    assertNoPanic(d);
  });
});

test('Chromium finds no installability error once the offline copy runs', async () => {
  await withPage(async (page) => {
    const d = await openApp(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 30_000 });
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // Playwright's browser contexts are off the record, where Chromium installs nothing:
    // that one error is the test's, not the page's.
    assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), []);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    assert.equal(new URL(url).pathname, '/manifest.webmanifest');
    assert.deepEqual(errors, []);
    assertNoPanic(d);
  }, { serviceWorkers: 'allow' });
});
