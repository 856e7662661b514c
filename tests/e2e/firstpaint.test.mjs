// The static first paint lines up with the app's first view (audit 2.2): the boot map that
// build-previews writes into index.html (src/render/boot_map.rs) is measured in the page
// before the Wasm runs (held back, as in boot.test.mjs), then the app's map once it is
// ready, in the same window. Each SVG's getScreenCTM() gives where a point of the plane
// lands on the screen (the viewBox, preserveAspectRatio and the element's box together),
// so the test compares what the user sees, not two numbers from the same Rust function:
// a change of the header, the panel or the app's framing that the boot map does not
// follow moves or scales the picture under the user's eyes, and fails here.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DIST, READY_SELECTOR, READY_TIMEOUT_MS, REPO_ROOT, holdWasm, server, withPage } from './harness.mjs';

/** A constant `pub const NAME: f64 = …;` (or a field `name: …,`) of a Rust source file. */
function rustNumber(file, pattern) {
  const source = readFileSync(path.join(REPO_ROOT, file), 'utf8');
  const match = source.match(pattern);
  assert.ok(match, `${file} no longer has ${pattern}: update this test`);
  return Number(match[1]);
}

// The boot map's coordinates and viewBox are whole steps of 1/GRID plane units.
const GRID = rustNumber('src/render/boot_map.rs', /pub const GRID: f64 = ([\d.]+);/);
// The margin, in pixels, the app keeps around the region it frames (APP_FRAMING).
const PADDING_PX = rustNumber('src/geo/frame.rs', /APP_FRAMING: Framing = Framing \{\s*padding_px: ([\d.]+),/);

/**
 * What an SVG shows: the part of the plane inside its box on the screen (`x0`…`y1`, in
 * plane units: the boot map's user units are GRID steps), its scale (px per plane unit)
 * and the box.
 */
async function shown(page, selector, unitsPerPlaneUnit) {
  const m = await page.evaluate((sel) => {
    const svg = document.querySelector(sel);
    const r = svg.getBoundingClientRect();
    const ctm = svg.getScreenCTM();
    return {
      viewBox: svg.getAttribute('viewBox'),
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
      ctm: { a: ctm.a, b: ctm.b, c: ctm.c, d: ctm.d, e: ctm.e, f: ctm.f },
    };
  }, selector);
  assert.ok(m.box.width > 0 && m.box.height > 0, `${selector} is laid out: ${JSON.stringify(m.box)}`);
  assert.ok(m.ctm.b === 0 && m.ctm.c === 0 && m.ctm.a > 0 && Math.abs(m.ctm.a - m.ctm.d) < 1e-9, `${selector} is scaled evenly: ${JSON.stringify(m.ctm)}`);
  const scale = m.ctm.a * unitsPerPlaneUnit;
  const plane = (px, offset) => (px - offset) / scale;
  const x0 = plane(m.box.x, m.ctm.e);
  const x1 = plane(m.box.x + m.box.width, m.ctm.e);
  const y0 = plane(m.box.y, m.ctm.f);
  const y1 = plane(m.box.y + m.box.height, m.ctm.f);
  return { ...m, scale, x0, x1, y0, y1, cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, width: x1 - x0, height: y1 - y0 };
}

/** The boot map before the Wasm runs, then the app's map once ready, in one page. */
async function bothMaps(page) {
  const { release, requested } = await holdWasm(page);
  await page.goto(`${server.url}/`, { waitUntil: 'domcontentloaded' });
  await requested;
  assert.equal(await page.locator('.atlas').count(), 0, 'the app has not started yet');
  assert.ok(await page.locator('.boot-map').isVisible(), 'the static map shows before the Wasm');
  const boot = await shown(page, '.boot-map', GRID);
  release();
  await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: READY_TIMEOUT_MS });
  const app = await shown(page, '[data-testid=map]', 1);
  return { boot, app };
}

const hasBootMap = () => readFileSync(path.join(DIST, 'index.html'), 'utf8').includes('<svg class="boot-map"');
const describe = ({ boot, app }) =>
  `\n  boot map: viewBox ${boot.viewBox}, box ${JSON.stringify(boot.box)}, shows x ${boot.x0.toFixed(3)}…${boot.x1.toFixed(3)} y ${boot.y0.toFixed(3)}…${boot.y1.toFixed(3)}` +
  `\n  app map:  viewBox ${app.viewBox}, box ${JSON.stringify(app.box)}, shows x ${app.x0.toFixed(3)}…${app.x1.toFixed(3)} y ${app.y0.toFixed(3)}…${app.y1.toFixed(3)}`;

// Tolerance: the boot map's viewBox is written in whole grid steps, so its edges (hence its
// centre and width) may be off by up to one step, 1/GRID plane units (under a pixel on a
// desktop, 4.6 px per unit); the box of the element may differ by a fraction of a pixel
// (the app's header is measured, the boot strip is a CSS length).
const STEP = 1 / GRID;

test('on a 1280 × 800 desktop the static map shows the app’s first view, at the same place and scale', { timeout: 90_000 }, async (t) => {
  if (!hasBootMap()) {
    t.skip('built with --no-static-map');
    return;
  }
  await withPage(async (page) => {
    const maps = await bothMaps(page);
    const { boot, app } = maps;
    const where = describe(maps);
    assert.ok(Math.abs(boot.cx - app.cx) <= STEP && Math.abs(boot.cy - app.cy) <= STEP,
      `the centres differ by (${(boot.cx - app.cx).toFixed(3)}, ${(boot.cy - app.cy).toFixed(3)}) plane units, more than one grid step (${STEP}):${where}`);
    assert.ok(Math.abs(boot.width - app.width) <= STEP,
      `the widths shown differ: ${boot.width.toFixed(3)} and ${app.width.toFixed(3)} plane units:${where}`);
    assert.ok(Math.abs(boot.height - app.height) <= STEP,
      `the heights shown differ: ${boot.height.toFixed(3)} and ${app.height.toFixed(3)} plane units:${where}`);
    // Every point of the app's first view is drawn where the boot map drew it: the corners
    // and the centre of the app's box, to within a pixel.
    for (const [x, y] of [[app.x0, app.y0], [app.x1, app.y1], [app.cx, app.cy]]) {
      const onBoot = [boot.box.x + (x - boot.x0) * boot.scale, boot.box.y + (y - boot.y0) * boot.scale];
      const onApp = [app.box.x + (x - app.x0) * app.scale, app.box.y + (y - app.y0) * app.scale];
      assert.ok(Math.hypot(onBoot[0] - onApp[0], onBoot[1] - onApp[1]) <= 1,
        `plane point (${x.toFixed(2)}, ${y.toFixed(2)}) is at ${onBoot.map((v) => v.toFixed(1))} on the boot map and at ${onApp.map((v) => v.toFixed(1))} in the app:${where}`);
    }
  });
});

test('on a 390 × 844 phone the static map is centred as the app and shows the region’s whole width', { timeout: 90_000 }, async (t) => {
  if (!hasBootMap()) {
    t.skip('built with --no-static-map');
    return;
  }
  // boot_map.rs promises less on a phone: the picture is the desktop view, as wide as the
  // region plus the desktop's padding, centred where the app centres it, and tall enough
  // (1 : 2) to fill a portrait phone. The app keeps PADDING_PX on each side at every size,
  // which on a 390 px map is a larger part of the width: the app shows a little more than
  // the boot map, at most what that padding adds (the region's width is fitted in both).
  await withPage(
    async (page) => {
      const maps = await bothMaps(page);
      const { boot, app } = maps;
      const where = describe(maps);
      assert.ok(Math.abs(boot.cx - app.cx) <= STEP && Math.abs(boot.cy - app.cy) <= STEP,
        `the centres differ by (${(boot.cx - app.cx).toFixed(3)}, ${(boot.cy - app.cy).toFixed(3)}) plane units, more than one grid step (${STEP}):${where}`);
      // The whole width of the boot map's viewBox shows (the slice crops only its height).
      const viewBoxWidth = Number(boot.viewBox.split(/\s+/)[2]) / GRID;
      assert.ok(Math.abs(boot.width - viewBoxWidth) <= STEP,
        `the boot map crops its width: shows ${boot.width.toFixed(3)} of ${viewBoxWidth} plane units:${where}`);
      const padded = boot.width * app.box.width / (app.box.width - 2 * PADDING_PX);
      assert.ok(app.width >= boot.width - STEP && app.width <= padded + STEP,
        `the app shows ${app.width.toFixed(3)} plane units across, the boot map ${boot.width.toFixed(3)}: expected between them and ${padded.toFixed(3)} (the app's ${PADDING_PX} px padding on each side):${where}`);
      // The two boxes are one: the map's place under the header.
      assert.ok(Math.abs(boot.box.y - app.box.y) <= 1 && Math.abs(boot.box.width - app.box.width) <= 1,
        `the boxes differ: ${JSON.stringify(boot.box)} and ${JSON.stringify(app.box)}`);
    },
    { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } },
  );
});
