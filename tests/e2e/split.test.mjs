// Code splitting (issue 16; src/ui/chunks.rs, src/bin/split_wasm): the share dialog, the
// country panel's body, the table view, the quotes view and the reader of the full data files
// come in chunks of their own. The default view fetches none in its first load (the reader
// comes with the full files, a second after the map is ready); each opens with its chunk; a link to a country or the table fetches
// its chunk at once (index.html's preload, reused by the loader); a chunk that cannot be
// downloaded says so, with Try again.

import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { assertNoPanic, chunkFiles, openApp, withPage } from './harness.mjs';

const CHUNK = /\/((split_\w+|chunk_\d+)-[0-9a-f]{16}\.wasm|__wasm_split-[0-9a-f]{16}\.js)$/;

/** Records every request's file name. */
function record(page) {
  const requests = [];
  page.on('request', (r) => requests.push({ file: path.basename(new URL(r.url()).pathname) }));
  return requests;
}

const wasmChunks = (requests) => requests.map((r) => r.file).filter((f) => /^(split_|chunk_)/.test(f));

test('the default view fetches no chunk before it is ready, then the full files\' reader with them; Share, a country, the table and the quotes each fetch theirs and work', { timeout: 120_000 }, async () => {
  const files = chunkFiles();
  assert.deepEqual(Object.keys(files).sort(), ['country_panel', 'full_data', 'print_sheet', 'quiz', 'quotes_view', 'share_dialog', 'table_view', 'tour']);
  await withPage(async (page) => {
    const requests = record(page);
    const d = await openApp(page);
    assert.deepEqual(wasmChunks(requests), [], 'the default view fetched chunks before it was ready');
    // A second after ready, the full files come, and the code that reads them: only that.
    await page.waitForResponse((r) => r.url().includes('/data/countries.json'));
    await page.waitForTimeout(500);
    assert.deepEqual(wasmChunks(requests).sort(), [...files.full_data].sort(), 'after ready: the reader of the full files alone');
    // The loader is part of the first load (the glue imports it).
    assert.ok(requests.some((r) => /^__wasm_split-/.test(r.file)), 'the loader is loaded');

    await page.getByTestId('share-toggle').click();
    await page.getByTestId('share-copy-link').waitFor();
    for (const file of files.share_dialog) assert.ok(wasmChunks(requests).includes(file), `Share fetched ${file}`);

    await page.getByTestId('share-toggle').click();
    const box = await page.locator('path.country[data-code="KAZ"]').boundingBox();
    // A pointer over a country already asks for the panel's code (before the click).
    const asked = page.waitForRequest((r) => /\/split_country_panel-[0-9a-f]+\.wasm$/.test(r.url()), { timeout: 5000 });
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.55);
    await asked;
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.55);
    await page.getByTestId('panel').getByRole('heading', { level: 2, name: 'Kazakhstan' }).waitFor();
    await page.locator('[data-testid=panel] blockquote').first().waitFor();
    for (const file of files.country_panel) assert.ok(wasmChunks(requests).includes(file), `the panel fetched ${file}`);
    assert.equal(await page.getByTestId('code-failed').count(), 0);
    assertNoPanic(d);
  });
  await withPage(async (page) => {
    const requests = record(page);
    const d = await openApp(page, 'view=table');
    // The table view's data-map-ready waits for its chunk: the tables are there.
    assert.ok(await page.locator('[data-testid=table-view] table').count() >= 3, 'three tables');
    for (const file of files.table_view) assert.ok(wasmChunks(requests).includes(file), `the table view fetched ${file}`);
    assert.ok(!wasmChunks(requests).some((f) => files.share_dialog.includes(f) && !files.table_view.includes(f) && !files.full_data.includes(f)), 'no share chunk');
    assertNoPanic(d);
  });
  await withPage(async (page) => {
    const requests = record(page);
    const d = await openApp(page, 'view=quotes&theme=diaspora');
    // The quotes view's data-map-ready waits for its chunk: the filters and quotes are there.
    await page.getByTestId('quotes-filters').waitFor({ timeout: 1000 });
    assert.ok(await page.locator('[data-testid=quotes-view] blockquote').count() > 0, 'quotes listed');
    for (const file of files.quotes_view) assert.ok(wasmChunks(requests).includes(file), `the quotes view fetched ${file}`);
    assertNoPanic(d);
  });
  await withPage(async (page) => {
    const requests = record(page);
    const d = await openApp(page);
    await page.waitForTimeout(1500);
    assert.ok(!wasmChunks(requests).some((f) => files.tour.includes(f) && !files.full_data.includes(f)), 'no tour chunk before the tours are asked for');
    // "Guided tours" in the About panel fetches the tours' chunk, which lists them.
    await page.getByTestId('tours-toggle').click();
    await page.getByTestId('tour-link').first().waitFor();
    for (const file of files.tour) assert.ok(wasmChunks(requests).includes(file), `the tours fetched ${file}`);
    assertNoPanic(d);
  });
});

test('a country link fetches its chunk before the map is ready, once, and shows the panel by ready', { timeout: 90_000 }, async () => {
  const files = chunkFiles();
  await withPage(async (page) => {
    // When the map became ready, on the page's clock (as the resource timings).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.documentElement?.hasAttribute('data-map-ready')) return;
        window.readyAt = performance.now();
        observer.disconnect();
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-map-ready'] });
    });
    const requests = record(page);
    const d = await openApp(page, 'country=KAZ');
    // The heading is there when the map is ready, as before the split.
    assert.equal(await page.locator('[data-testid=panel] h2').first().innerText(), 'Kazakhstan');
    await page.locator('[data-testid=panel] blockquote').first().waitFor();
    const timing = await page.evaluate(() => ({
      readyAt: window.readyAt,
      started: Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop(), e.startTime])),
    }));
    for (const file of [...files.country_panel, ...files.full_data]) {
      // The inline script's preload, which the loader's fetch reuses: one download.
      const made = requests.filter((r) => r.file === file).length;
      assert.equal(made, 1, `${file} requested once, not ${made} times`);
      assert.ok(timing.started[file] < timing.readyAt, `${file} requested before data-map-ready (${timing.started[file]} ms, ready at ${timing.readyAt} ms)`);
    }
    assertNoPanic(d);
  });
});

test('a chunk that cannot be downloaded gives a message with Try again, which then opens it', { timeout: 90_000 }, async () => {
  await withPage(async (page) => {
    const blocked = (route) => route.abort();
    await page.route(/\/split_country_panel-[0-9a-f]+\.wasm$/, blocked);
    const d = await openApp(page, 'country=KAZ');
    // The heading and the facts stay; the body says what failed.
    assert.equal(await page.locator('[data-testid=panel] h2').first().innerText(), 'Kazakhstan');
    const failed = page.getByTestId('code-failed');
    await failed.waitFor();
    assert.equal(await failed.getAttribute('role'), 'alert');
    await page.unroute(/\/split_country_panel-[0-9a-f]+\.wasm$/, blocked);
    await failed.getByRole('button', { name: 'Try again' }).click();
    await page.locator('[data-testid=panel] blockquote').first().waitFor();
    assert.equal(await failed.count(), 0);
    assertNoPanic(d);
  }, { expect: { failedRequests: [/^net::ERR_FAILED http:\S+\/split_country_panel-[0-9a-f]+\.wasm$/], consoleErrors: [/Failed to fetch/] } });
});

test('when the full files\' reader cannot be downloaded, the panel and a notice say so, and Try again brings the data', { timeout: 90_000 }, async () => {
  await withPage(async (page) => {
    const blocked = (route) => route.abort();
    await page.route(/\/split_full_data-[0-9a-f]+\.wasm$/, blocked);
    const d = await openApp(page, 'country=KAZ');
    assert.equal(await page.locator('[data-testid=panel] h2').first().innerText(), 'Kazakhstan');
    const failed = page.getByTestId('panel').getByTestId('data-failed');
    await failed.waitFor();
    assert.match(await page.getByTestId('notice').allInnerTexts().then((t) => t.join('\n')), /split_full_data\.wasm could not be downloaded/);
    await page.unroute(/\/split_full_data-[0-9a-f]+\.wasm$/, blocked);
    await failed.getByRole('button', { name: 'Try again' }).click();
    await page.locator('[data-testid=panel] blockquote').first().waitFor();
    assert.equal(await failed.count(), 0);
    assertNoPanic(d);
  }, { expect: { failedRequests: [/^net::ERR_FAILED http:\S+\/split_full_data-[0-9a-f]+\.wasm$/], consoleErrors: [/Failed to fetch/] } });
});

test('every chunk is served with a content-hashed name', async () => {
  const files = chunkFiles();
  for (const file of new Set(Object.values(files).flat())) assert.match(`/${file}`, CHUNK);
});

test('the print chunk (QR codes, the worksheet) is fetched by the worksheet and by the share dialog, not before', { timeout: 60_000 }, async () => {
  const files = chunkFiles();
  await withPage(async (page) => {
    const requests = record(page);
    const d = await openApp(page, 'print=worksheet');
    await page.getByTestId('worksheet').waitFor();
    for (const file of files.print_sheet) assert.ok(wasmChunks(requests).includes(file), `the worksheet fetched ${file}`);
    assertNoPanic(d);
  });
  await withPage(async (page) => {
    const requests = record(page);
    const d = await openApp(page);
    await page.waitForTimeout(1500);
    assert.ok(!wasmChunks(requests).some((f) => files.print_sheet.includes(f) && f.startsWith('split_')), 'the default view fetched the print chunk');
    await page.getByTestId('share-toggle').click();
    await page.getByTestId('share-print').waitFor();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /split_print_sheet-/.test(e.name)));
    assertNoPanic(d);
  });
});
