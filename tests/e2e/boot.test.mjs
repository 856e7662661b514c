// The static first paint answers before the app runs (issue 16, "taps are never lost"):
// each country of the boot map in index.html is a link to its view, and the inline
// script of index.html turns a tap, click or Enter on one into a history entry that the
// app opens when it starts. Here the Wasm is held back until the choice has been made,
// then released: the app must open that country's panel without a second tap and
// without loading the page again. The first paint also holds the opening of the About
// panel, where the app's will be, so that the page is readable before the app runs.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DIST, READY_SELECTOR, READY_TIMEOUT_MS, assertNoPanic, diagnostics, holdWasm, server, withPage } from './harness.mjs';

const hasBootMap = () => readFileSync(path.join(DIST, 'index.html'), 'utf8').includes('<svg class="boot-map"');

/** Opens the page with the Wasm held back, and leaves a marker that a reload would lose. */
async function openHeld(page, query = '') {
  const wasm = await holdWasm(page);
  await page.goto(`${server.url}/${query}`, { waitUntil: 'domcontentloaded' });
  await wasm.requested;
  await page.evaluate(() => {
    window.__marker = 'same document';
  });
  assert.equal(await page.locator('.atlas').count(), 0, 'the app has not started');
  return wasm;
}

/** Releases the Wasm and waits for the app to show `name`'s panel. */
async function releaseAndExpectPanel(page, wasm, name) {
  wasm.release();
  await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: READY_TIMEOUT_MS });
  const heading = page.locator('[data-testid="panel"] #panel-title');
  await heading.waitFor({ timeout: READY_TIMEOUT_MS });
  assert.equal((await heading.textContent()).trim(), name);
  assert.equal(
    await page.evaluate(() => window.__marker),
    'same document',
    'the page was not loaded again',
  );
  assert.equal(await page.locator('.boot-map').isVisible(), false, 'the boot map is hidden under the app');
}

test('a tap on a country of the static map before the Wasm arrives opens it once the app starts', { timeout: 90_000 }, async (t) => {
  if (!hasBootMap()) {
    t.skip('built with --no-static-map');
    return;
  }
  await withPage(
    async (page) => {
      const wasm = await openHeld(page);
      const kazakhstan = page.locator('.boot-map a[href="?country=KAZ"]');
      await kazakhstan.tap();
      assert.equal(new URL(page.url()).search, '?country=KAZ');
      assert.equal(await kazakhstan.getAttribute('aria-current'), 'true', 'the choice shows');
      // The boot panel names it, with its status, until the app shows its own panel.
      assert.equal(await page.locator('#boot-about-title').textContent(), 'Kazakhstan');
      assert.equal(await page.locator('.boot__about .panel__status').textContent(), 'OTS member since 2009');
      await releaseAndExpectPanel(page, wasm, 'Kazakhstan');
      assert.equal(new URL(page.url()).searchParams.get('country'), 'KAZ');
      assertNoPanic(diagnostics(page));
    },
    { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } },
  );
  // A mouse click on a country outside the OTS, on a desktop.
  await withPage(async (page) => {
    const wasm = await openHeld(page);
    await page.locator('.boot-map a[href="?country=IRN"]').click();
    assert.equal(new URL(page.url()).search, '?country=IRN');
    await releaseAndExpectPanel(page, wasm, 'Iran');
  });
});

test('Tab reaches the static map’s countries by name, and Enter opens one once the app starts', { timeout: 90_000 }, async (t) => {
  if (!hasBootMap()) {
    t.skip('built with --no-static-map');
    return;
  }
  await withPage(async (page) => {
    const wasm = await openHeld(page, '?theme=dark');
    // The first tab stops of the page are the members and observers on the map.
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement;
      return { inMap: !!el.closest('.boot-map'), tag: el.tagName, label: el.getAttribute('aria-label') };
    });
    assert.ok(first.inMap && first.tag === 'a', JSON.stringify(first));
    assert.match(first.label, /, OTS (member|observer) since \d{4}$/);
    // Links with the app's accessible names.
    const uzbekistan = page.getByRole('link', { name: 'Uzbekistan, OTS member since 2019' });
    assert.equal(await uzbekistan.count(), 1);
    await uzbekistan.focus();
    await page.keyboard.press('Enter');
    // The other parameters are kept.
    const query = new URL(page.url()).searchParams;
    assert.equal(query.get('country'), 'UZB');
    assert.equal(query.get('theme'), 'dark');
    await releaseAndExpectPanel(page, wasm, 'Uzbekistan');
    assert.equal(new URL(page.url()).searchParams.get('theme'), 'dark');
  });
});

test('the About panel’s opening is readable before the Wasm, where the app’s panel then shows it', { timeout: 90_000 }, async (t) => {
  if (!hasBootMap()) {
    t.skip('built with --no-static-map');
    return;
  }
  /** The boxes of the panel, its heading and its first fact, and the first fact's text. */
  const boxes = (page, panel) =>
    page.evaluate((panel) => {
      const box = (el) => {
        const r = el.getBoundingClientRect();
        return [r.x, r.y, r.width, Math.round(r.height)].map(Math.round);
      };
      const aside = document.querySelector(panel);
      const fact = aside.querySelector('.fact p');
      return { panel: box(aside), heading: box(aside.querySelector('h2')).slice(0, 2), fact: box(fact), text: fact.textContent };
    }, panel);
  await withPage(async (page) => {
    const wasm = await openHeld(page);
    const heading = page.getByRole('heading', { level: 2, name: 'About the OTS' });
    assert.equal(await heading.isVisible(), true, 'the heading shows before the app');
    const before = await boxes(page, '.boot__about');
    assert.match(before.text, /^The Organization of Turkic States \(OTS\) was founded/);
    assert.deepEqual(before.panel, [900, 61, 380, 739], 'where the app puts its panel');
    wasm.release();
    await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: READY_TIMEOUT_MS });
    await page.locator('[data-testid="about-panel"] .fact').first().waitFor();
    assert.equal(await page.locator('.boot__about').isVisible(), false, 'hidden under the app');
    // The same text in the same place: nothing moves when the app takes over.
    const after = await boxes(page, '[data-testid="about-panel"]');
    assert.deepEqual(after, before);
  });
});

test('a link to a country titles the static first paint with its name and status', { timeout: 90_000 }, async (t) => {
  if (!hasBootMap()) {
    t.skip('built with --no-static-map');
    return;
  }
  await withPage(async (page) => {
    const wasm = await openHeld(page, '?country=kgz&theme=dark');
    assert.equal(await page.locator('#boot-about-title').textContent(), 'Kyrgyzstan');
    assert.equal(await page.locator('.boot__about .panel__status').textContent(), 'OTS member since 2009');
    assert.equal(await page.locator('.boot__about .fact').count(), 0, 'not the About text');
    assert.equal(await page.locator('.boot-map a[href="?country=KGZ"]').getAttribute('aria-current'), 'true');
    await releaseAndExpectPanel(page, wasm, 'Kyrgyzstan');
  });
  // A country outside the OTS: its name alone; an unknown or hostile code changes nothing.
  for (const [query, title] of [['?country=IRN', 'Iran'], ['?country=ZZZ', 'About the OTS'], ['?country=a"]b', 'About the OTS']]) {
    await withPage(async (page) => {
      const wasm = await openHeld(page, query);
      assert.equal(await page.locator('#boot-about-title').textContent(), title, query);
      assert.deepEqual(diagnostics(page).pageErrors, [], query);
      wasm.release();
    });
  }
});

test('Back before the app starts puts the About opening back, and the app then opens the About panel', { timeout: 90_000 }, async (t) => {
  if (!hasBootMap()) {
    t.skip('built with --no-static-map');
    return;
  }
  await withPage(async (page) => {
    const wasm = await openHeld(page);
    const about = await page.locator('.boot__about').innerHTML();
    await page.locator('.boot-map a[href="?country=TKM"]').click();
    assert.equal(await page.locator('#boot-about-title').textContent(), 'Turkmenistan');
    await page.goBack({ waitUntil: 'commit' });
    assert.equal(new URL(page.url()).search, '');
    assert.equal(await page.locator('.boot__about').innerHTML(), about, 'the About opening as it was');
    assert.equal(await page.locator('.boot-map [aria-current]').count(), 0, 'no country marked');
    wasm.release();
    await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: READY_TIMEOUT_MS });
    await page.locator('[data-testid="about-panel"]').waitFor();
    assert.equal(await page.locator('[data-testid="panel"]').count(), 0, 'no country panel');
  });
});

test('in an embed the first paint is laid out as the embed: no header strip, the map across, About folded under it', { timeout: 90_000 }, async (t) => {
  if (!hasBootMap()) {
    t.skip('built with --no-static-map');
    return;
  }
  await withPage(
    async (page) => {
      const wasm = await openHeld(page, '?embed=1');
      const boot = await page.evaluate(() => {
        const box = (el) => el.getBoundingClientRect().toJSON();
        return {
          embed: document.documentElement.hasAttribute('data-embed'),
          map: box(document.querySelector('.boot-map')),
          about: box(document.querySelector('.boot__about')),
          line: box(document.querySelector('.boot > p')),
          bodyShown: getComputedStyle(document.querySelector('.boot__about-body')).display !== 'none',
        };
      });
      assert.equal(boot.embed, true);
      assert.equal(boot.map.y, 0, 'the map at the top: no header strip');
      assert.equal(Math.round(boot.map.width), 640, 'the map across the frame');
      assert.ok(Math.abs(boot.map.height - 400) < 1, `16:10, got ${boot.map.height}`);
      assert.ok(boot.about.y >= boot.map.bottom - 1 && boot.line.y >= boot.about.bottom - 1, 'About under the map, the line under it');
      assert.equal(boot.bodyShown, false, 'About folded, as the app shows it in an embed');
      wasm.release();
      await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: READY_TIMEOUT_MS });
      const app = await page.evaluate(() => {
        const r = document.querySelector('.atlas__map').getBoundingClientRect();
        return { y: r.y, width: r.width, height: r.height };
      });
      assert.deepEqual(
        [app.y, Math.round(app.width), Math.round(app.height)],
        [0, Math.round(boot.map.width), Math.round(boot.map.height)],
        'the app’s map where the first paint drew it',
      );
    },
    { viewport: { width: 640, height: 700 } },
  );
  // The first embed= counts, as in the app (url_state: the first occurrence of a key wins).
  for (const [query, embedded] of [['?embed=0&embed=1', false], ['?embed=%201%20&embed=0', true]]) {
    await withPage(async (page) => {
      const wasm = await openHeld(page, query);
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-embed')), embedded, query);
      wasm.release();
      await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: READY_TIMEOUT_MS });
      assert.equal(await page.locator('.atlas--embed').count(), embedded ? 1 : 0, `the app agrees: ${query}`);
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-embed')), embedded, query);
    });
  }
});
