// Links: every state round-trips through the URL, bad parameters are dropped with a
// notice, and history entries follow intent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoPanic, openApp, withPage } from './harness.mjs';

test('every parameter round-trips: the page shows the state and the URL comes back normalised', async () => {
  await withPage(async (page) => {
    // Mixed case, shuffled order and a redundant value, as people paste links.
    const messy =
      'zoom=3.5&lang=TR&theme=dark&country=aze&year=2022&center=52.5,41&layers=diaspora,initiatives&item=washington-solidarity-reception-2025';
    const d = await openApp(page, messy);
    const normalised =
      'country=AZE&item=washington-solidarity-reception-2025&layers=initiatives,diaspora&year=2022&lang=tr&theme=dark&center=52.5,41&zoom=3.5';
    await page.waitForURL((url) => url.search === `?${normalised}`);
    // Read the state back from the page itself.
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'tr');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await page.getByTestId('panel').getByRole('heading', { level: 2 }).innerText(), 'Azerbaycan');
    assert.match(await page.locator('#item-washington-solidarity-reception-2025').getAttribute('class'), /item--highlight/);
    assert.equal(await page.getByTestId('layer-initiatives').isChecked(), true);
    assert.equal(await page.getByTestId('layer-diaspora').isChecked(), true);
    assert.equal(await page.getByTestId('year-value').innerText(), '2022');
    // center=52.5,41 & zoom=3.5: the viewBox is 1000/3.5 plane units wide around that point.
    const [, , width] = (await page.getByTestId('map').getAttribute('viewBox')).split(' ').map(Number);
    assert.ok(Math.abs(width - 1000 / 3.5) < 0.5, `viewBox width ${width}`);
    // Reloading the normalised URL shows the same and leaves it as it is.
    await page.reload();
    await page.waitForSelector('html[data-map-ready]', { state: 'attached' });
    await page.waitForTimeout(600);
    assert.equal(new URL(page.url()).search, `?${normalised}`);
    assertNoPanic(d);
  });
});

test('embed mode and the table view round-trip too', async () => {
  await withPage(async (page) => {
    await openApp(page, 'embed=true&country=kgz');
    await page.waitForURL((url) => url.search === '?country=KGZ&embed=1');
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-embed')), true);
  });
  await withPage(async (page) => {
    await openApp(page, 'view=TABLE');
    await page.waitForURL((url) => url.search === '?view=table');
    await page.getByTestId('table-view').waitFor();
  });
});

test('a junk parameter shows a notice and is dropped', async () => {
  await withPage(async (page) => {
    await openApp(page, 'country=KAZ&utm_source=newsletter&foo=bar');
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), /“foo”/);
    assert.equal(await page.getByTestId('notice').count(), 1, 'tracking parameters are dropped quietly');
    await page.waitForURL((url) => url.search === '?country=KAZ');
  });
});

test('selecting, the language and the theme push a history entry; panning, zooming and the year slider replace it', async () => {
  await withPage(async (page) => {
    await openApp(page);
    const length = () => page.evaluate(() => history.length);
    const start = await length();
    await page.getByTestId('zoom-in').click();
    await page.waitForURL(/zoom=/);
    assert.equal(await length(), start, 'zooming does not add history');
    // A mouse drag pans the map: the entry is replaced.
    const box = await page.getByTestId('map').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 6 });
    await page.mouse.up();
    const zoomed = new URL(page.url()).searchParams.get('center');
    await page.waitForURL((url) => url.searchParams.get('center') !== zoomed);
    assert.equal(await length(), start, 'panning does not add history');
    // The year slider is transient too.
    await page.getByTestId('year-slider').focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(/year=/);
    assert.equal(await length(), start, 'moving the year slider does not add history');
    await page.getByTestId('map').getByRole('button', { name: /^Kazakhstan/ }).click();
    await page.waitForURL(/country=KAZ/);
    assert.equal(await length(), start + 1, 'selecting adds one entry');
    // Deliberate choices each add one: the language, then the theme.
    await page.getByTestId('language-select').selectOption('hu');
    await page.waitForURL(/lang=hu/);
    assert.equal(await length(), start + 2, 'changing the language adds one entry');
    await page.getByTestId('theme-toggle').click();
    await page.waitForURL(/theme=/);
    assert.equal(await length(), start + 3, 'changing the theme adds one entry');
  });
});
