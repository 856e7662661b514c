// Diaspora reach and initiatives on the map, and membership over time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoPanic, openApp, withPage } from './harness.mjs';

const search = (page) => new URL(page.url()).searchParams;

test('toggling layers updates the URL, and Back restores the previous layers', async () => {
  await withPage(async (page) => {
    await openApp(page);
    const initiatives = page.getByTestId('layer-initiatives');
    const diaspora = page.getByTestId('layer-diaspora');
    assert.equal(await initiatives.isChecked(), true, 'initiatives are on by default');
    assert.equal(await diaspora.isChecked(), false);
    await page.getByTestId('marker').first().waitFor({ state: 'attached' });
    await diaspora.check();
    await page.waitForURL(/layers=initiatives%2Cdiaspora|layers=initiatives,diaspora/);
    await page.getByTestId('flow').first().waitFor({ state: 'attached' });
    await initiatives.uncheck();
    await page.waitForURL((url) => url.searchParams.get('layers') === 'diaspora');
    assert.equal(await page.getByTestId('marker').count(), 0);
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('layers') === 'initiatives,diaspora');
    assert.equal(await initiatives.isChecked(), true);
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('layers'));
    assert.equal(await diaspora.isChecked(), false);
    assert.equal(await page.getByTestId('flow').count(), 0);
  });
});

test('the Washington reception has a marker with its name that opens its item', async () => {
  await withPage(async (page) => {
    const d = await openApp(page);
    await page.getByTestId('world-view').click();
    const marker = page.getByRole('button', { name: /Day of Solidarity of Azerbaijanis Worldwide reception in Washington, Washington, DC/ });
    await marker.waitFor();
    assert.equal(await marker.getAttribute('data-item'), 'washington-solidarity-reception-2025');
    await marker.click();
    await page.waitForURL((url) => url.searchParams.get('item') === 'washington-solidarity-reception-2025');
    assert.equal(search(page).get('country'), 'USA');
    const item = page.locator('#item-washington-solidarity-reception-2025');
    await item.waitFor();
    assert.match(await item.getAttribute('class'), /item--highlight/);
    assertNoPanic(d);
  });
});

test('markers at one place are spread so each can be reached', async () => {
  await withPage(async (page) => {
    await openApp(page);
    await page.getByTestId('world-view').click();
    const boxes = [];
    for (const marker of await page.locator('[data-testid=marker][data-item^="washington-"]').all()) {
      boxes.push(await marker.locator('.marker__symbol').boundingBox());
    }
    assert.ok(boxes.length >= 4, `only ${boxes.length} Washington markers`);
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [a, b] = [boxes[i], boxes[j]];
        const distance = Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2));
        assert.ok(distance >= 10, `markers ${i} and ${j} overlap (${distance.toFixed(1)} px apart)`);
      }
    }
  });
});

test('?year=2015 shows Uzbekistan in the neutral colour and says which year is shown', async () => {
  await withPage(async (page) => {
    await openApp(page, 'year=2015');
    const fill = (code) =>
      page.locator(`path.country[data-code="${code}"]`).evaluate((el) => getComputedStyle(el).fill);
    await page.locator('path.country--member').first().waitFor({ state: 'attached' });
    assert.equal(await fill('UZB'), await fill('FRA'), 'Uzbekistan joined in 2019');
    assert.notEqual(await fill('KAZ'), await fill('FRA'));
    assert.equal(await fill('HUN'), await fill('FRA'), 'Hungary became an observer in 2018');
    assert.match(await page.getByTestId('legend-title').innerText(), /Turkic Council in 2015/);
    assert.equal(await page.getByTestId('year-value').innerText(), '2015');
  });
});

test('in 2022 Northern Cyprus is an observer, and moving the slider updates the URL', async () => {
  await withPage(async (page) => {
    await openApp(page, 'year=2021');
    const cyn = page.locator('path.country[data-code="CYN"]');
    await page.locator('path.country--member').first().waitFor({ state: 'attached' });
    assert.doesNotMatch(await cyn.getAttribute('class'), /observer/);
    const slider = page.getByTestId('year-slider');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/year=2022/);
    assert.match(await cyn.getAttribute('class'), /country--observer/);
    assert.match(await page.getByTestId('legend-title').innerText(), /Organization of Turkic States in 2022/);
  });
});

test('the diaspora layer for Türkiye shows a flow to Germany with its figure', async () => {
  await withPage(async (page) => {
    await openApp(page, 'country=TUR&layers=diaspora');
    const flow = page.locator('[data-testid=flow][data-origin=TUR][data-host=DEU]');
    await flow.waitFor({ state: 'attached' });
    const label = await flow.getAttribute('aria-label');
    assert.match(label, /Türkiye → Germany: 3 million/);
    assert.match(label, /2024/);
    await flow.focus();
    const tooltip = page.getByTestId('tooltip');
    await tooltip.waitFor();
    assert.match(await tooltip.innerText(), /Germany/);
    // Only Türkiye's flows are drawn while Türkiye is selected.
    assert.equal(await page.locator('[data-testid=flow]:not([data-origin=TUR])').count(), 0);
  });
});

test('native communities are drawn differently and labelled as such', async () => {
  await withPage(async (page) => {
    await openApp(page, 'country=AZE&layers=diaspora');
    const iran = page.locator('[data-testid=flow][data-origin=AZE][data-host=IRN]');
    await iran.waitFor({ state: 'attached' });
    assert.match(await iran.getAttribute('class'), /flow--native/);
    assert.match(await iran.getAttribute('aria-label'), /native community/);
    assert.match(await iran.getAttribute('aria-label'), /12–23 million/);
  });
});

test('unknown layers and an out-of-range year are ignored with a notice', async () => {
  await withPage(async (page) => {
    await openApp(page, 'layers=diaspora,volcanoes&year=1990');
    await page.getByTestId('notice').first().waitFor();
    const notices = await page.getByTestId('notice').allInnerTexts();
    assert.ok(notices.some((n) => /volcanoes/.test(n)), notices.join(' | '));
    assert.ok(notices.some((n) => /1990/.test(n)), notices.join(' | '));
    await page.waitForURL((url) => url.search === '?layers=diaspora');
  });
});
