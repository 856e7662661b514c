// Paper (issue 18): the worksheet (?print=worksheet) prints as one A4 page with the map
// without names, the OTS countries numbered, questions and the QR code of the live view;
// the share dialog leads there; the ordinary printed view carries its QR code too.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LATE_LOADS_CUT_SHORT, assertNoPanic, openApp, server, withPage } from './harness.mjs';

/** The number of pages of a PDF that Chromium wrote (one `/Type /Page` object each). */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

/** The QR code's SVG under `root`: its accessible name, the address it holds and its size. */
async function qrOf(root) {
  const qr = root.locator('svg[data-qr]');
  await qr.waitFor({ state: 'attached' });
  return {
    name: await qr.getAttribute('aria-label'),
    address: await qr.getAttribute('data-qr'),
    visible: await qr.isVisible(),
    box: await qr.boundingBox(),
    paths: await qr.locator('path').count(),
  };
}

test('the worksheet is one A4 page: numbered map without names, questions, the QR code of the live view', { timeout: 90_000 }, async () => {
  await withPage(async (page) => {
    const d = await openApp(page, '?print=worksheet&lang=en');
    const sheet = page.getByTestId('worksheet');
    await sheet.waitFor();
    assert.equal(await page.getByTestId('atlas').isVisible(), false, 'the atlas shows under the sheet');
    // Eight numbered countries, 1 to 8, and no name on the map.
    const numbers = await sheet.locator('[data-number]').evaluateAll((els) => els.map((el) => el.textContent));
    assert.deepEqual(numbers, ['1', '2', '3', '4', '5', '6', '7', '8']);
    const mapText = await page.getByTestId('worksheet-map').evaluate((svg) => svg.textContent);
    assert.equal(mapText, '12345678', 'the map carries the numbers and nothing else');
    assert.equal(await page.getByTestId('worksheet-answers').locator('li').count(), 8);
    for (const name of ['Kazakhstan', 'Hungary', 'Türkiye', 'Azerbaijan']) {
      assert.equal(await page.getByTestId('worksheet-map').getByText(name).count(), 0, `${name} is named on the map`);
    }
    // The questions.
    assert.equal(await page.getByTestId('worksheet-questions').locator(':scope > li').count(), 5);
    // The QR code opens the live view: the same state on the map.
    // The address gets the questions' seed, so that the same link prints the same sheet.
    assert.match(new URL(page.url()).search, /^\?lang=en&print=worksheet&seed=\d+$/);
    const questions = await page.getByTestId('worksheet-questions').innerText();
    await page.reload();
    await page.getByTestId('worksheet-questions').waitFor();
    assert.equal(await page.getByTestId('worksheet-questions').innerText(), questions, 'the same link, the same questions');
    const qr = await qrOf(sheet);
    assert.equal(qr.address, `${server.url}/?lang=en`);
    assert.equal(qr.name, `QR code: ${server.url}/?lang=en`);
    assert.equal(qr.paths, 1, 'the dark modules are one path');

    // Printed: the sheet alone, its QR code visible, on exactly one A4 page.
    await page.emulateMedia({ media: 'print' });
    // The sheet is hidden until its own stylesheet (worksheet.css, fetched with the page)
    // is in; on a busy machine that can be after the questions are on the page.
    await sheet.locator('svg[data-qr]').waitFor({ state: 'visible' });
    assert.equal(await page.getByTestId('worksheet-print').isVisible(), false, 'the Print button is printed');
    assert.equal(await page.getByTestId('worksheet-back').isVisible(), false, 'the Back link is printed');
    const printed = await qrOf(sheet);
    assert.ok(printed.visible && printed.box.width >= 80 && Math.abs(printed.box.width - printed.box.height) < 1, `the printed QR code: ${JSON.stringify(printed.box)}`);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.equal(pageCount(pdf), 1, 'the worksheet prints on one A4 page');
    await page.emulateMedia({ media: 'screen' });

    // Back to the map: the same view, without print=.
    await page.getByTestId('worksheet-back').click();
    await page.getByTestId('map').waitFor();
    assert.equal(new URL(page.url()).search, '?lang=en');
    assertNoPanic(d);
    // The reload (above) may cut short what the first page was still fetching.
  }, { expect: LATE_LOADS_CUT_SHORT });
});

test('the share dialog\'s Worksheet button leads to the worksheet of the view', { timeout: 60_000 }, async () => {
  await withPage(async (page) => {
    const d = await openApp(page, '?layers=diaspora&lang=hu');
    await page.getByTestId('share-toggle').click();
    const link = page.getByTestId('share-worksheet');
    await link.waitFor();
    assert.equal(await link.innerText(), 'Feladatlap');
    await link.click();
    await page.getByTestId('worksheet').waitFor();
    assert.match(new URL(page.url()).search, /^\?layers=diaspora&lang=hu&print=worksheet&seed=\d+$/);
    const qr = await qrOf(page.getByTestId('worksheet'));
    assert.equal(qr.address, `${server.url}/?layers=diaspora&lang=hu`);
    assert.match(qr.name, /^QR-kód: /);
    // Back and Forward move between the map and the sheet.
    await page.goBack();
    await page.getByTestId('map').waitFor();
    assertNoPanic(d);
  });
});

test('the printed view carries the QR code of its live view beside its address', { timeout: 60_000 }, async () => {
  await withPage(async (page) => {
    const d = await openApp(page, '?country=AZE');
    await page.getByTestId('panel').getByRole('heading', { name: 'Azerbaijan', level: 2 }).waitFor();
    assert.equal(await page.getByTestId('print-qr').locator('svg').count(), 0, 'no QR code before printing is asked for');
    // Printing (Chromium fires beforeprint for page.pdf() as for the Print menu): the print
    // chunk loads and draws the code, which the next printout carries.
    await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'print' });
    const qr = await qrOf(page.getByTestId('print-qr'));
    assert.equal(qr.address, `${server.url}/?country=AZE`);
    assert.equal(qr.name, `QR code: ${server.url}/?country=AZE`);
    assert.ok(qr.visible && qr.box.width > 50, `the QR code is printed: ${JSON.stringify(qr.box)}`);
    const printLink = await page.getByTestId('print-link').boundingBox();
    assert.ok(qr.box.y >= printLink.y + printLink.height - 1, 'the QR code is under the printed address');
    assert.ok(pageCount(await page.pdf({ format: 'A4' })) >= 2);
    // It follows the view.
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.getByTestId('print-qr').isVisible(), false, 'the QR code shows on screen');
    await page.getByTestId('panel-close').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=print-qr] svg')?.getAttribute('data-qr')?.endsWith('/'));
    assertNoPanic(d);
  });
});

test('the share dialog\'s Print draws the QR code of the view before printing', { timeout: 60_000 }, async () => {
  await withPage(async (page) => {
    const d = await openApp(page, '?country=KGZ&lang=ru');
    // Headless Chromium's window.print() prints nothing and returns at once.
    await page.getByTestId('share-toggle').click();
    await page.getByTestId('share-print').click();
    const qr = await qrOf(page.getByTestId('print-qr'));
    assert.equal(qr.address, `${server.url}/?country=KGZ&lang=ru`);
    assert.match(qr.name, /^QR-код: /);
    assertNoPanic(d);
  });
});
