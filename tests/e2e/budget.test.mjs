// The first-load byte budget, measured as served by the production configuration: the
// release build in dist/, precompressed, behind a real nginx with deploy/nginx.conf (as in
// nginx.test.mjs), once with the brotli_static module and once with gzip_static only
// (deploy/README.md allows both). For several first views (the default one, a country
// link, the diaspora layer, another language, a phone, and all of them at once) it sums the
// bytes on the wire (CDP `Network.loadingFinished.encodedDataLength`: the compressed body
// plus the response headers) of every request made until the map is drawn
// (`data-map-ready`), per request, so a file downloaded twice counts twice. What the page
// fetches in the seconds after (the geometry beyond the first view, the quotes and the
// diaspora records) is printed too, and must be data only.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startNginx } from '../../deploy/run.mjs';
import { DIST, chunkFiles, openAppAt, withPage } from './harness.mjs';

/**
 * The limit of the first load's bodies with brotli, which is what the production server
 * sends (`deploy/`: nginx with `brotli_static`; nginx.test.mjs fails without it). The views
 * marked as held below keep to it. 300 KB until issue 16, which asked for 230 KB "or what
 * you reach": it reached 240.7 KB for the default view and 246.2 KB for a Kazakh browser
 * (December 2026), so the limit was 250 KB, a few KB above the heaviest held view.
 * Issue 18's tours, quiz and worksheet load their code and data when used, but each adds
 * its URL parameters, its notices and its chunk's loading glue to the first-load Wasm
 * (+6.1 KB with brotli together), while the English names left a Kazakh browser's first
 * load (−2.9 KB): the Kazakh browser's first load came to 251.1 KB. Then the reader of the
 * full data files (every record type and its checks) moved into a chunk that comes with
 * those files after the first view (−10.9 KB of Wasm with brotli; the chunk is 13.3 KB plus
 * 4.9 KB of code it shares, fetched a second after ready): 237.3 KB for the default view and
 * 241.1 KB for a Kazakh browser, below where they were before issue 18, so the limit was 242 KB.
 * Those figures left out index.html's own body (Chromium reports no data events for the
 * page: fixed below, December 2026); counted, they were 249.2 KB and 253.0 KB. Then the
 * map's country shapes became one string of markup (−1.45 KB of Wasm with brotli), the
 * first view's organisation reader left out the lists that file does not have (−1.44 KB)
 * and index.html lost its comments and its inline scripts were minified (−1.7 KB): 244.8 KB
 * for the default view and 248.6 KB for a Kazakh browser, with index.html, so the limit is
 * 249 KB.
 */
export const FIRST_LOAD_LIMIT_BYTES = 249 * 1024;
/**
 * A server with gzip_static only (the fallback deploy/README.md documents) sends more: no held
 * view may pass this ceiling, which is the brotli limit plus a quarter, about what a gzip
 * build costs more than a brotli one (gzip -9 is 20-25 % larger on this Wasm and data).
 */
export const GZIP_FIRST_LOAD_LIMIT_BYTES = FIRST_LOAD_LIMIT_BYTES * 1.25;
/** What we aim for with brotli; only reported, not enforced. */
export const FIRST_LOAD_TARGET_BYTES = 200 * 1024;
/** How long the test keeps listening after the map is ready, for what follows it. */
const AFTER_READY_MS = 2500;

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/**
 * The first views measured: [name, query, withPage options, held to the limits]. The limits
 * hold the bodies (what the files weigh compressed): the headers on the wire, about 1 KB a
 * response, mostly the Content-Security-Policy, are printed beside them. A link to a
 * country or to the diaspora layer preloads the quotes and diaspora records into its first
 * load (content.test.mjs): those views are printed and not yet held to the limits, until a
 * first-view data file takes those records out of the first load (issue 16).
 */
const VIEWS = [
  ['the default view (English, desktop)', '', {}, true],
  ['a link to a country (country=KAZ)', 'country=KAZ', {}, false],
  ['the diaspora layer (layers=diaspora)', 'layers=diaspora', {}, false],
  ['a Kazakh-language browser', '', { locale: 'kk-KZ' }, true],
  ['a phone', '', PHONE, true],
  ['a Kazakh phone following a diaspora link to a country', 'country=KAZ&layers=diaspora', { ...PHONE, locale: 'kk-KZ' }, false],
];

/**
 * The code that reads the full data files (split-wasm's `full_data` split point and the
 * shared chunks it needs, from index.html's meta tag): it comes with those files, after the
 * first view, and is the one piece of code allowed to.
 */
const FULL_DATA_READER = new Set(chunkFiles().full_data ?? []);

const kb = (bytes) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);
const servers = { br: null, gzip: null };

before(async () => {
  // Two copies of the production site: brotli_static (required: 'on' fails without the
  // module) and gzip_static only.
  [servers.br, servers.gzip] = await Promise.all([
    startNginx({ dist: DIST, brotli: 'on' }),
    startNginx({ dist: DIST, brotli: 'off' }),
  ]);
});

after(async () => {
  await Promise.all(Object.values(servers).map((s) => s?.stop()));
});

/**
 * Opens `query` on `site` and returns every request of the page: { url, file, phase
 * ('first' before data-map-ready, 'later' within AFTER_READY_MS after), status, encoding,
 * wire (bytes received, headers included) }.
 */
async function firstView(site, query, options) {
  return withPage(async (page) => {
    const cdp = await page.context().newCDPSession(page);
    const requests = new Map();
    let phase = 'first';
    let settle = () => {};
    const update = () => settle();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!/^https?:/.test(e.request.url)) return;
      // Each request on its own (a URL asked for twice is two entries).
      if (!requests.has(e.requestId)) requests.set(e.requestId, { url: e.request.url, phase, sentAt: e.wallTime * 1000, done: false, wire: 0, body: 0 });
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = requests.get(e.requestId);
      if (!r) return;
      const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      // `encodedDataLength` here: the bytes of the status line and headers.
      Object.assign(r, { status: e.response.status, encoding: h['content-encoding'] ?? 'identity', type: (h['content-type'] ?? '').split(';')[0], headers: e.response.encodedDataLength });
    });
    cdp.on('Network.dataReceived', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.body += e.encodedDataLength;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      // Chromium reports no `dataReceived` bytes for the page itself (index.html): its body
      // is what came on the wire after its headers. (Until December 2026 the bodies left
      // index.html out: 12.3 KB with brotli then.)
      if (r) Object.assign(r, { done: true, wire: e.encodedDataLength, body: Math.max(r.body, e.encodedDataLength - (r.headers ?? e.encodedDataLength)) });
      update();
    });
    cdp.on('Network.loadingFailed', (e) => {
      const r = requests.get(e.requestId);
      if (r) Object.assign(r, { done: true, failed: e.errorText });
      update();
    });
    // When the app set data-map-ready, by the page's clock (the wall clock, as CDP's
    // `wallTime`): on a busy machine the test may notice the attribute only after the
    // requests that follow it (the outer geometry 0.3 s later) have been sent.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.documentElement?.hasAttribute('data-map-ready')) return;
        window.__atlasReadyAt = performance.timeOrigin + performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-ready'] });
    });
    await cdp.send('Network.enable');
    await openAppAt(page, site.url, query);
    phase = 'later';
    const readyAt = await page.evaluate(() => window.__atlasReadyAt);
    assert.ok(readyAt, 'the time the map became ready');
    for (const r of requests.values()) r.phase = r.sentAt < readyAt ? 'first' : 'later';
    // The page's preloads: the static ones and those its inline script adds for this view.
    const preloads = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="preload"][as="fetch"]')].map((l) => l.getAttribute('href')),
    );
    // Ready means the map is drawn, not just the attribute: the countries have outlines.
    const drawn = await page.locator('path.country:not([d=""])').count();
    assert.ok(drawn >= 100, `data-map-ready with ${drawn} countries drawn`);
    // What follows the first view: an observation window, not a wait for an event.
    await page.waitForTimeout(AFTER_READY_MS);
    // Every request of the first load has finished (bytes are known only then).
    const firstPending = () => [...requests.values()].some((r) => r.phase === 'first' && !r.done);
    // The browser asks for the page's icon on its own schedule, sometimes after a quick
    // map is ready: it belongs to the first load whenever it comes.
    for (const r of requests.values()) if (/\/favicon-[0-9a-f]+\.svg$/.test(new URL(r.url).pathname)) r.phase = 'first';
    while (firstPending()) await new Promise((resolve) => (settle = resolve));
    const rows = [...requests.values()].map((r) => ({ ...r, file: new URL(r.url).pathname.slice(1) || 'index.html' }));
    return Object.assign(rows, { preloads });
  }, options);
}

const total = (rows) => rows.reduce((t, r) => t + r.wire, 0);
const bodies = (rows) => rows.reduce((t, r) => t + r.body, 0);

function printView(name, query, runs) {
  const [br, gzip] = [runs.br.filter((r) => r.phase === 'first'), runs.gzip.filter((r) => r.phase === 'first')];
  const width = Math.max(30, ...br.map((r) => r.file.length));
  const line = (file, a, b) => `${file.padEnd(width)}  ${a.padStart(10)}  ${b.padStart(10)}`;
  const gzipOf = (file) => gzip.filter((r) => r.file === file);
  const later = runs.br.filter((r) => r.phase === 'later');
  const out = [
    '',
    `First load of ${name} (/${query ? `?${query}` : ''}): ${br.length} requests before data-map-ready, bytes on the wire from nginx`,
    line('request', 'brotli', 'gzip only'),
    ...br
      .sort((a, b) => b.wire - a.wire)
      .map((r) => line(`${r.file} [${r.encoding}]`, kb(r.wire), gzipOf(r.file).map((g) => kb(g.wire)).join(' + ') || '-')),
    line('TOTAL', kb(total(br)), kb(total(gzip))),
    line('of which bodies', kb(bodies(br)), kb(bodies(gzip))),
    line('and headers', kb(total(br) - bodies(br)), kb(total(gzip) - bodies(gzip))),
    `brotli ${kb(total(br))} vs limit ${kb(FIRST_LOAD_LIMIT_BYTES)} (${kb(FIRST_LOAD_LIMIT_BYTES - total(br))} to spare), ` +
      `target ${kb(FIRST_LOAD_TARGET_BYTES)}; gzip only ${kb(total(gzip))} vs ceiling ${kb(GZIP_FIRST_LOAD_LIMIT_BYTES)}`,
    `Within ${AFTER_READY_MS / 1000} s after ready (not part of the first load, brotli): ` +
      `${later.map((r) => `${r.file} ${kb(r.wire)}`).join(', ') || 'nothing'}`,
    '',
  ];
  console.log(out.join('\n'));
}

const measured = [];

for (const [name, query, options, held] of VIEWS) {
  const claim = held
    ? `fits within ${FIRST_LOAD_LIMIT_BYTES / 1024} KB with brotli and ${GZIP_FIRST_LOAD_LIMIT_BYTES / 1024} KB with gzip only`
    : 'is measured with brotli and with gzip only';
  test(`the first load of ${name} ${claim}`, { timeout: 120_000 }, async () => {
    const runs = { br: await firstView(servers.br, query, options), gzip: await firstView(servers.gzip, query, options) };
    printView(name, query, runs);
    for (const [encoding, rows] of Object.entries(runs)) {
      const first = rows.filter((r) => r.phase === 'first');
      assert.deepEqual(first.filter((r) => r.failed || r.status !== 200).map((r) => `${r.status ?? r.failed} ${r.url}`), [], `${encoding}: failed requests`);
      const origin = new URL(servers[encoding].url).origin;
      assert.deepEqual(first.filter((r) => new URL(r.url).origin !== origin).map((r) => r.url), [], 'the first load requests other origins');
      // Everything textual (and the Wasm) arrives compressed the way this server can.
      const want = encoding === 'br' ? 'br' : 'gzip';
      const uncompressed = first.filter((r) => r.wire > 1024 && !/^image\/png/.test(r.type) && r.encoding !== want);
      assert.deepEqual(uncompressed.map((r) => `${r.file} ${r.encoding}`), [], `${encoding}: files not sent with ${want}`);
      assert.ok(first.some((r) => r.file.endsWith('.wasm')), 'the first load fetched no .wasm file');
      // After the first view, only data follows, with the code that reads the full files:
      // no other code, style or font moved past ready.
      assert.ok(FULL_DATA_READER.size > 0, 'index.html names the full files\' reader (split-wasm)');
      const laterNonData = rows.filter((r) => r.phase === 'later' && !r.file.startsWith('data/') && r.file !== 'version.json' && !FULL_DATA_READER.has(r.file));
      assert.deepEqual(laterNonData.map((r) => r.file), [], `${encoding}: files other than data fetched after ready`);
    }
    const br = total(runs.br.filter((r) => r.phase === 'first'));
    const gzip = total(runs.gzip.filter((r) => r.phase === 'first'));
    measured.push({ name, br, gzip, brBodies: bodies(runs.br.filter((r) => r.phase === 'first')), gzipBodies: bodies(runs.gzip.filter((r) => r.phase === 'first')) });
    if (query === '' && !options.locale && !options.isMobile) await checkDefaultView(runs.br);
    if (!held) return;
    const [brBodies, gzipBodies] = [bodies(runs.br.filter((r) => r.phase === 'first')), bodies(runs.gzip.filter((r) => r.phase === 'first'))];
    assert.ok(brBodies <= FIRST_LOAD_LIMIT_BYTES, `${name}: the first load is ${kb(brBodies)} with brotli (${kb(br)} with headers), over the limit of ${kb(FIRST_LOAD_LIMIT_BYTES)}`);
    assert.ok(gzipBodies <= GZIP_FIRST_LOAD_LIMIT_BYTES, `${name}: the first load is ${kb(gzipBodies)} with gzip only (${kb(gzip)} with headers), over the ceiling of ${kb(GZIP_FIRST_LOAD_LIMIT_BYTES)}`);
  });
}

/** The default view's files: exactly these data files, each preloaded, and what follows. */
async function checkDefaultView(rows) {
  const preloaded = new Set(rows.preloads);
  const first = rows.filter((r) => r.phase === 'first');
  const dataRequests = first.map((r) => new URL(r.url)).filter((u) => u.pathname.startsWith('/data/')).map((u) => u.pathname.slice(1) + u.search);
  // What the default view shows: the geometry, the English names and first-view.json (the
  // colours, the markers of the default layer and their tooltips, the About panel). The
  // full countries, events and organisation files follow, with the quotes and diaspora
  // records (first-view.test.mjs).
  assert.deepEqual(
    dataRequests.map((p) => p.replace(/\?.*/, '')).sort(),
    ['data/first-view.json', 'data/names/en.json', 'data/world.json'],
    'the data files of the first load (each once)',
  );
  assert.deepEqual(dataRequests.filter((p) => !preloaded.has(p)), [], 'data files the first load fetches without a preload');
  assert.ok(dataRequests.every((p) => /\?v=[0-9a-f]{16}$/.test(p)), `data files carry the data version: ${dataRequests.join(' ')}`);
  // No file of the first load is downloaded twice (a preload the fetch does not reuse).
  const files = first.map((r) => r.file);
  assert.deepEqual(files.filter((f, i) => files.indexOf(f) !== i), [], 'files downloaded twice in the first load');
  // The geometry beyond the first view, the quotes and the diaspora records follow.
  assert.deepEqual(
    rows.filter((r) => r.phase === 'later' && r.file.startsWith('data/')).map((r) => r.file).sort(),
    [
      'data/changelog.json', 'data/countries.json', 'data/diaspora.json', 'data/events.json', 'data/organization.json',
      'data/publishers.json', 'data/quotes.json', 'data/world-outer.json',
    ],
    'the data files fetched once the map is up',
  );
}

// A summary of every view measured, once they all ran.
after(() => {
  if (!measured.length) return;
  const width = Math.max(...measured.map((m) => m.name.length));
  console.log(
    [
      '',
      `First loads on the wire (nginx, deploy/nginx.conf), limit ${kb(FIRST_LOAD_LIMIT_BYTES)} with brotli, ceiling ${kb(GZIP_FIRST_LOAD_LIMIT_BYTES)} with gzip only:`,
      `${'view'.padEnd(width)}  ${'brotli'.padStart(10)}  ${'gzip only'.padStart(10)}  (bodies alone: brotli, gzip)`,
      ...measured.map((m) => `${m.name.padEnd(width)}  ${kb(m.br).padStart(10)}  ${kb(m.gzip).padStart(10)}  (${kb(m.brBodies)}, ${kb(m.gzipBodies)})`),
      '',
    ].join('\n'),
  );
});
