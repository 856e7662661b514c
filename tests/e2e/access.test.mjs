// Everyone can use it: keyboard, screen readers, themes, languages, phones, search.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoPanic, openApp, withPage } from './harness.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const focusedCode = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-code'));

test('Tab reaches the map, arrows move to neighbours, Enter opens, Escape closes and restores focus', async () => {
  await withPage(async (page) => {
    await openApp(page);
    // The exact tab stops from the top of the page: the header's controls, then the
    // first Tab into the map reaches a named country (no unnamed group in between).
    const stops = [];
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const e = document.activeElement;
          return e.dataset.code ?? e.dataset.testid ?? e.tagName;
        }),
      );
    }
    assert.deepEqual(stops, ['search-input', 'language-select', 'theme-toggle', 'quotes-toggle', 'view-toggle', 'KAZ']);
    const code = await focusedCode(page);
    assert.equal(code, 'KAZ', 'the map is reached by Tab, on Kazakhstan');
    assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^Kazakhstan/);
    // The keyboard focus is drawn: a dashed outline along the focused country.
    const outline = () => page.locator('.map__focus').getAttribute('d');
    assert.ok((await outline())?.length > 10, 'the focused country is outlined');
    // One roving tab stop on the map: the focused country alone is in the Tab order.
    const inTabOrder = () =>
      page.evaluate(() => [...document.querySelectorAll('path.country')].filter((e) => e.getAttribute('tabindex') === '0').map((e) => e.dataset.code));
    assert.deepEqual(await inTabOrder(), ['KAZ']);
    // Each arrow moves to the land neighbour that way, exactly: Kazakhstan's neighbours are
    // China (east), Russia (north), Uzbekistan (south) and Turkmenistan (south-west).
    const focusKaz = () => page.locator('path.country[data-code="KAZ"]').focus();
    for (const [key, expected] of [['ArrowUp', 'RUS'], ['ArrowDown', 'UZB'], ['ArrowRight', 'CHN'], ['ArrowLeft', 'TKM']]) {
      await focusKaz();
      await page.keyboard.press(key);
      assert.equal(await focusedCode(page), expected, `${key} from Kazakhstan`);
      assert.deepEqual(await inTabOrder(), [expected], `the tab stop follows the focus (${key})`);
    }
    const reached = 'TKM';
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`country=${reached}`));
    assert.match(await page.getByTestId('announcer').innerText(), /Selected: /);
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('country'));
    await page.waitForFunction((c) => document.activeElement?.getAttribute('data-code') === c, reached);
  });
});

test('the map has a label, country names include their status, and the panel is a labelled region', async () => {
  await withPage(async (page) => {
    await openApp(page, 'country=KAZ');
    const map = page.getByTestId('map');
    assert.equal(await map.getAttribute('role'), 'group');
    assert.match(await map.getAttribute('aria-label'), /map/i);
    await page.getByRole('button', { name: 'Kazakhstan, OTS member since 2009' }).waitFor();
    await page.getByRole('button', { name: 'Hungary, OTS observer since 2018' }).waitFor();
    const panel = page.getByRole('complementary', { name: 'Kazakhstan' });
    await panel.waitFor();
    assert.ok((await panel.getByRole('heading', { level: 3 }).count()) >= 2);
  });
});

test('the table view presents the same content as tables and is reachable from the URL', async () => {
  await withPage(async (page) => {
    await openApp(page, 'view=table');
    const countries = page.getByRole('table', { name: 'Members and observers' });
    await countries.waitFor();
    assert.equal(await countries.locator('tbody tr').count(), 8);
    assert.match(await countries.innerText(), /Northern Cyprus\s+Observer\s+11 November 2022/);
    await page.getByRole('table', { name: 'People abroad' }).waitFor();
    await page.getByRole('table', { name: 'Events' }).waitFor();
    await page.getByTestId('view-toggle').click();
    await page.waitForURL((url) => !url.searchParams.has('view'));
    await page.getByTestId('map').waitFor();
  });
});

test('?lang=tr shows Turkish labels and <html lang="tr">; ?lang=kk shows Cyrillic country names', async () => {
  await withPage(async (page) => {
    await openApp(page, 'lang=tr');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'tr');
    await page.getByTestId('map').getByRole('button', { name: /^Kazakistan/ }).waitFor();
    assert.match(await page.getByTestId('legend').innerText(), /Türk Devletleri Teşkilatı/);
  });
  await withPage(async (page) => {
    await openApp(page, 'lang=kk');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'kk');
    await page.getByTestId('map').getByRole('button', { name: /^Қазақстан/ }).waitFor();
  });
});

test('an unknown lang falls back to English with a notice', async () => {
  await withPage(async (page) => {
    await openApp(page, 'lang=xx');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.getByTestId('notice').waitFor();
    assert.match(await page.getByTestId('notice').innerText(), /xx/);
  });
});

test('the language switcher changes the language and writes it into the URL', async () => {
  await withPage(async (page) => {
    await openApp(page);
    await page.getByTestId('language-select').selectOption('hu');
    await page.waitForURL(/lang=hu/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'hu');
    await page.getByTestId('map').getByRole('button', { name: /^Magyarország/ }).waitFor();
  });
});

test('the dark theme follows the system and can be switched in the URL', async () => {
  await withPage(
    async (page) => {
      await openApp(page);
      const ocean = () => page.locator('.map__ocean').evaluate((el) => getComputedStyle(el).fill);
      const darkOcean = await ocean();
      await page.getByTestId('theme-toggle').click();
      await page.waitForURL(/theme=light/);
      assert.notEqual(await ocean(), darkOcean);
    },
    { colorScheme: 'dark' },
  );
});

test('at 390×844 a tap opens the bottom sheet, and search finds Northern Cyprus', async () => {
  await withPage(async (page) => {
    const d = await openApp(page);
    await page.getByTestId('map').getByRole('button', { name: /^Kazakhstan/ }).tap();
    await page.waitForURL(/country=KAZ/);
    const sheet = page.getByTestId('panel');
    const box = await sheet.boundingBox();
    assert.ok(box.y > 844 / 3 && box.y + box.height <= 844 + 1, `the panel is not a bottom sheet: ${JSON.stringify(box)}`);
    await page.getByTestId('panel-close').tap();
    await page.waitForURL((url) => !url.searchParams.has('country'));
    const search = page.getByTestId('search-input');
    await search.tap();
    await search.fill('northern cy');
    const option = page.getByRole('option', { name: /Northern Cyprus/ });
    await option.waitFor();
    await option.tap();
    await page.waitForURL(/country=CYN/);
    assert.equal(await page.getByTestId('panel').getByRole('heading', { level: 2 }).innerText(), 'Northern Cyprus');
    // Brought into view: the shape is on screen and not a speck.
    const cyn = await page.locator('path.country[data-code="CYN"]').boundingBox();
    assert.ok(cyn.width >= 10 && cyn.x >= 0 && cyn.x + cyn.width <= 390, JSON.stringify(cyn));
    const small = await page.getByTestId('panel-close').boundingBox();
    assert.ok(small.width >= 44 && small.height >= 44, 'touch targets are at least 44 px');
    assertNoPanic(d);
  }, PHONE);
});

test('search matches English names and codes with the keyboard', async () => {
  await withPage(async (page) => {
    await openApp(page, 'lang=ru');
    const search = page.getByTestId('search-input');
    await search.fill('kaz');
    await page.getByRole('option', { name: /Казахстан/ }).waitFor();
    await search.press('ArrowDown');
    await search.press('Enter');
    await page.waitForURL(/country=KAZ/);
  });
});
