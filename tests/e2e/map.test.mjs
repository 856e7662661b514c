// The map itself (issue "The map itself"): shapes, colours, selection, links, phones.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, assertNoPanic, openApp, withPage } from './harness.mjs';

/** A country shape found by its accessible name, as a person using the map would. */
const onMap = (page, { name }) => page.getByTestId('map').getByRole('button', { name });
const country = (page, code) => page.locator(`path.country[data-code="${code}"]`);
const panelTitle = (page) => page.getByTestId('panel').getByRole('heading', { level: 2 });
const query = (page) => new URL(page.url()).search;

/** Waits until every country has its shape: world-outer.json follows the first view. */
const wholeWorld = (page) =>
  page.waitForFunction(() => {
    const shapes = document.querySelectorAll('path.country');
    return shapes.length > 0 && [...shapes].every((p) => (p.getAttribute('d') ?? '') !== '');
  });

test('the map shows at least 170 countries, each with an accessible name', async () => {
  await withPage(async (page) => {
    assertNoPanic(await openApp(page));
    await wholeWorld(page);
    const count = await page.locator('path.country').count();
    assert.ok(count >= 170, `only ${count} country shapes`);
    const unnamed = await page.locator('path.country:not([aria-label])').count();
    assert.equal(unnamed, 0);
    await onMap(page, {name: /^Kazakhstan/ }).waitFor();
    await onMap(page, {name: /^Türkiye/ }).waitFor();
    await onMap(page, {name: /^Northern Cyprus/ }).waitFor();
  });
});

test('the first view is drawn from world.json alone; the rest of the world follows once the map is up', async () => {
  await withPage(async (page) => {
    // When data-map-ready appears, in the page's clock (resource timings use the same).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.documentElement?.hasAttribute('data-map-ready')) {
          window.__readyAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-ready'] });
    });
    const d = await openApp(page);
    const drawn = (code) => country(page, code).evaluate((el) => (el.getAttribute('d') ?? '') !== '');
    for (const code of ['KAZ', 'TUR', 'HUN', 'CYN', 'RUS', 'DEU', 'EGY']) {
      assert.ok(await drawn(code), `${code} is drawn in the first view`);
    }
    await wholeWorld(page);
    const timing = await page.evaluate(() => ({
      ready: window.__readyAt,
      first: performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname.endsWith('/data/world.json'))?.startTime,
      outer: performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname.endsWith('/data/world-outer.json'))?.startTime,
    }));
    assert.ok(timing.first < timing.ready, `world.json is part of the first load: ${JSON.stringify(timing)}`);
    assert.ok(timing.outer > timing.ready, `world-outer.json was requested ${timing.outer} ms, before the map was ready (${timing.ready} ms)`);
    // A country of the outer file works like any other: the whole world shows it, and a
    // click opens it.
    await page.getByTestId('world-view').click();
    await onMap(page, { name: /^United States/ }).click();
    await panelTitle(page).filter({ hasText: 'United States' }).waitFor();
    assert.match(query(page), /country=USA/);
    assertNoPanic(d);
  });
});

test('a view beyond the first one waits for the whole geometry before it is ready', async () => {
  await withPage(async (page) => {
    const d = await openApp(page, 'center=-98,39&zoom=4');
    assert.ok(
      await country(page, 'USA').evaluate((el) => (el.getAttribute('d') ?? '') !== ''),
      'the United States are drawn when the map says it is ready',
    );
    assertNoPanic(d);
  });
});

test('when the rest of the geometry fails to download, the first view stays, a notice says so, and a retry draws the rest', async () => {
  await withPage(async (page) => {
    await page.route('**/data/world-outer.json*', (route) => route.fulfill({ status: 503, body: 'busy' }));
    const d = await openApp(page);
    const notice = page.getByTestId('notice').filter({ hasText: 'world-outer.json' });
    await notice.waitFor();
    assert.match(await notice.innerText(), /503/);
    assert.ok(await country(page, 'KAZ').evaluate((el) => (el.getAttribute('d') ?? '') !== ''));
    await onMap(page, { name: /^Kazakhstan/ }).click();
    await panelTitle(page).filter({ hasText: 'Kazakhstan' }).waitFor();
    await page.unroute('**/data/world-outer.json*');
    await notice.getByTestId('notice-retry').click();
    await wholeWorld(page);
    assertNoPanic(d);
  }, { expect: { failedRequests: [/^503 http:\S+\/data\/world-outer\.json\?v=/] } });
});

test('members, observers and other countries have different fills', async () => {
  await withPage(async (page) => {
    await openApp(page);
    await page.locator('path.country--member').first().waitFor({ state: 'attached' });
    const fill = (code) => country(page, code).evaluate((el) => getComputedStyle(el).fill);
    const [member, observer, neutral] = [await fill('KAZ'), await fill('HUN'), await fill('FRA')];
    assert.notEqual(member, observer);
    assert.notEqual(member, neutral);
    assert.notEqual(observer, neutral);
    assert.equal(await fill('CYN'), observer, 'Northern Cyprus is drawn as an observer');
    assert.equal(await fill('UZB'), member);
  });
});

test('the legend and the Natural Earth attribution are visible', async () => {
  await withPage(async (page) => {
    await openApp(page);
    assert.ok(await page.getByTestId('legend').isVisible());
    const attribution = page.getByTestId('attribution');
    assert.ok(await attribution.isVisible());
    assert.match(await attribution.innerText(), /Natural Earth/);
  });
});

test('clicking Kazakhstan opens its panel and puts country=KAZ in the URL', async () => {
  await withPage(async (page) => {
    const d = await openApp(page);
    await onMap(page, {name: /^Kazakhstan/ }).click();
    await page.waitForURL(/country=KAZ/);
    assert.equal(await panelTitle(page).innerText(), 'Kazakhstan');
    // The default view started from first-view.json: the panel shows the country's record
    // once the full files (asked for by the click, if not in yet) have arrived.
    await page.getByTestId('panel').getByText('Astana').first().waitFor();
    assert.match(await page.getByTestId('panel').innerText(), /2009/);
    assertNoPanic(d);
  });
});

test('opening ?country=AZE shows the panel of Azerbaijan', async () => {
  await withPage(async (page) => {
    await openApp(page, 'country=AZE');
    assert.equal(await panelTitle(page).innerText(), 'Azerbaijan');
    assert.match(await page.getByTestId('panel').innerText(), /Baku/);
  });
});

test('a lower-case code opens the country and the URL is normalised', async () => {
  await withPage(async (page) => {
    await openApp(page, 'country=kgz');
    assert.equal(await panelTitle(page).innerText(), 'Kyrgyzstan');
    await page.waitForURL((url) => url.search === '?country=KGZ');
  });
});

test('an unknown or malformed code shows a dismissable message and the map still works', async () => {
  for (const bad of ['ZZZ', '<script>']) {
    await withPage(async (page) => {
      const d = await openApp(page, { country: bad });
      const notice = page.getByTestId('notice');
      await notice.waitFor();
      assert.match(await notice.innerText(), bad === 'ZZZ' ? /ZZZ/ : /not a country code/);
      await page.waitForURL((url) => url.search === '');
      await page.getByTestId('notice-dismiss').click();
      assert.equal(await page.getByTestId('notice').count(), 0);
      await onMap(page, {name: /^Uzbekistan/ }).click();
      await page.waitForURL(/country=UZB/);
      assertNoPanic(d);
    });
  }
});

test('Back and Forward move between selections; closing removes the parameter', async () => {
  await withPage(async (page) => {
    await openApp(page, 'country=AZE');
    await onMap(page, {name: /^Kazakhstan/ }).click();
    await page.waitForURL(/country=KAZ/);
    await page.goBack();
    await page.waitForURL(/country=AZE/);
    assert.equal(await panelTitle(page).innerText(), 'Azerbaijan');
    await page.goForward();
    await page.waitForURL(/country=KAZ/);
    assert.equal(await panelTitle(page).innerText(), 'Kazakhstan');
    await page.getByTestId('panel-close').click();
    await page.waitForURL((url) => !url.search.includes('country='));
    assert.equal(await page.getByTestId('panel').locator('h2', { hasText: 'Kazakhstan' }).count(), 0);
    assert.equal(query(page).includes('country'), false);
  });
});

test('zoom buttons and the wheel change the view, and reset frames the OTS region again', async () => {
  await withPage(async (page) => {
    await openApp(page);
    const viewBox = () => page.getByTestId('map').getAttribute('viewBox');
    const width = async () => Number((await viewBox()).split(' ')[2]);
    const start = await width();
    await page.getByTestId('zoom-in').click();
    assert.ok((await width()) < start, 'zoom in narrows the view');
    await page.getByTestId('world-view').click();
    assert.ok((await width()) > start, 'the world view is wider than the region');
    await page.waitForURL(/zoom=/);
    const box = await page.getByTestId('map').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const beforeWheel = await width();
    await page.mouse.wheel(0, -300);
    await page.waitForFunction((w) => Number(document.querySelector('[data-testid=map]').getAttribute('viewBox').split(' ')[2]) < w, beforeWheel);
    await page.getByTestId('reset-view').click();
    assert.ok(Math.abs((await width()) - start) < 0.01, 'reset returns to the first framing');
    await page.waitForURL((url) => !url.search.includes('zoom='));
  });
});

test('dragging pans the map without selecting a country', async () => {
  await withPage(async (page) => {
    await openApp(page);
    const map = page.getByTestId('map');
    const before = await map.getAttribute('viewBox');
    const box = await map.boundingBox();
    const [x, y] = [box.x + box.width * 0.5, box.y + box.height * 0.5];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 60, y + 20, { steps: 6 });
    await page.mouse.move(x + 120, y + 40, { steps: 6 });
    await page.mouse.up();
    assert.notEqual(await map.getAttribute('viewBox'), before);
    await page.waitForURL(/center=/);
    assert.equal(query(page).includes('country='), false, 'a drag is not a click');
  });
});

/** The diaspora file with `extra` generated figures between real countries (busy flows). */
async function busyDiaspora(extra) {
  const doc = JSON.parse(await readFile(path.join(REPO_ROOT, 'public/data/diaspora.json'), 'utf8'));
  const template = doc.figures.find((f) => f.value !== undefined && f.kind === 'diaspora');
  const codes = ['DEU', 'FRA', 'USA', 'RUS', 'CHN', 'BRA', 'AUS', 'CAN', 'IND', 'EGY', 'JPN', 'ZAF'];
  for (let i = 0; i < extra; i++) {
    const f = structuredClone(template);
    for (const k of ['min', 'max', 'note', 'uncertainty']) delete f[k];
    Object.assign(f, {
      id: `e2e-busy-figure-${i}`,
      origin: codes[i % codes.length],
      host: codes[(i + 1 + Math.floor(i / codes.length)) % codes.length] === codes[i % codes.length]
        ? codes[(i + 2) % codes.length]
        : codes[(i + 1 + Math.floor(i / codes.length)) % codes.length],
      value: 1000 + i,
      year: 2020,
      kind: 'diaspora',
      confidence: 'M',
      basis: `generated figure ${i}`,
      sources: [`https://example.org/e2e/figures/${i}`],
    });
    doc.figures.push(f);
  }
  return JSON.stringify(doc);
}

/** Opens the app with 700 more diaspora figures (700 more flows) and waits for them. */
async function openBusyMap(page, query) {
  const body = await busyDiaspora(700);
  await page.route('**/data/diaspora.json*', (route) => route.fulfill({ body, contentType: 'application/json' }));
  const d = await openApp(page, query);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=flow]').length >= 700);
  return d;
}

/** Drags from the middle of the map; returns the map's transform and viewBox mid-drag. */
async function dragMiddle(page) {
  const map = page.getByTestId('map');
  const box = await map.boundingBox();
  const [x, y] = [box.x + box.width * 0.5, box.y + box.height * 0.5];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 80, y + 30, { steps: 8 });
  const during = await map.evaluate((svg) => ({ transform: svg.style.transform, viewBox: svg.getAttribute('viewBox') }));
  await page.mouse.move(x + 160, y + 60, { steps: 8 });
  await page.mouse.up();
  return during;
}

test('a drag redraws the map as it moves; over a busy map it moves a picture and redraws once at the end', async () => {
  // The real data: the map is redrawn on every move (its viewBox follows the pointer).
  await withPage(async (page) => {
    await openApp(page, 'layers=initiatives,diaspora');
    const map = page.getByTestId('map');
    const before = await map.getAttribute('viewBox');
    const during = await dragMiddle(page);
    assert.equal(during.transform, '');
    assert.notEqual(during.viewBox, before);
  });
  // 700 more diaspora figures: 700 more flows. The picture moves (a CSS transform) and
  // the viewBox is set when the drag ends, to the same place as a live drag would.
  await withPage(async (page) => {
    const d = await openBusyMap(page, 'layers=initiatives,diaspora');
    const map = page.getByTestId('map');
    const before = await map.getAttribute('viewBox');
    const during = await dragMiddle(page);
    assert.match(during.transform, /^translate\(\d+(\.\d)?px, \d+(\.\d)?px\)$/);
    assert.equal(during.viewBox, before, 'the viewBox waits for the end of the drag');
    const after = await map.getAttribute('viewBox');
    assert.notEqual(after, before);
    assert.equal(await map.evaluate((svg) => svg.style.transform), '');
    // Moved right and down by the drag: the view's left and top edges went left and up.
    const [bx, by] = before.split(' ').map(Number);
    const [ax, ay] = after.split(' ').map(Number);
    assert.ok(ax < bx && ay < by, `${before} -> ${after}`);
    await page.waitForURL(/center=/);
    assertNoPanic(d);
  });
});

test('through a drag over a busy map the highlight stays where the press found it; no focus outline; a click leaves nothing held', async () => {
  // A light map: a press holds nothing (its highlights repaint little); the press focuses
  // Kazakhstan, but the keyboard's dashed outline is not drawn for it.
  await withPage(async (page) => {
    const d = await openApp(page);
    const box = await page.locator('path.country[data-code="KAZ"]').boundingBox();
    const [x, y] = [box.x + box.width * 0.5, box.y + box.height * 0.55];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 60, y + 10, { steps: 6 });
    assert.equal(await page.getByTestId('map').evaluate((svg) => svg.classList.contains('map__svg--pressed')), false);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-code')), 'KAZ');
    assert.equal(await page.locator('.map__focus').getAttribute('d'), '');
    await page.mouse.up();
    assertNoPanic(d);
  });
  // 700 more flows: the shapes under the pointer at the press keep their look through the
  // drag, and no other shape takes it.
  await withPage(async (page) => {
    const d = await openBusyMap(page, 'layers=diaspora');
    const map = page.getByTestId('map');
    const box = await map.boundingBox();
    const [x, y] = [box.x + box.width * 0.5, box.y + box.height * 0.45];
    await page.mouse.move(x, y);
    const hovered = await map.evaluate((svg) => {
      const shapes = [...svg.querySelectorAll('.country:hover, .flow:hover, .marker:hover')];
      shapes.forEach((el) => (el.dataset.e2eHovered = '1'));
      return shapes.length;
    });
    assert.ok(hovered > 0, 'something is under the pointer');
    await page.mouse.down();
    await page.mouse.move(x + 60, y + 10, { steps: 6 });
    const during = await map.evaluate((svg) => ({
      pressed: svg.classList.contains('map__svg--pressed'),
      held: [...svg.querySelectorAll('.hover-held')].map((el) => el.dataset.e2eHovered ?? 'another'),
      transform: svg.style.transform,
    }));
    assert.equal(during.pressed, true);
    assert.deepEqual(during.held, Array(hovered).fill('1'), 'exactly the shapes hovered at the press');
    assert.match(during.transform, /^translate\(/, 'the picture moved');
    await page.mouse.up();
    await page.waitForFunction(() => !document.querySelector('.hover-held, .map__svg--pressed'));
    // A click: held for the press, released after the click's frame.
    await page.mouse.click(x, y);
    await page.waitForFunction(() => !document.querySelector('.hover-held, .map__svg--pressed'));
    assertNoPanic(d);
  });
});

test('hovering a country highlights it and shows its name', async () => {
  await withPage(async (page) => {
    await openApp(page);
    const kaz = country(page, 'KAZ');
    const fill = () => kaz.evaluate((el) => getComputedStyle(el).fill);
    const before = await fill();
    await onMap(page, {name: /^Kazakhstan/ }).hover();
    const tooltip = page.getByTestId('tooltip');
    await tooltip.waitFor();
    assert.equal(await tooltip.innerText(), 'Kazakhstan');
    // The highlight: the member colour turns to its hover shade (--member-hover) …
    const hovered = await fill();
    assert.notEqual(hovered, before, 'hovering Kazakhstan does not change its fill');
    // … and back when the pointer leaves for the sea.
    await page.mouse.move(5, 400);
    await page.waitForFunction(
      (want) => getComputedStyle(document.querySelector('path.country[data-code="KAZ"]')).fill === want,
      before,
      { timeout: 5000 },
    );
  });
});

test('at 390×844 the map and the open panel fit without horizontal scrolling', async () => {
  await withPage(
    async (page) => {
      await openApp(page, 'country=KAZ');
      await page.getByTestId('panel').waitFor();
      const sizes = await page.evaluate(() => ({
        scroll: document.scrollingElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      assert.ok(sizes.scroll <= sizes.client, `page scrolls sideways: ${JSON.stringify(sizes)}`);
      for (const id of ['map', 'panel']) {
        const box = await page.getByTestId(id).boundingBox();
        assert.ok(box.x >= 0 && box.x + box.width <= 390 + 0.5, `${id} is wider than the screen`);
        assert.ok(box.height > 100, `${id} is squeezed (${box.height}px)`);
      }
    },
    { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  );
});

/** Touch input through CDP: `steps` frames of [x, y] lists, one per finger (none at the end). */
async function touch(page, frames) {
  const cdp = await page.context().newCDPSession(page);
  const points = (list) => list.map(([x, y], id) => ({ x, y, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(frames[0]) });
  for (const f of frames.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(f) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}
const steps = (from, to, n = 8) =>
  Array.from({ length: n + 1 }, (_, k) => from.map(([x, y], i) => [x + ((to[i][0] - x) * k) / n, y + ((to[i][1] - y) * k) / n]));

test('on a touch screen a tap selects a country, one finger pans the map and two fingers pinch it', async () => {
  await withPage(
    async (page) => {
      await openApp(page);
      const viewBox = async () => (await page.getByTestId('map').getAttribute('viewBox')).split(' ').map(Number);
      const start = await viewBox();
      // A tap on Kazakhstan opens it.
      const kaz = await country(page, 'KAZ').boundingBox();
      const [tx, ty] = [kaz.x + kaz.width / 2, kaz.y + kaz.height / 2];
      assert.equal(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.dataset.code, [tx, ty]), 'KAZ');
      await page.touchscreen.tap(tx, ty);
      await page.waitForURL((url) => url.searchParams.get('country') === 'KAZ');
      assert.deepEqual(await viewBox(), start, 'a tap does not move the map');
      // One finger drags the map 100 px right: the view moves left, at the same scale.
      await touch(page, steps([[tx, ty]], [[tx + 100, ty]]));
      await page.waitForURL((url) => url.searchParams.has('center'));
      const panned = await viewBox();
      assert.ok(panned[0] < start[0], `the view moved left: ${start} → ${panned}`);
      assert.ok(Math.abs(panned[2] - start[2]) < 1e-6, 'a one-finger drag does not zoom');
      // Two fingers spread from 100 px to 300 px apart: the map zooms in about 3 times.
      await touch(page, steps([[tx - 50, ty], [tx + 50, ty]], [[tx - 150, ty], [tx + 150, ty]]));
      await page.waitForURL((url) => url.searchParams.has('zoom'));
      const pinched = await viewBox();
      const factor = panned[2] / pinched[2];
      assert.ok(factor > 2.5 && factor < 3.5, `the pinch zoomed ${factor.toFixed(2)} times`);
    },
    { hasTouch: true },
  );
});

test('in an embed one finger leaves the map to the page, two fingers pan it', async () => {
  await withPage(
    async (page) => {
      await openApp(page, 'embed=1');
      const viewBox = () => page.getByTestId('map').getAttribute('viewBox');
      const before = await viewBox();
      const box = await page.getByTestId('map').boundingBox();
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      await touch(page, steps([[x, y]], [[x + 100, y]]));
      await page.getByTestId('gesture-hint').waitFor();
      assert.equal(await viewBox(), before, 'one finger moved the embedded map');
      await touch(page, steps([[x - 40, y], [x + 40, y]], [[x + 60, y], [x + 140, y]]));
      await page.waitForFunction((b) => document.querySelector('[data-testid=map]').getAttribute('viewBox') !== b, before, { timeout: 5000 });
    },
    { hasTouch: true, viewport: { width: 600, height: 500 } },
  );
});

test('a zoom outside 0.5–96, a centre off the globe or a zoom without a centre is refused with a notice', async () => {
  await withPage(async (page) => {
    for (const [query, expected, refused] of [
      ['center=40,60&zoom=0.1', '?center=40,60&zoom=1', '“0.1” of “zoom”'],
      ['center=40,60&zoom=200', '?center=40,60&zoom=1', '“200” of “zoom”'],
      ['center=200,0', '', '“200,0” of “center”'],
      ['zoom=3', '', '“without center” of “zoom”'],
      // The limits themselves are kept, and a centre alone gets zoom 1.
      ['center=40,60&zoom=0.5', '?center=40,60&zoom=0.5', null],
      ['center=40,60&zoom=96', '?center=40,60&zoom=96', null],
      ['center=40,60', '?center=40,60&zoom=1', null],
    ]) {
      await openApp(page, query);
      await page.waitForURL((url) => url.search === expected, { timeout: 5000 }).catch(() => {
        throw new Error(`?${query} became ${new URL(page.url()).search}, not ${expected}`);
      });
      const notices = await page.getByTestId('notice').allInnerTexts();
      if (refused) {
        assert.equal(notices.length, 1, `?${query}: ${notices}`);
        assert.ok(notices[0].includes(`The value ${refused} could not be read`), `?${query}: ${notices[0]}`);
      } else {
        assert.deepEqual(notices, [], `?${query}`);
      }
    }
  });
});
