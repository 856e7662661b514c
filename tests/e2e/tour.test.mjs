// Guided tours (issue 18, point 1): `?tour=<id>&step=<n>` opens a step of a tour in
// tours.json; Next and Back (buttons, arrow keys, swipes) are history entries whose URL
// round-trips; leaving keeps the view; embeds and other languages work; an unknown tour or
// a step beyond the tour is named in a notice. The tour's code and file load only when used.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { LATE_LOADS_CUT_SHORT, REPO_ROOT, assertNoPanic, openApp, withPage } from './harness.mjs';

const tours = JSON.parse(await readFile(path.join(REPO_ROOT, 'public/data/tours.json'), 'utf8')).tours;
const history = tours.find((t) => t.id === 'ots-history');
const card = (page) => page.getByTestId('tour-card');
const progress = (page) => page.getByTestId('tour-progress');

/** Waits until the URL is step `n` of the history tour and that step's view. */
async function atStep(page, n) {
  const { view } = history.steps[n - 1];
  await page.waitForURL((url) => url.searchParams.get('tour') === 'ots-history' && url.searchParams.get('step') === String(n));
  await page.waitForFunction((n) => document.querySelector('[data-testid=tour-progress]')?.textContent.startsWith(`${n} `), n);
  const url = new URL(page.url());
  const params = url.searchParams;
  assert.equal(params.get('country'), view.country ?? null, `step ${n}: country`);
  assert.equal(params.get('item'), view.item ?? null, `step ${n}: item`);
  assert.equal(params.get('year'), view.year ? String(view.year) : null, `step ${n}: year`);
  const [lon, lat] = params.get('center').split(',').map(Number);
  assert.ok(Math.abs(lon - view.center.lon) < 0.01 && Math.abs(lat - view.center.lat) < 0.01, `step ${n}: center ${params.get('center')}`);
  assert.equal(Number(params.get('zoom')), view.zoom, `step ${n}: zoom`);
  const layers = params.get('layers') ?? 'initiatives';
  assert.equal(layers, view.layers.join(','), `step ${n}: layers`);
  // The card shows the step, and the country's panel is open.
  assert.equal(await page.getByTestId('tour-step-title').innerText(), history.steps[n - 1].title);
  if (view.country) {
    await page.waitForFunction((code) => document.querySelector('[data-testid=panel]')?.dataset.country === code, view.country);
  }
}

test('a tour link opens its step; Next, Back, the browser Back and the arrow keys move; exit keeps the view', async () => {
  await withPage(async (page) => {
    const d = await openApp(page, 'tour=ots-history&step=3');
    await card(page).waitFor();
    await atStep(page, 3);
    assert.equal(await progress(page).innerText(), `3 of ${history.steps.length}`);
    assert.equal(await progress(page).getAttribute('aria-live'), 'polite');
    // The step's sources, named by their publishers.
    const sources = card(page).locator('a.sources__link');
    assert.equal(await sources.count(), history.steps[2].sources.length);
    assert.equal(await sources.first().getAttribute('href'), history.steps[2].sources[0]);
    assert.doesNotMatch(await sources.first().innerText(), /^https?:/);
    // English: no "(in English)" mark, but the text says it is English.
    assert.equal(await card(page).getByTestId('english-only').count(), 0);
    assert.equal(await page.getByTestId('tour-step-title').getAttribute('lang'), 'en');

    await page.getByTestId('tour-next').click();
    await atStep(page, 4);
    // The step's item scrolls into view, but the focus stays on Next for the next press.
    await page.locator(`#item-${history.steps[3].view.item}`).waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'tour-next');
    await page.getByTestId('tour-back').click();
    await atStep(page, 3);
    await page.getByTestId('tour-next').click();
    await atStep(page, 4);
    // The browser's Back: the entry before is step 3, with its view.
    await page.goBack();
    await atStep(page, 3);
    await page.goForward();
    await atStep(page, 4);
    // Arrow keys, with the focus on the page (not in a text field).
    await page.locator('body').focus();
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press('ArrowRight');
    await atStep(page, 5);
    await page.keyboard.press('ArrowLeft');
    await atStep(page, 4);
    // Typing in the search box does not move the tour.
    const search = page.getByRole('combobox').first();
    if (await search.count()) {
      await search.focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(300);
      assert.equal(new URL(page.url()).searchParams.get('step'), '4');
    }
    // The ends: Back is disabled on the first step, Next on the last.
    await page.goto(`${new URL(page.url()).origin}/?tour=ots-history&step=1`);
    await card(page).waitFor();
    await atStep(page, 1);
    assert.equal(await page.getByTestId('tour-back').isDisabled(), true);
    await page.goto(`${new URL(page.url()).origin}/?tour=ots-history&step=${history.steps.length}`);
    await card(page).waitFor();
    await atStep(page, history.steps.length);
    assert.equal(await page.getByTestId('tour-next').isDisabled(), true);
    // Exit: the tour goes, the view stays.
    const before = new URL(page.url()).searchParams;
    await page.getByTestId('tour-exit').click();
    await page.waitForURL((url) => !url.searchParams.has('tour') && !url.searchParams.has('step'));
    await card(page).waitFor({ state: 'detached' });
    const after = new URL(page.url()).searchParams;
    for (const key of ['country', 'item', 'year', 'center', 'zoom']) assert.equal(after.get(key), before.get(key), key);
    assertNoPanic(d);
    // The page is opened a second time (goto, above) while the first one may still be
    // fetching what follows the first view (the outer shapes, the details, the version,
    // the panel's chunk): those loads are cut short, and only those.
  }, { expect: LATE_LOADS_CUT_SHORT });
});

test('a swipe on the card moves on a phone', async () => {
  await withPage(async (page) => {
    const d = await openApp(page, 'tour=ots-history&step=2');
    await card(page).waitFor();
    await atStep(page, 2);
    const swipe = async (from, to) => {
      const box = await card(page).boundingBox();
      const y = box.y + box.height / 2;
      const cdp = await page.context().newCDPSession(page);
      const point = (x) => [{ x: box.x + x, y, id: 1 }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
      for (let i = 1; i <= 5; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(from + ((to - from) * i) / 5) });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const box = await card(page).boundingBox();
    await swipe(box.width - 20, 20);
    await atStep(page, 3);
    await swipe(20, box.width - 20);
    await atStep(page, 2);
    // Back, Next and Exit are in view and on top, above the open country's bottom sheet,
    // however long the step's text (which scrolls in the card): a tap reaches them.
    for (const id of ['tour-back', 'tour-next', 'tour-exit']) {
      const onTop = await page.getByTestId(id).evaluate((button) => {
        const r = button.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return r.bottom <= innerHeight && (hit === button || button.contains(hit));
      });
      assert.ok(onTop, `${id} is in view and can be tapped`);
    }
    await page.getByTestId('tour-next').click();
    await atStep(page, 3);
    assertNoPanic(d);
  }, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
});

test('a tour works in an embed and in another language, its text marked as English', async () => {
  await withPage(async (page) => {
    const d = await openApp(page, 'tour=ots-history&step=3&embed=1');
    await card(page).waitFor();
    await atStep(page, 3);
    await page.getByTestId('tour-next').click();
    await atStep(page, 4);
    assert.equal(new URL(page.url()).searchParams.get('embed'), '1');
    assertNoPanic(d);
  }, { viewport: { width: 480, height: 700 } });
  await withPage(async (page) => {
    const d = await openApp(page, 'tour=ots-history&step=5&lang=ru');
    await card(page).waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid=tour-next]')?.textContent === 'Далее');
    assert.equal(await progress(page).innerText(), `5 из ${history.steps.length}`);
    assert.equal(await page.getByTestId('tour-back').innerText(), 'Назад');
    assert.equal(await page.getByTestId('tour-exit').innerText(), 'Выйти из экскурсии');
    // The tour's text is English, said so in Russian.
    assert.equal(await page.getByTestId('tour-step-title').getAttribute('lang'), 'en');
    assert.match(await card(page).getByTestId('english-only').innerText(), /англ/i);
    assert.match(await card(page).innerText(), /Only Türkiye recognises it as a state/);
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'ru');
    assertNoPanic(d);
  });
});

test('an unknown tour and a step beyond the tour are named in a notice', async () => {
  await withPage(async (page) => {
    const d = await openApp(page, 'tour=no-such-tour&step=2');
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), /“no-such-tour”/);
    await page.waitForURL((url) => !url.searchParams.has('tour'));
    assert.equal(await card(page).count(), 0);
    assertNoPanic(d);
  });
  await withPage(async (page) => {
    const d = await openApp(page, 'tour=ots-history&step=99');
    await card(page).waitFor();
    await atStep(page, history.steps.length);
    assert.match(await page.getByTestId('notice').innerText(), /no step 99/);
    assertNoPanic(d);
  });
});

test('the About panel lists the tours; the tour file and code load only then', async () => {
  await withPage(async (page) => {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    const d = await openApp(page, '');
    await page.waitForTimeout(2500);
    assert.deepEqual(requests.filter((u) => /tours\.json|split_tour/.test(u)), [], 'nothing of a tour before one is asked for');
    await page.getByTestId('tours-toggle').click();
    await page.getByTestId('tour-list-card').waitFor();
    const links = page.getByTestId('tour-link');
    await links.first().waitFor();
    assert.deepEqual(await links.allInnerTexts(), tours.map((t) => t.title));
    assert.ok(requests.some((u) => /tours\.json/.test(u)));
    await links.first().click();
    await card(page).waitFor();
    await atStep(page, 1);
    // Back leaves the tour for the view before it.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('tour'));
    assertNoPanic(d);
  });
});
