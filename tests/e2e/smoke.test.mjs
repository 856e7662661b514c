// The app starts: the page loads, the map gets drawn, nothing panics.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoPanic, openApp, withPage } from './harness.mjs';

test('the app loads and draws the map without panicking', { timeout: 90_000 }, async () => {
  await withPage(async (page) => {
    const diagnostics = await openApp(page);
    assertNoPanic(diagnostics);
    assert.deepEqual(diagnostics.pageErrors, [], 'uncaught errors in the page');

    const title = await page.evaluate(() => document.querySelector('head > title')?.textContent ?? null);
    assert.ok(title?.trim(), 'the document has a non-empty <title>');
  });
});
