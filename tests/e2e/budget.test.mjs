// The first-load byte budget, measured on the release build in dist/: every request
// the page makes until the map is drawn (`data-map-ready`), each file compressed
// with gzip -9 and brotli -q 11 the way a static host would serve it.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import zlib from 'node:zlib';
import { DIST, assertNoPanic, openApp, server, withPage } from './harness.mjs';

/**
 * The limit: the first load fits "within 300 KB compressed". Measured with brotli
 * (quality 11), which is what the production server sends (`deploy/`: nginx with
 * `brotli_static`, exercised by nginx.test.mjs); gzip is printed for comparison.
 */
export const FIRST_LOAD_LIMIT_BYTES = 300 * 1024;
/** What we aim for; only reported, not enforced. */
export const FIRST_LOAD_TARGET_BYTES = 200 * 1024;
/**
 * What the test enforces until the first load fits FIRST_LOAD_LIMIT_BYTES: the size the
 * release build had reached when this was last lowered (307.8 KB with brotli, November
 * 2026), plus about 1%. It is a ratchet, not the goal: the first load may not grow, every byte
 * saved should lower it, and it must never be raised to let a change through. The gap to
 * the limit is printed on every run and reported in issue 2, which stays open until the
 * limit itself is asserted again (set this constant to FIRST_LOAD_LIMIT_BYTES then).
 */
export const FIRST_LOAD_CEILING_BYTES = 311 * 1024;

const kb = (bytes) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

function compressedSizes(bytes) {
  const gzip = zlib.gzipSync(bytes, { level: 9 }).length;
  const brotli = zlib.brotliCompressSync(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
  return { raw: bytes.length, gzip, brotli };
}

/** The dist/ file a same-origin URL was served from. */
function distFile(url) {
  let rel = decodeURIComponent(new URL(url).pathname);
  if (rel.endsWith('/')) rel += 'index.html';
  return path.join(DIST, path.normalize(rel));
}

function printTable(rows, totals) {
  const width = Math.max(30, ...rows.map((r) => r.file.length));
  const line = (file, raw, gzip, brotli) =>
    `${file.padEnd(width)}  ${raw.padStart(10)}  ${gzip.padStart(10)}  ${brotli.padStart(10)}`;
  const out = [
    '',
    `First load of the release build (${rows.length} files, requested before data-map-ready):`,
    line('file', 'raw', 'gzip -9', 'brotli 11'),
    ...rows.map((r) => line(r.file, kb(r.raw), kb(r.gzip), kb(r.brotli))),
    line('TOTAL', kb(totals.raw), kb(totals.gzip), kb(totals.brotli)),
    '',
    `brotli total ${kb(totals.brotli)} vs limit ${kb(FIRST_LOAD_LIMIT_BYTES)}: ` +
      (totals.brotli <= FIRST_LOAD_LIMIT_BYTES
        ? `within, ${kb(FIRST_LOAD_LIMIT_BYTES - totals.brotli)} to spare`
        : `OVER by ${kb(totals.brotli - FIRST_LOAD_LIMIT_BYTES)}`),
    `brotli total ${kb(totals.brotli)} vs enforced ceiling ${kb(FIRST_LOAD_CEILING_BYTES)}: ` +
      (totals.brotli <= FIRST_LOAD_CEILING_BYTES
        ? `within, ${kb(FIRST_LOAD_CEILING_BYTES - totals.brotli)} to spare`
        : `OVER by ${kb(totals.brotli - FIRST_LOAD_CEILING_BYTES)}`),
    `brotli total ${kb(totals.brotli)} vs target ${kb(FIRST_LOAD_TARGET_BYTES)}: ` +
      (totals.brotli <= FIRST_LOAD_TARGET_BYTES
        ? `within, ${kb(FIRST_LOAD_TARGET_BYTES - totals.brotli)} to spare`
        : `over by ${kb(totals.brotli - FIRST_LOAD_TARGET_BYTES)}`),
    `(gzip total ${kb(totals.gzip)})`,
    '',
  ];
  console.log(out.join('\n'));
}

test('the first load of the release build does not grow past its ceiling (the 300 KB limit is not met yet: see the printed gap)', { timeout: 120_000 }, async () => {
  const requested = [];
  let recording = true;

  await withPage(async (page) => {
    page.on('request', (req) => {
      if (recording) requested.push(req.url());
    });
    const diagnostics = await openApp(page);
    recording = false;
    assertNoPanic(diagnostics);
  });

  const origin = new URL(server.url).origin;
  const network = [...new Set(requested)].filter((u) => /^https?:/.test(u));
  const external = network.filter((u) => new URL(u).origin !== origin);
  assert.deepEqual(external, [], 'the first load requests other origins, which this budget cannot measure');

  const rows = [];
  const missing = [];
  for (const url of network) {
    const file = distFile(url);
    const bytes = await readFile(file).catch(() => null);
    if (bytes) rows.push({ file: path.relative(DIST, file), ...compressedSizes(bytes) });
    else missing.push(url);
  }
  rows.sort((a, b) => b.gzip - a.gzip);
  const totals = rows.reduce(
    (t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  printTable(rows, totals);
  assert.deepEqual(missing, [], 'the first load asks for files the build does not have');
  // The geometry and data start downloading with the Wasm: index.html preloads each of them.
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  const preloaded = new Set(
    [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous"/g)].map((m) => m[1]),
  );
  const dataFiles = network.map((u) => new URL(u).pathname.slice(1)).filter((p) => p.startsWith('data/'));
  // What the default view shows: the geometry, the countries (colours), the events (the
  // markers of the default layer), the organisation (the About panel) and the English
  // names. Quotes and diaspora records load when a view shows them (content.test.mjs).
  assert.deepEqual(
    [...dataFiles].sort(),
    ['data/countries.json', 'data/events.json', 'data/names/en.json', 'data/organization.json', 'data/world.geojson'],
    'the data files of the first load',
  );
  assert.deepEqual(dataFiles.filter((p) => !preloaded.has(p)), [], 'data files the first load fetches without a preload');
  assert.ok(rows.some((r) => r.file.endsWith('.wasm')), 'the first load fetched no .wasm file');
  assert.ok(
    totals.brotli <= FIRST_LOAD_CEILING_BYTES,
    `first load is ${kb(totals.brotli)} with brotli (${kb(totals.gzip)} gzipped), over its ceiling of ` +
      `${kb(FIRST_LOAD_CEILING_BYTES)} (and ${kb(totals.brotli - FIRST_LOAD_LIMIT_BYTES)} over the issue's ` +
      `${kb(FIRST_LOAD_LIMIT_BYTES)} limit)`,
  );
});
