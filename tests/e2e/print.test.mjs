// Printing a country's view, as a teacher would for a handout: the map, its legend and the
// whole panel, without the controls; the panel is not cut at the window's height.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoPanic, openApp, withPage } from './harness.mjs';

/** The number of pages of a PDF that Chromium wrote (one `/Type /Page` object each). */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

test('printing shows the map, the legend, the whole panel and the view\'s address, without the controls', { timeout: 60_000 }, async () => {
  await withPage(async (page) => {
    const d = await openApp(page, '?country=AZE');
    await page.getByTestId('panel').getByRole('heading', { name: 'Azerbaijan', level: 2 }).waitFor();
    const screenPages = pageCount(await page.pdf({ format: 'A4', printBackground: true }));

    await page.emulateMedia({ media: 'print' });
    for (const testid of ['zoom-in', 'share-toggle', 'panel-close']) {
      assert.equal(await page.getByTestId(testid).isVisible(), false, `${testid} is printed`);
    }
    assert.equal(await page.locator('.layer-controls').isVisible(), false, 'the layer box is printed');
    for (const testid of ['map', 'legend', 'attribution', 'panel', 'print-link']) {
      assert.ok(await page.getByTestId(testid).isVisible(), `${testid} is not printed`);
    }
    // The printed page says where the live view is.
    assert.match(await page.getByTestId('print-link').innerText(), /^http:\/\/127\.0\.0\.1:\d+\/\?country=AZE$/);
    // The panel flows under the map instead of scrolling inside the window.
    const panel = await page.getByTestId('panel').boundingBox();
    const map = await page.getByTestId('map').boundingBox();
    assert.ok(panel.y >= map.y + map.height - 1, 'the panel is printed under the map');
    const clipped = await page.getByTestId('panel').evaluate((el) => el.scrollHeight > el.clientHeight + 1);
    assert.equal(clipped, false, 'the printed panel is cut off');
    // Every record of the panel is laid out and has its text (records far down are skipped
    // on screen with content-visibility: auto; in print they must not be blank).
    const items = await page.getByTestId('panel').getByTestId('item').evaluateAll((els) =>
      els.map((el) => ({ id: el.id, height: el.getBoundingClientRect().height, text: el.innerText.trim().length })),
    );
    assert.ok(items.length >= 5, `${items.length} records in Azerbaijan's panel`);
    const blank = items.filter((i) => i.height === 0 || i.text === 0);
    assert.deepEqual(blank, [], 'records printed blank');

    const pages = pageCount(await page.pdf({ format: 'A4', printBackground: true }));
    assert.ok(pages >= 2, `the printed view has ${pages} page(s) (the screen layout had ${screenPages})`);
    assertNoPanic(d);
  });
});
