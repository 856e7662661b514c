// The production server configuration (deploy/nginx.conf + deploy/ots-atlas.conf) works:
// a real, unprivileged nginx serves a precompressed copy of the built app with the
// generated Content-Security-Policy, and the app runs under it without a violation.
//
// Needs Debian's nginx (scripts/setup.sh installs it, with the brotli_static module when
// Debian has it). Without nginx this file FAILS, on purpose: set NGINX=/path/to/nginx if
// it is somewhere else. The files are copied from deploy/ unchanged by deploy/prepare.mjs.

import assert from 'node:assert/strict';
import { readdir, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { cspForDist } from '../../deploy/csp-hashes.mjs';
import { startNginx } from '../../deploy/run.mjs';
import { DIST, READY_SELECTOR, READY_TIMEOUT_MS, assertClean, assertNoPanic, diagnostics, launchBrowser } from './harness.mjs';

const ONE_YEAR = 'public, max-age=31536000, immutable';
let site = { url: '', dist: '', brotli: false, policy: '' };
let browserPromise;

/** GET with the given headers; resolves { status, headers, bytes }. */
function get(urlPath, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(`${site.url}${urlPath}`, { headers, agent: false }, (res) => {
      let bytes = 0;
      res.on('data', (c) => (bytes += c.length));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`GET ${urlPath} timed out`)));
  });
}

before(async () => {
  // Production sends brotli (the budget, budget.test.mjs, is set for it): without the
  // brotli_static module this fails, as it should.
  site = await startNginx({ dist: DIST, brotli: 'on' });
});

after(async () => {
  if (browserPromise) await (await browserPromise).close().catch(() => {});
  if (site.stop) await site.stop();
});

async function builtFile(pattern) {
  const name = (await readdir(site.dist)).find((f) => pattern.test(f));
  assert.ok(name, `no file matching ${pattern} in the build`);
  return name;
}

test('nginx serves the Wasm as application/wasm, compressed when accepted, cached for a year', async () => {
  const wasm = await builtFile(/^ots-atlas-[0-9a-f]{10,16}_bg\.wasm$/);
  const size = (await stat(path.join(site.dist, wasm))).size;

  const gzip = await get(`/${wasm}`, { 'Accept-Encoding': 'gzip' });
  assert.equal(gzip.status, 200);
  assert.equal(gzip.headers['content-type'], 'application/wasm');
  assert.equal(gzip.headers['content-encoding'], 'gzip');
  assert.match(gzip.headers.vary ?? '', /Accept-Encoding/i);
  assert.ok(gzip.bytes < size / 2, `the gzipped Wasm is ${gzip.bytes} of ${size} bytes`);
  assert.equal(gzip.headers['cache-control'], ONE_YEAR);

  const br = await get(`/${wasm}`, { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.equal(br.headers['content-encoding'], 'br');

  const plain = await get(`/${wasm}`);
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.bytes, size);

  for (const pattern of [/^ots-atlas-[0-9a-f]{10,16}\.js$/, /^main-[0-9a-f]{10,16}\.css$/]) {
    const file = await builtFile(pattern);
    const res = await get(`/${file}`, { 'Accept-Encoding': 'gzip' });
    assert.equal(res.status, 200, file);
    assert.equal(res.headers['cache-control'], ONE_YEAR, file);
    assert.equal(res.headers['content-encoding'], 'gzip', file);
  }
  // A hashed name that does not exist is an error, not cached for a year.
  const missing = await get('/ots-atlas-0000000000000000_bg.wasm');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers['cache-control'], undefined);
});

test('the page and the data are revalidated; every response has the CSP, nosniff and a referrer policy', async () => {
  const expected = (await cspForDist(site.dist)).policy;
  assert.equal(site.policy, expected);
  for (const p of ['/', '/index.html']) {
    const res = await get(p, { 'Accept-Encoding': 'gzip' });
    assert.equal(res.status, 200, p);
    assert.equal(res.headers['cache-control'], 'no-cache', `${p} must not be cached as immutable`);
    assert.match(res.headers['content-type'], /^text\/html/);
    assert.equal(res.headers['content-encoding'], 'gzip', p);
  }
  const data = await get('/data/world.json', { 'Accept-Encoding': 'gzip' });
  assert.equal(data.headers['cache-control'], 'no-cache');
  assert.match(data.headers['content-type'], /^application\/json/);
  const json = await get('/data/countries.json');
  assert.equal(json.headers['cache-control'], 'no-cache');
  assert.match(json.headers['content-type'], /^application\/json/);
  // The data version an open tab asks before it uses a data file: never from a cache.
  const version = await get('/version.json?t=1');
  assert.equal(version.status, 200);
  assert.equal(version.headers['cache-control'], 'no-store');
  assert.match(version.headers['content-type'], /^application\/json/);
  // The web app manifest (issue 18) with its own type, and its icons.
  const manifest = await get('/manifest.webmanifest');
  assert.equal(manifest.status, 200);
  assert.match(manifest.headers['content-type'], /^application\/manifest\+json/);
  const icon = await get('/icons/icon-192.png');
  assert.equal(icon.status, 200);
  assert.equal(icon.headers['content-type'], 'image/png');

  for (const p of ['/', '/data/countries.json', '/embed.js', '/no-such-file']) {
    const res = await get(p);
    assert.equal(res.headers['content-security-policy'], expected, p);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', p);
    assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin', p);
    assert.equal(res.headers['x-frame-options'], undefined, `${p}: the map is meant to be embedded`);
  }
  assert.match(expected, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(expected, /'unsafe-eval'|'unsafe-inline'/);
  assert.match(expected, /frame-ancestors \*/);
});

/** A page whose CSP violations are collected (from every frame) in window.__cspViolations. */
async function cspPage() {
  browserPromise ??= launchBrowser();
  const context = await (await browserPromise).newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const page = await context.newPage();
  const d = diagnostics(page);
  return { context, page, d };
}

async function violations(page, d) {
  const inPage = [];
  for (const frame of page.frames()) {
    // A frame that is gone (detached by a navigation) has nothing left to report; any
    // other failure to read it is a failure of the test.
    if (frame.isDetached()) continue;
    inPage.push(...(await frame.evaluate(() => window.__cspViolations ?? [])));
  }
  const inConsole = d.messages.filter((m) => /Content Security Policy|Content-Security-Policy/i.test(m));
  return [...inPage, ...inConsole];
}

test('the app runs under the CSP: loads, answers input, exports a PNG, installs its offline copy, with no violation', { timeout: 120_000 }, async () => {
  const { context, page, d } = await cspPage();
  try {
    const response = await page.goto(`${site.url}/`, { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
    assert.equal(response.headers()['content-security-policy'], site.policy);
    await Promise.race([page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: READY_TIMEOUT_MS }), d.crashed]).catch(async (err) => {
      throw new Error(`the map did not become ready behind nginx: ${err.message}\nviolations: ${(await violations(page, d)).join('\n')}\nconsole: ${d.messages.join('\n')}`);
    });
    const wasm = (await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name))).find((n) => n.endsWith('.wasm'));
    assert.ok(wasm, 'the page loaded its .wasm');

    // Hover (the tooltip is placed with style properties), select, layers, year, zoom.
    const kaz = page.locator('path.country[data-code="KAZ"]');
    await kaz.hover();
    await page.getByTestId('tooltip').waitFor();
    await kaz.click();
    await page.getByTestId('panel').getByRole('heading', { level: 2, name: 'Kazakhstan' }).waitFor();
    await page.getByTestId('layer-initiatives').check();
    await page.getByTestId('layer-diaspora').check();
    await page.locator('[data-testid=marker], [data-testid=marker-group]').first().waitFor({ state: 'attached' });
    await page.locator('[data-testid=flow]').first().waitFor({ state: 'attached' });
    await page.getByTestId('year-slider').fill('2015');
    await page.getByTestId('zoom-in').click();
    // The PNG export draws the SVG through a blob: image onto a canvas (img-src blob:).
    await page.getByTestId('share-toggle').click();
    const download = page.waitForEvent('download', { timeout: 30_000 });
    await page.getByTestId('download-png').click();
    assert.match((await download).suggestedFilename(), /\.png$/);

    // The offline copy: its worker installs under the CSP and takes over the page.
    await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 30_000 });
    const worker = await page.evaluate(async () => {
      const r = await fetch('sw.js', { cache: 'no-store' });
      return { cache: r.headers.get('cache-control'), type: r.headers.get('content-type') };
    });
    assert.equal(worker.cache, 'no-cache');
    assert.match(worker.type, /javascript/);

    assertNoPanic(d);
    assert.deepEqual(await violations(page, d), [], 'Content Security Policy violations');
    assertClean(d);
  } finally {
    await context.close();
  }
});

test('the embedding demo and the share pages load under the same CSP', { timeout: 120_000 }, async () => {
  const { context, page, d } = await cspPage();
  try {
    await page.goto(`${site.url}/embed-demo.html`);
    const frame = page.frameLocator('[data-testid=embed-kaz]');
    await frame.locator(READY_SELECTOR).waitFor({ state: 'attached', timeout: READY_TIMEOUT_MS });
    assert.deepEqual(await violations(page, d), [], 'Content Security Policy violations in the embedding demo');
    const shares = (await readdir(path.join(site.dist, 'share'))).filter((f) => f.endsWith('.html'));
    assert.ok(shares.includes('KAZ.html'), `the build has share/KAZ.html (share pages: ${shares.length})`);
    // A share page sends the browser on to the app (meta refresh or its inline script),
    // which then draws Kazakhstan's view. The navigation resets the in-page list of
    // violations, so the console lines (kept by `d` across documents) are what count.
    await page.goto(`${site.url}/share/KAZ.html`);
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('country') === 'KAZ', { timeout: 15_000 });
    await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: READY_TIMEOUT_MS });
    await page.getByTestId('panel').getByRole('heading', { level: 2, name: 'Kazakhstan' }).waitFor();
    assertNoPanic(d);
    assert.deepEqual(await violations(page, d), [], 'Content Security Policy violations');
    assertClean(d);
  } finally {
    await context.close();
  }
});
