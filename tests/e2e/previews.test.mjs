// Link previews and the static first paint: what build-previews (Trunk's post_build hook, see
// docs/SHARING.md) adds to the built app. The share pages of the eight OTS countries and
// their images, the redirect that keeps the query, the main page's preview tags, and the
// static map in index.html that shows until the app mounts.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { DIST, READY_SELECTOR, READY_TIMEOUT_MS, assertNoPanic, diagnostics, server, withPage } from './harness.mjs';

const OTS_COUNTRIES = ['TUR', 'AZE', 'KAZ', 'KGZ', 'UZB', 'HUN', 'TKM', 'CYN'];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const read = (file) => readFileSync(path.join(DIST, file), 'utf8');
const meta = () => JSON.parse(read('share/meta.json'));

/** The `content` of `<meta property|name="key" content="…">` (HTML entities decoded). */
function tag(html, key) {
  const match = html.match(new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`));
  return match?.[1]
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/**
 * The file in dist/ that an address written in `page` (a path relative to dist/) points
 * at: absolute addresses under meta.json's base URL, or relative to the page.
 */
function distFile(url, page) {
  const base = meta().base_url;
  if (/^https?:\/\//.test(url)) {
    assert.ok(base && url.startsWith(base), `${url} is not under the base URL ${base}`);
    return url.slice(base.length);
  }
  return path.posix.normalize(path.posix.join(path.posix.dirname(page), url));
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file) {
  const bytes = readFileSync(path.join(DIST, file));
  assert.ok(bytes.subarray(0, 8).equals(PNG_SIGNATURE), `${file} does not start with the PNG signature`);
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR', `${file}: the first chunk is not IHDR`);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('every OTS country has a share page with its preview tags and a 1200 × 630 PNG', () => {
  const codes = meta().pages.map((p) => p.code);
  for (const code of OTS_COUNTRIES) {
    const page = `share/${code}.html`;
    assert.ok(existsSync(path.join(DIST, page)), `${page} is missing`);
    assert.ok(codes.includes(code), `meta.json does not list ${code}`);
    const html = read(page);
    assert.match(tag(html, 'og:title') ?? '', /\S — OTS Atlas$/, `${page}: og:title`);
    assert.ok((tag(html, 'og:description') ?? '').length > 40, `${page}: og:description`);
    const image = tag(html, 'og:image');
    assert.ok(image, `${page}: og:image`);
    assert.equal(distFile(image, page), `share/${code}.png`);
    assert.deepEqual(pngSize(distFile(image, page)), [1200, 630], `${page}: the image's size`);
    assert.equal(tag(html, 'og:image:width'), '1200');
    assert.equal(tag(html, 'og:image:height'), '630');
  }
});

test("the share pages' script is the one meta.json gives the CSP hash of", () => {
  const { script_sha256: hash } = meta();
  assert.match(hash, /^sha256-[A-Za-z0-9+/]{43}=$/);
  for (const code of OTS_COUNTRIES) {
    const html = read(`share/${code}.html`);
    const scripts = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1]);
    assert.equal(scripts.length, 1, `${code}: one inline script`);
    assert.equal(`sha256-${createHash('sha256').update(scripts[0]).digest('base64')}`, hash, code);
    // The script comes before the fallback refresh, which waits a second.
    assert.ok(html.indexOf('<script>') < html.indexOf('http-equiv="refresh"'), `${code}: script first`);
    assert.match(html, new RegExp(`<meta http-equiv="refresh" content="1; url=\\.\\./\\?country=${code}">`));
  }
});

test('a share page opened with a query goes on to the app with that query', { timeout: 90_000 }, async () => {
  await withPage(async (page) => {
    await page.goto(`${server.url}/share/KAZ.html?layers=diaspora`, { waitUntil: 'commit' });
    await page.waitForURL((url) => url.pathname === '/', { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
    await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: READY_TIMEOUT_MS });
    assertNoPanic(diagnostics(page));
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('country'), 'KAZ');
    assert.equal(url.searchParams.get('layers'), 'diaspora');
    const heading = page.getByTestId('panel').getByRole('heading', { level: 2 });
    await heading.waitFor({ timeout: 10_000 });
    assert.equal(await heading.innerText(), 'Kazakhstan');
  });
});

test('a share page opened without a query goes on to the country', { timeout: 90_000 }, async () => {
  await withPage(async (page) => {
    await page.goto(`${server.url}/share/TUR.html`, { waitUntil: 'commit' });
    await page.waitForURL((url) => url.pathname === '/', { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
    assert.equal(new URL(page.url()).search, '?country=TUR');
  });
});

test("the main page has its own preview tags, pointing at share/atlas.png", () => {
  const html = read('index.html');
  assert.match(tag(html, 'og:title') ?? '', /^OTS Atlas — /);
  assert.ok((tag(html, 'og:description') ?? '').length > 40, 'og:description');
  assert.equal(tag(html, 'og:site_name'), 'OTS Atlas');
  assert.equal(tag(html, 'twitter:card'), 'summary_large_image');
  assert.ok(tag(html, 'og:image:alt'), 'og:image:alt');
  assert.ok(tag(html, 'og:url'), 'og:url');
  const image = tag(html, 'og:image');
  assert.equal(distFile(image, 'index.html'), 'share/atlas.png');
  assert.deepEqual(pngSize('share/atlas.png'), [1200, 630]);
  assert.equal(tag(html, 'og:image:width'), '1200');
  assert.equal(tag(html, 'og:image:height'), '630');
});

const staticMap = () => read('index.html').match(/<svg class="boot-map"[^>]*>/)?.[0];
/**
 * Left out only on request: the build reads ATLAS_NO_STATIC_MAP (Trunk.toml), and so do
 * these tests. Without it a missing static map is the regression they catch, not a skip.
 */
const NO_STATIC_MAP = Boolean(process.env.ATLAS_NO_STATIC_MAP);

test('index.html holds the static map (unless built with --no-static-map)', (t) => {
  const html = read('index.html');
  assert.match(html, /<!-- boot-map -->[\s\S]*<!-- \/boot-map -->/, 'the boot-map markers');
  const svg = staticMap();
  if (NO_STATIC_MAP) {
    assert.equal(svg, undefined, 'ATLAS_NO_STATIC_MAP is set, yet index.html has the static map');
    t.skip('built with ATLAS_NO_STATIC_MAP=1 (--no-static-map)');
    return;
  }
  assert.ok(svg, 'index.html has no <svg class="boot-map"> (and ATLAS_NO_STATIC_MAP is not set)');
  // A group of links (the countries), named.
  assert.match(svg, /role="group" aria-label="[^"]+"/);
  assert.match(svg, /preserveAspectRatio="xMidYMid slice"/);
  assert.match(svg, /viewBox="[-\d. ]+"/);
  // Inside the boot <div>, after the boot text that screen readers get.
  const boot = html.slice(html.indexOf('<div class="boot" id="boot">'));
  assert.ok(boot.indexOf('<p>') < boot.indexOf('<svg class="boot-map"'));
  assert.match(html, /<g class="m"><a href="\?country=[A-Z]{3}" aria-label="[^"]+"><path d="m[^"]+z"\/><\/a>/, 'the members');
  assert.match(html, /<g class="o"><a href="\?country=[A-Z]{3}" aria-label="[^"]+"><path d="m[^"]+z"\/><\/a>/, 'the observers');
});

test('the static map shows before the Wasm arrives and hides once the app mounts', { timeout: 90_000 }, async (t) => {
  if (NO_STATIC_MAP) {
    t.skip('built with ATLAS_NO_STATIC_MAP=1 (--no-static-map)');
    return;
  }
  assert.ok(staticMap(), 'index.html has no <svg class="boot-map"> (and ATLAS_NO_STATIC_MAP is not set)');
  await withPage(async (page) => {
    // No Wasm: the boot picture stays, filling the window under the boot text.
    await page.route(/\.wasm$/, (route) => route.abort());
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    const box = await page.locator('.boot-map').boundingBox();
    assert.ok(box, 'the static map is displayed');
    // Beside the About panel's place (380 px), as the app's map is.
    assert.equal(box.width, 900);
    assert.ok(box.y > 30 && box.y < 100 && Math.abs(box.y + box.height - 800) < 1, JSON.stringify(box));
    const fill = await page.locator('.boot-map > .m path').first().evaluate((el) => getComputedStyle(el).fill);
    assert.equal(fill, 'rgb(11, 46, 87)', 'members in --member');
  }, { expect: { failedRequests: [/^net::ERR_FAILED http:\S+_bg\.wasm$/], pageErrors: [/^TypeError: Failed to fetch/] } });
  await withPage(async (page) => {
    await page.goto(`${server.url}/`, { waitUntil: 'commit' });
    await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: READY_TIMEOUT_MS });
    assert.equal(await page.locator('.boot-map').isVisible(), false, 'hidden under the app');
  });
});
