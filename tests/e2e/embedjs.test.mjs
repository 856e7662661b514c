// embed.js and touch in an embed (audit C2). A host page on a second server (another
// origin) loads embed.js from the atlas and holds the atlas's iframe and frames that post
// heights: a frame of a foreign origin must size nothing, a frame of the atlas's origin is
// sized within MIN_HEIGHT…MAX_HEIGHT (read from embed.js itself). Then the wiring of
// src/gesture.rs's `touch_moves_map` in the real page: in `embed=1`, one finger on the map
// scrolls the page and leaves the map alone (`touch-action: pan-x pan-y` in CSS, and
// src/ui/map/pointer.rs ignores it), two fingers pan the map (CDP touch events, which go
// through the browser's own gesture handling, as a finger would).

import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { DIST, REPO_ROOT, openApp, server, withPage } from './harness.mjs';
import { startServer } from './server.mjs';

/** `var NAME = 123;` of embed.js as built (the bounds it clamps heights to). */
async function embedConstant(name) {
  const source = await readFile(path.join(DIST, 'embed.js'), 'utf8');
  const match = source.match(new RegExp(`\\b${name}\\s*=\\s*(\\d+)\\b`));
  assert.ok(match, `embed.js no longer declares ${name}: update this test`);
  return Number(match[1]);
}

// A frame that posts what the test tells it to, then a marker: messages from one window
// are delivered in order, so once the host has the marker, embed.js has seen the height.
const POSTER = `<!doctype html><html><body><script>
  window.post = (height, id) => {
    parent.postMessage({ type: 'ots-atlas:height', height }, '*');
    parent.postMessage({ type: 'test:posted', id }, '*');
  };
</script></body></html>`;

const INITIAL = 150;

/** The host page: embed.js by its address on the atlas, the atlas's iframe, and posters. */
function hostPage(atlas) {
  return `<!doctype html><html><head><title>Host</title><style>iframe { display: block; border: 0; }</style></head><body>
  <iframe id="atlas" src="${atlas}/?country=KAZ&amp;embed=1" title="OTS Atlas" width="100%" height="${INITIAL}"></iframe>
  <iframe id="foreign" src="/poster.html" title="another site" height="${INITIAL}"></iframe>
  <iframe id="same" src="${atlas}/poster.html" title="a frame of the atlas's origin" height="${INITIAL}"></iframe>
  <script>
    window.posted = [];
    addEventListener('message', (e) => { if (e.data && e.data.type === 'test:posted') posted.push(e.data.id); });
  </script>
  <script src="${atlas}/embed.js"></script>
</body></html>`;
}

/** The iframe's height as set (attribute, marker, laid-out box). */
function sizeOf(page, id) {
  return page.evaluate((i) => {
    const f = document.getElementById(i);
    return { attribute: f.getAttribute('height'), marker: f.getAttribute('data-ots-atlas-height'), box: f.getBoundingClientRect().height };
  }, id);
}

test('embed.js sizes nothing for a foreign origin, and clamps an atlas frame’s height to MIN_HEIGHT…MAX_HEIGHT', { timeout: 90_000 }, async () => {
  const MIN = await embedConstant('MIN_HEIGHT');
  const MAX = await embedConstant('MAX_HEIGHT');
  assert.ok(INITIAL !== MIN && INITIAL !== MAX && MIN < MAX, `bounds ${MIN}…${MAX}`);
  const hostRoot = await mkdtemp(path.join(tmpdir(), 'ots-embed-host-'));
  const host = await startServer({ root: hostRoot, port: 0 });
  try {
    assert.notEqual(new URL(host.url).origin, new URL(server.url).origin, 'two origins');
    await writeFile(path.join(hostRoot, 'host.html'), hostPage(server.url));
    await writeFile(path.join(hostRoot, 'poster.html'), POSTER);
    await withPage(async (page) => {
      // The atlas has no poster page: the same one, served at its origin.
      await page.route(`${server.url}/poster.html`, (route) => route.fulfill({ body: POSTER, contentType: 'text/html' }));
      await page.goto(`${host.url}/host.html`);
      // The script works: the atlas's own frame reports its height and is sized from it.
      await page.waitForFunction(() => document.getElementById('atlas').hasAttribute('data-ots-atlas-height'), null, { timeout: 30_000 });
      const atlas = await sizeOf(page, 'atlas');
      assert.ok(Number(atlas.marker) >= MIN && Number(atlas.marker) <= MAX, `the atlas frame: ${JSON.stringify(atlas)}`);
      const byId = {};
      for (const id of ['foreign', 'same']) {
        const handle = await page.$(`#${id}`);
        byId[id] = await handle.contentFrame();
        await byId[id].waitForFunction(() => typeof window.post === 'function');
      }
      const send = async (id, height) => {
        const marker = `${id}:${height}`;
        await byId[id].evaluate(([h, m]) => window.post(h, m), [height, marker]);
        await page.waitForFunction((m) => window.posted.includes(m), marker);
      };

      // A foreign origin (the host's own frame, another port): out of range and in range,
      // nothing changes.
      for (const height of [MAX * 3, Math.round((MIN + MAX) / 2)]) {
        await send('foreign', height);
        const size = await sizeOf(page, 'foreign');
        assert.deepEqual(
          { attribute: size.attribute, marker: size.marker, box: size.box },
          { attribute: String(INITIAL), marker: null, box: INITIAL },
          `a height of ${height} posted from ${host.url} (not the atlas's origin, ${server.url}) resized a frame`,
        );
      }

      // The atlas's origin: a height above the maximum is held at MAX_HEIGHT…
      await send('same', MAX * 25);
      let size = await sizeOf(page, 'same');
      assert.deepEqual(size, { attribute: String(MAX), marker: String(MAX), box: MAX }, `a height of ${MAX * 25} is clamped to MAX_HEIGHT (${MAX})`);
      // … one below the minimum (or negative) at MIN_HEIGHT.
      for (const height of [3, -50]) {
        await send('same', height);
        size = await sizeOf(page, 'same');
        assert.deepEqual(size, { attribute: String(MIN), marker: String(MIN), box: MIN }, `a height of ${height} is clamped to MIN_HEIGHT (${MIN})`);
      }
      // The foreign frame is still as it was.
      assert.equal((await sizeOf(page, 'foreign')).attribute, String(INITIAL));
    });
  } finally {
    await host.close();
    await rm(hostRoot, { recursive: true, force: true });
  }
});

// --- Touch in an embed --------------------------------------------------------------

/** The interface text the app shows for one finger on an embedded map (English). */
async function touchHint() {
  const source = await readFile(path.join(REPO_ROOT, 'src/i18n/en.rs'), 'utf8');
  const match = source.match(/zoom_hint_touch: "([^"]+)"/);
  assert.ok(match, 'src/i18n/en.rs has zoom_hint_touch');
  return match[1];
}

/** A drag of `fingers` (x offsets from the map's centre) upwards by `dy` px, as touches. */
async function touchDrag(page, cdp, fingers, dy) {
  const box = await page.getByTestId('map').boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height * 0.75;
  const points = (k) => fingers.map((fx, id) => ({ x: x + fx, y: y - dy * k, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
  const steps = 10;
  for (let k = 1; k <= steps; k += 1) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(k / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const viewBoxOf = (page) => page.getByTestId('map').getAttribute('viewBox');
/** Two frames: what the last events changed is on the page. */
const settled = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test('in an embed one finger scrolls the page and leaves the map, two fingers pan the map', { timeout: 90_000 }, async () => {
  const hint = await touchHint();
  await withPage(
    async (page) => {
      await openApp(page, 'country=KAZ&embed=1');
      const cdp = await page.context().newCDPSession(page);
      const scrollable = await page.evaluate(() => document.scrollingElement.scrollHeight - innerHeight);
      assert.ok(scrollable > 100, `the embed page can scroll (${scrollable} px): the test needs a page taller than the window`);
      const before = await viewBoxOf(page);

      // One finger, 150 px up over the map: the page scrolls, the map stays.
      await touchDrag(page, cdp, [0], 150);
      await page.waitForFunction(() => window.scrollY > 0, null, { timeout: 10_000 }).catch(() => {
        throw new Error('a one-finger drag over the embedded map did not scroll the page');
      });
      await settled(page);
      assert.equal(await viewBoxOf(page), before, 'a one-finger drag moved the embedded map');
      await page.getByTestId('gesture-hint').waitFor({ timeout: 10_000 }).catch(() => {
        throw new Error('no hint after a one-finger drag on the embedded map');
      });
      assert.equal(await page.getByTestId('gesture-hint').innerText(), hint, 'the hint says how to move the map');

      // Two fingers, 120 px up: the map pans by that much, the page does not scroll. (On
      // the page opened again: the one-finger drag may still be flinging the page.)
      await openApp(page, 'country=KAZ&embed=1');
      assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page opens at its top');
      assert.equal(await viewBoxOf(page), before, 'the page opens with the same view');
      const box = await page.getByTestId('map').boundingBox();
      await touchDrag(page, cdp, [-40, 40], 120);
      await page
        .waitForFunction((b) => document.querySelector('[data-testid=map]').getAttribute('viewBox') !== b, before, { timeout: 10_000 })
        .catch(() => {
          throw new Error('a two-finger drag did not move the embedded map');
        });
      await settled(page);
      const [x0, y0, w0] = before.split(' ').map(Number);
      const [x1, y1, w1] = (await viewBoxOf(page)).split(' ').map(Number);
      const unitsPerPx = w0 / box.width;
      assert.equal(w1, w0, 'a two-finger drag without spreading the fingers does not zoom');
      assert.ok(Math.abs(x1 - x0) < 1e-6, `no sideways pan: ${before} → ${x1} ${y1} ${w1}`);
      // The content follows the fingers up: the view moves down the plane by the drag.
      const expected = 120 * unitsPerPx;
      assert.ok(Math.abs(y1 - y0 - expected) <= 2 * unitsPerPx,
        `the map panned ${(y1 - y0).toFixed(3)} plane units for a 120 px drag; expected ${expected.toFixed(3)} (within 2 px)`);
      assert.equal(await page.evaluate(() => window.scrollY), 0, 'a two-finger drag on the map scrolled the page');
    },
    { hasTouch: true, isMobile: true, viewport: { width: 390, height: 500 } },
  );
});
