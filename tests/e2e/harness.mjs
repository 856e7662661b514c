// Shared set-up for the end-to-end tests: one static server for dist/ and one
// Chromium per test process, a fresh browser context per `withPage`.
//
//   import { withPage, openApp, assertNoPanic } from './harness.mjs';
//
//   test('…', async () => {
//     await withPage(async (page) => {
//       await openApp(page, 'lang=en');
//       …
//     }, { expect: { failedRequests: [/world-outer/] } });   // what this test provokes
//
// Every `withPage` fails, after its function, on a panic, an uncaught page error, a
// console error or a failed request the test did not declare in `expect`.
//   });
//
// Importing this module registers a `before` hook (start the server) and an `after`
// hook (close the browser and the server) on the importing test file.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built app: scripts/test.sh builds it with `trunk build --release`. */
export const DIST = path.resolve(process.env.ATLAS_DIST ?? path.join(REPO_ROOT, 'dist'));

/** The split points' files, from split-wasm's meta tag in dist/index.html: { country_panel: [...], ... }. */
export function chunkFiles() {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const content = html.match(/<meta name="ots-atlas-chunks" content="([^"]*)">/)?.[1];
  assert.ok(content, 'index.html has the ots-atlas-chunks meta tag (split-wasm)');
  return Object.fromEntries(content.split(';').map((entry) => {
    const [name, files] = entry.split('=');
    return [name, files.split(' ').map((f) => path.basename(f))];
  }));
}
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A data or version download that a page still fetching after its first view cut short
 * when it was opened again (reload, goto, a new address). */
export const LATE_DATA_CUT_SHORT = /^net::ERR_ABORTED http:\S+\/(version\.json|data\/[\w./-]+)\?[vt]=\w+$/;
/** What such a page may report, its chunks' downloads and the page's icon (which the
 * browser asks for after the page has loaded) included: a test that opens the page again
 * while it may still be loading declares it with `{ expect: LATE_LOADS_CUT_SHORT }`. */
export const LATE_LOADS_CUT_SHORT = {
  failedRequests: [
    LATE_DATA_CUT_SHORT,
    /^net::ERR_ABORTED http:\S+\/(split_\w+|chunk_\d+)-[0-9a-f]+\.wasm$/,
    /^net::ERR_ABORTED http:\S+\/favicon-[0-9a-f]+\.svg$/,
  ],
  consoleErrors: [/^TypeError: WebAssembly compilation aborted: Network error: Response body loading was aborted$/],
};
/** How long the app may take to set `data-map-ready` on <html>. */
export const READY_TIMEOUT_MS = 30_000;
export const READY_SELECTOR = 'html[data-map-ready]';
export const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

// Playwright already runs headless with a fresh temporary profile (--user-data-dir).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `server.url` (e.g. http://127.0.0.1:41234) once the `before` hook has run. */
export const server = { url: '', close: async () => {} };
let browserPromise;

before(async () => {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html is missing: build the app first (trunk build --release)`);
  }
  Object.assign(server, await startServer({ root: DIST, port: 0 }));
});

after(async () => {
  if (browserPromise) await (await browserPromise).close();
  await server.close();
});

/** Launches Debian's Chromium through playwright-core (no downloaded browser). */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/**
 * Runs `fn(page)` in a new browser context (its own cookies and storage) and closes it
 * afterwards. Console messages and page errors are collected from the start: see
 * `diagnostics(page)`. Options go to `browser.newContext` (viewport, locale, …), except
 * `expect`: once `fn` has finished, the test FAILS on any panic, uncaught page error,
 * console error or failed request (status ≥ 400 or a network failure) that it did not
 * declare there (see `assertClean`), e.g.
 * `withPage(fn, { expect: { failedRequests: [/world-outer/], consoleErrors: [/retry/] } })`.
 */
export async function withPage(fn, { viewport = DEFAULT_VIEWPORT, serviceWorkers = 'block', expect = {}, ...contextOptions } = {}) {
  browserPromise ??= launchBrowser();
  // The app installs its offline copy (sw.js) 5 s after the map is ready; a worker that
  // answers the page's requests would hide them from `page.route`. The offline test
  // allows it.
  const context = await (await browserPromise).newContext({ viewport, serviceWorkers, ...contextOptions });
  try {
    const pages = [];
    context.on('page', (p) => pages.push(p));
    const page = await context.newPage();
    watch(page);
    const result = await fn(page);
    for (const p of new Set([page, ...pages])) assertClean(watch(p), expect);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Fails on what the page reported that the test did not declare in `expect`:
 * `panics` (true to allow them), and lists of patterns for `pageErrors`, `consoleErrors`
 * and `failedRequests` (each report must match one of them). Chromium's own console line
 * for a failed load ("Failed to load resource") is judged as the failed request it is.
 */
export function assertClean(d, expect = {}) {
  const allowed = (list, text) => (list ?? []).some((re) => re.test(text));
  const problems = [
    ...(expect.panics ? [] : d.panics.map((t) => `panic: ${t}`)),
    ...d.pageErrors.filter((t) => !allowed(expect.pageErrors, t)).map((t) => `uncaught page error: ${t}`),
    ...d.consoleErrors
      .filter((t) => !/^Failed to load resource/.test(t) && !t.includes('panicked'))
      .filter((t) => !allowed(expect.consoleErrors, t))
      .map((t) => `console error: ${t}`),
    ...d.failedRequests.filter((t) => !allowed(expect.failedRequests, t)).map((t) => `failed request: ${t}`),
  ];
  assert.deepEqual(problems, [], `the page reported problems the test does not expect:\n${problems.join('\n')}`);
}

const watched = new WeakMap();

/**
 * What the page reported so far: `messages` (every console line as "[type] text"),
 * `consoleErrors`, `pageErrors` (uncaught exceptions), `panics` (any console message
 * or page error containing "panicked") and `failedRequests` ("404 http://…").
 */
export function diagnostics(page) {
  return watched.get(page) ?? watch(page);
}

function watch(page) {
  if (watched.has(page)) return watched.get(page);
  let fail;
  const d = {
    messages: [],
    consoleErrors: [],
    pageErrors: [],
    panics: [],
    failedRequests: [],
    /**
     * Rejects at the first panic, or 2 s after the first uncaught error (time for the
     * app to become ready anyway): lets a wait stop early instead of timing out.
     */
    crashed: new Promise((_, reject) => (fail = reject)),
  };
  d.crashed.catch(() => {});
  const checkPanic = (text) => {
    if (!text.includes('panicked')) return;
    d.panics.push(text);
    fail(new Error(`the app panicked:\n${text}`));
  };
  page.on('console', (msg) => {
    const text = msg.text();
    d.messages.push(`[${msg.type()}] ${text}`);
    if (msg.type() === 'error') d.consoleErrors.push(text);
    checkPanic(text);
  });
  page.on('pageerror', (err) => {
    const text = String(err?.stack ?? err);
    d.pageErrors.push(text);
    checkPanic(text);
    setTimeout(() => fail(new Error(`uncaught error in the page: ${text.split('\n')[0]}`)), 2000);
  });
  page.on('requestfailed', (req) => d.failedRequests.push(`${req.failure()?.errorText} ${req.url()}`));
  page.on('response', (res) => {
    if (res.status() >= 400) d.failedRequests.push(`${res.status()} ${res.url()}`);
  });
  watched.set(page, d);
  return d;
}

/**
 * Opens the app at `/?query` (a string, or an object of query parameters) and waits
 * until the map is drawn (`html[data-map-ready]`). Fails with the page's console
 * errors when that does not happen within READY_TIMEOUT_MS, or as soon as the app
 * panics or has been dead (an uncaught error, not ready) for 2 s.
 * Returns `diagnostics(page)`.
 */
export async function openApp(page, query = '') {
  return openAppAt(page, server.url, query);
}

/** `openApp` on another server (`base`: its address, without a trailing slash). */
export async function openAppAt(page, base, query = '') {
  const d = watch(page);
  const search = typeof query === 'string' ? query.replace(/^\?/, '') : new URLSearchParams(query).toString();
  const url = `${base}/${search ? `?${search}` : ''}`;
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
    await Promise.race([
      page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: READY_TIMEOUT_MS }),
      d.crashed,
    ]);
  } catch (err) {
    const body = await page
      .evaluate(() => document.body?.innerText.slice(0, 300) ?? '')
      .catch(() => '(page unavailable)');
    throw new Error(
      [
        `The map did not become ready at ${url} (${READY_SELECTOR}): ${err.message.split('\n')[0]}`,
        ...(d.panics.length ? ['Panics:', ...d.panics] : []),
        ...(d.pageErrors.length ? ['Page errors:', ...d.pageErrors] : []),
        ...(d.consoleErrors.length ? ['Console errors:', ...d.consoleErrors] : []),
        ...(d.failedRequests.length ? ['Failed requests:', ...d.failedRequests] : []),
        `Page text: ${JSON.stringify(body)}`,
      ].join('\n  '),
      { cause: err },
    );
  }
  return d;
}

/** Fails when any console message or page error contains "panicked". */
export function assertNoPanic(d) {
  assert.deepEqual(d.panics, [], `the app panicked:\n${d.panics.join('\n')}`);
}

/**
 * Scrolls a record of a panel into view and waits until it is laid out. Records far down
 * a panel are skipped by the renderer (`content-visibility: auto`) until they come near
 * the visible part, and their `innerText` is empty until the frame after that.
 */
export async function reveal(locator) {
  // Within 10 s, or the test fails (a page that never lays the record out must not hang).
  // The locator is resolved again on every try: the panel's body may be written anew
  // (when a later file arrives), which replaces the element found before.
  const until = Date.now() + 10_000;
  for (;;) {
    await locator.scrollIntoViewIfNeeded();
    const laidOut = await locator.evaluate((el) => new Promise((resolve) => {
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(el.isConnected && el.innerText.trim() !== '')));
    }));
    if (laidOut) return;
    if (Date.now() > until) throw new Error(`record ${await locator.getAttribute('id')} has no text after 10 s`);
  }
}

/**
 * Holds every request matching `url` (a `page.route` pattern) until the returned `release()`
 * is called, then lets them through: a download that arrives late, on cue.
 */
export async function holdRequests(page, url) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Holds every request for the Wasm (the static first paint stays, the app does not start) until `release()` is called. Returns `release` and
 * `requested`, a promise that settles once the page has asked for it.
 */
export async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let requestedNow;
  const requested = new Promise((resolve) => (requestedNow = resolve));
  await page.route('**/*_bg.wasm*', async (route) => {
    requestedNow();
    await released;
    await route.continue();
  });
  return { release, requested };
}
