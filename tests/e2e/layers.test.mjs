// Diaspora reach and initiatives on the map, and membership over time.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { DIST, assertNoPanic, openApp, withPage } from './harness.mjs';

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
        assert.ok(distance >= 14, `markers ${i} and ${j} are ${distance.toFixed(1)} px apart (the README: 14 px)`);
      }
    }
    // Each can be reached: what lies under its symbol's centre is that marker, not a
    // neighbour's hit area.
    for (const marker of await page.locator('[data-testid=marker][data-item^="washington-"]').all()) {
      const item = await marker.getAttribute('data-item');
      const b = await marker.locator('.marker__symbol').boundingBox();
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x, y)?.closest('[data-testid=marker]')?.dataset.item ?? null,
        [b.x + b.width / 2, b.y + b.height / 2],
      );
      assert.equal(hit, item, `the centre of ${item} reaches ${hit}`);
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

test('an event that is only planned or possible is drawn hollow and dashed, a held one filled', async () => {
  // The real events, with two Washington events marked as not (yet) held. (The one event
  // of the data that is only possible has no venue, so it has no marker.)
  // The default view draws its markers from first-view.json (data::first_view), which
  // the build writes from events.json: both are changed alike.
  const real = JSON.parse(await readFile(path.join(DIST, 'data/events.json'), 'utf8'));
  const first = JSON.parse(await readFile(path.join(DIST, 'data/first-view.json'), 'utf8'));
  const status = { 'washington-solidarity-reception-2025': 'possible', 'washington-sg-meets-paul-kapur-2025': 'planned' };
  for (const e of [...real.events, ...first.events]) if (status[e.id]) e.status = status[e.id];
  await withPage(async (page) => {
    await page.route('**/data/events.json*', (route) => route.fulfill({ body: JSON.stringify(real), contentType: 'application/json' }));
    await page.route('**/data/first-view.json*', (route) => route.fulfill({ body: JSON.stringify(first), contentType: 'application/json' }));
    await openApp(page);
    await page.getByTestId('world-view').click();
    const look = (id) =>
      page.locator(`[data-testid=marker][data-item="${id}"]`).evaluate((m) => {
        const s = getComputedStyle(m.querySelector('.marker__symbol'));
        return { hollow: m.classList.contains('marker--unconfirmed'), fill: s.fill, dash: s.strokeDasharray };
      });
    const held = await look('washington-sg-meets-carol-miller-2025');
    assert.equal(held.hollow, false);
    assert.equal(held.dash, 'none');
    const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    for (const id of Object.keys(status)) {
      const unconfirmed = await look(id);
      assert.equal(unconfirmed.hollow, true, `${id} is marked unconfirmed`);
      assert.equal(unconfirmed.fill, paper, `${id} is hollow (filled with the paper colour)`);
      assert.notEqual(unconfirmed.fill, held.fill);
      assert.notEqual(unconfirmed.dash, 'none', `${id} has a dashed outline`);
    }
  });
});

/** The markers drawn: singles by their place (`data-x,data-y`) and groups with their count. */
const markerPlaces = (page) =>
  page.evaluate(() => {
    const singles = {};
    for (const m of document.querySelectorAll('[data-testid=marker]')) {
      const at = `${m.dataset.x},${m.dataset.y}`;
      singles[at] = (singles[at] ?? 0) + 1;
    }
    const groups = [...document.querySelectorAll('[data-testid=marker-group]')].map((g) => ({
      at: `${g.dataset.x},${g.dataset.y}`,
      count: Number(/^(\d+) events here/.exec(g.getAttribute('aria-label'))?.[1]),
    }));
    return { singles, groups };
  });

test('up to 8 events at one place are spread on a ring, more than 8 become one numbered group', async () => {
  await withPage(async (page) => {
    await openApp(page);
    const { singles, groups } = await markerPlaces(page);
    assert.ok(groups.length > 0, 'the first view has groups');
    for (const g of groups) assert.ok(g.count > 8, `a group of ${g.count} at ${g.at}: groups form above 8`);
    const rings = Object.entries(singles).filter(([, n]) => n > 1);
    assert.ok(rings.length > 0, 'the first view has a ring of markers');
    for (const [at, n] of rings) assert.ok(n <= 8, `${n} markers spread at ${at}: more than 8 must be a group`);
    // The smallest crowd of the data that is grouped: 9 events at one place.
    assert.ok(groups.some((g) => g.count === 9), `group sizes ${groups.map((g) => g.count).join(', ')}`);
  });
});

test('choosing a group zooms in on its place, down to the deepest zoom where its events are spread', async () => {
  await withPage(async (page) => {
    await openApp(page);
    const before = await markerPlaces(page);
    const nine = before.groups.find((g) => g.count === 9);
    assert.ok(nine, 'a group of 9 events');
    const [x, y] = nine.at.split(',').map(Number);
    const viewBox = async () => (await page.getByTestId('map').getAttribute('viewBox')).split(' ').map(Number);
    const length = await page.evaluate(() => history.length);
    let [, , width] = await viewBox();
    const group = page.locator(`[data-testid=marker-group][data-x="${x.toFixed(3).replace(/\.?0+$/, '')}"]`);
    // Each choice zooms in 2.5 times about the group (the zoom replaces the history
    // entry), until the zoom limit of 96, where the group gives way to its 9 events.
    const zooms = [];
    while ((await group.count()) === 1) {
      assert.ok(zooms.length < 6, `still a group after zooms ${zooms.join(', ')}`);
      await group.click();
      await page.waitForURL((url) => url.searchParams.get('zoom') !== (zooms.at(-1) ?? null));
      const zoom = new URL(page.url()).searchParams.get('zoom');
      zooms.push(zoom);
      const [vx, vy, vw, vh] = await viewBox();
      assert.ok(vx < x && x < vx + vw && vy < y && y < vy + vh, `the group's place is in view at zoom ${zoom}`);
      if (zoom !== '96') assert.ok(Math.abs(width / vw - 2.5) < 0.01, `zoom ${zoom}: the view narrowed ${width / vw} times`);
      else assert.ok(vw < width, 'the last step narrows the view too');
      width = vw;
    }
    assert.equal(zooms.at(-1), '96', `the zooms: ${zooms.join(', ')}`);
    assert.equal(await page.evaluate(() => history.length), length, 'zooming replaces the history entry');
    const after = await markerPlaces(page);
    assert.equal(after.singles[nine.at], 9, `the 9 events spread at the group's place: ${JSON.stringify(after.singles)}`);
  });
});

test('the play button runs the years one by one to this year, recolouring the map, without adding history', async () => {
  await withPage(async (page) => {
    await openApp(page, 'year=2017');
    const uzb = page.locator('path.country[data-code="UZB"]');
    assert.doesNotMatch(await uzb.getAttribute('class'), /country--member/, 'Uzbekistan joined in 2019');
    const length = await page.evaluate(() => history.length);
    // Every year shown, as the page shows it.
    await page.getByTestId('year-value').evaluate((el) => {
      window.__years = [];
      new MutationObserver(() => window.__years.push(el.textContent.trim())).observe(el, { childList: true, characterData: true, subtree: true });
    });
    const play = page.getByTestId('year-play');
    assert.equal(await play.getAttribute('aria-pressed'), 'false');
    await play.click();
    assert.equal(await play.getAttribute('aria-pressed'), 'true');
    await page.waitForFunction(() => window.__years?.includes('2019'));
    await page.waitForFunction(() => /country--member/.test(document.querySelector('path.country[data-code="UZB"]').getAttribute('class')));
    // It stops by itself at this year.
    await page.waitForFunction(() => document.querySelector('[data-testid=year-play]').getAttribute('aria-pressed') === 'false', null, { timeout: 20_000 });
    const thisYear = new Date().getFullYear();
    const expected = Array.from({ length: thisYear - 2017 }, (_, i) => String(2018 + i));
    assert.deepEqual([...new Set(await page.evaluate(() => window.__years))], expected);
    assert.equal(await page.getByTestId('year-value').innerText(), String(thisYear));
    await page.waitForURL((url) => !url.searchParams.has('year'));
    assert.equal(await page.evaluate(() => history.length), length, 'playing replaces the history entry');
  });
});

test('a diaspora flow is drawn 6 px × √(people in millions) wide at every zoom: Türkiye to Germany, 3 million, 10.4 px', async () => {
  const data = JSON.parse(await readFile(path.join(DIST, 'data/diaspora.json'), 'utf8'));
  const figure = data.figures.find((f) => f.origin === 'TUR' && f.host === 'DEU');
  const expected = 6 * Math.sqrt(figure.value / 1e6);
  await withPage(async (page) => {
    await openApp(page, 'country=TUR&layers=diaspora');
    const line = page.locator('[data-testid=flow][data-origin=TUR][data-host=DEU] .flow__line');
    await line.waitFor({ state: 'attached' });
    const width = () => line.evaluate((el) => [getComputedStyle(el).strokeWidth, getComputedStyle(el).vectorEffect]);
    for (const step of ['first view', 'zoomed in']) {
      const [stroke, effect] = await width();
      assert.ok(Math.abs(parseFloat(stroke) - expected) < 0.05, `${step}: ${stroke} wide, not ${expected.toFixed(2)} px`);
      assert.equal(effect, 'non-scaling-stroke', `${step}: the width is in screen pixels`);
      if (step === 'first view') {
        await page.getByTestId('zoom-in').click();
        await page.waitForURL(/zoom=/);
      }
    }
  });
});

// Where the dot at a flow's host end is, against the map and the panel beside it: true
// when the dot's centre is on the map and not under the panel.
const flowEndShown = (page, origin, host) =>
  page.evaluate(([origin, host]) => {
    const dot = document.querySelector(`[data-testid=flow][data-origin=${origin}][data-host=${host}] .flow__dot`);
    if (!dot) return false;
    const d = dot.getBoundingClientRect();
    const [x, y] = [d.x + d.width / 2, d.y + d.height / 2];
    const inside = (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    const panel = document.querySelector('[data-testid=panel]');
    const map = document.querySelector('[data-testid=map]').getBoundingClientRect();
    return inside(map) && !(panel && inside(panel.getBoundingClientRect()));
  }, [origin, host]);

const westOfTurkiye = ['DEU', 'NLD', 'USA'];

test("the diaspora view of Türkiye frames its flows: Germany's, the Netherlands' and the United States' ends are on the map", async () => {
  await withPage(async (page) => {
    await openApp(page, 'country=TUR&layers=diaspora');
    const length = await page.evaluate(() => history.length);
    await page.waitForURL((url) => url.searchParams.has('center') && url.searchParams.has('zoom'));
    for (const host of westOfTurkiye) {
      await page.waitForFunction(
        ([host]) => document.querySelector(`[data-testid=flow][data-host=${host}]`),
        [host],
      );
      assert.ok(await flowEndShown(page, 'TUR', host), `the flow to ${host} ends on the map`);
    }
    assert.equal(await page.evaluate(() => history.length), length, 'framing replaces the history entry');
  });
});

test('choosing Türkiye with the diaspora layer on frames its flows; Back returns to the view before', async () => {
  await withPage(async (page) => {
    await openApp(page, 'layers=diaspora');
    await page.locator('[data-testid=flow][data-origin=TUR][data-host=DEU]').first().waitFor({ state: 'attached' });
    // Germany's flow ends off the map in the default view (the OTS region): else there
    // would be nothing to frame.
    assert.equal(await flowEndShown(page, 'TUR', 'DEU'), false);
    const length = await page.evaluate(() => history.length);
    await page.getByTestId('search-input').fill('Türkiye');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('country') === 'TUR');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('zoom'));
    for (const host of westOfTurkiye) {
      await page.waitForFunction(
        ([host]) => document.querySelector(`[data-testid=flow][data-origin=TUR][data-host=${host}]`),
        [host],
      );
      assert.ok(await flowEndShown(page, 'TUR', host), `the flow to ${host} ends on the map`);
    }
    assert.equal(await page.evaluate(() => history.length), length + 1, 'one entry: the choice');
    await page.goBack();
    await page.waitForURL((url) => url.search === '?layers=diaspora');
  });
});

test('a link to the diaspora view of Türkiye with its own centre and zoom keeps them', async () => {
  await withPage(async (page) => {
    await openApp(page, 'country=TUR&layers=diaspora&center=35,39&zoom=8');
    await page.locator('[data-testid=flow][data-origin=TUR][data-host=DEU]').waitFor({ state: 'attached' });
    // Long enough for the outer shapes, the flows and a settled camera (0.4 s).
    await page.waitForTimeout(1500);
    const params = search(page);
    assert.equal(params.get('center'), '35,39');
    assert.equal(params.get('zoom'), '8');
    assert.equal(await flowEndShown(page, 'TUR', 'DEU'), false, 'the link kept its own view');
  });
});
