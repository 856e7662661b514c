// The app starts: the page loads, the map gets drawn, nothing panics.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoPanic, openApp, server, withPage } from './harness.mjs';

test('the app loads and draws the map without panicking', { timeout: 90_000 }, async () => {
  await withPage(async (page) => {
    const diagnostics = await openApp(page);
    assertNoPanic(diagnostics);
    assert.deepEqual(diagnostics.pageErrors, [], 'uncaught errors in the page');

    const title = await page.evaluate(() => document.querySelector('head > title')?.textContent ?? null);
    assert.ok(title?.trim(), 'the document has a non-empty <title>');
  });
});

test("when the app's code cannot be downloaded, the page says so and Try again starts the app", { timeout: 90_000 }, async () => {
  for (const [what, pattern] of [['the Wasm', /\.wasm$/], ['the JavaScript loader', /\/ots-atlas-[0-9a-f]+\.js$/]]) {
    await withPage(async (page) => {
      const blocked = (route) => route.abort();
      await page.route(pattern, blocked);
      await page.goto(`${server.url}/?country=KAZ`);
      await page.waitForSelector('html[data-map-error="start"]', { state: 'attached', timeout: 15_000 });
      const line = page.getByRole('alert');
      assert.match(await line.innerText(), /could not start/, what);
      // The connection is back: the button loads the page again, and the app starts.
      await page.unroute(pattern, blocked);
      await line.getByRole('button', { name: 'Try again' }).click();
      await page.waitForSelector('html[data-map-ready]', { state: 'attached', timeout: 30_000 });
      assert.equal(await page.locator('html[data-map-error]').count(), 0, what);
      assert.equal(await page.locator('[data-testid=panel] h2').first().innerText(), 'Kazakhstan');
      // (Blocking every .wasm also fails the preloads of the country panel's chunks.)
    }, { expect: { failedRequests: [/^net::ERR_FAILED http:\S+\/(ots-atlas-[0-9a-f]+(_bg\.wasm|\.js)|(split_\w+|chunk_\d+)-[0-9a-f]+\.wasm)$/], pageErrors: [/^TypeError: Failed to fetch/] } });
  }
});
