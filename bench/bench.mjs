#!/usr/bin/env node
// The browser half of `scripts/bench.sh`: serves a built, precompressed dist/ on
// 127.0.0.1, measures the app in headless Chromium over several interleaved rounds (a
// fresh browser context per round and profile) and prints a report with the targets next
// to the figures. Never fails on a time: exits 1 only when something broke (the app did
// not become ready, panicked, or a measurement could not be taken).
//
//   node bench/bench.mjs --dist DIR [--rounds 5] [--json bench/last-run.json]
//        [--raw-wasm FILE] [--geometry FILE] [--stress-events 2000] [--stress-figures 2000]
//        [--seed 2024] [--no-stress] [--peer DIR]
//
// --raw-wasm: the wasm-bindgen output before wasm-opt (bench.sh builds it), to compare
// with the optimised file in dist. --geometry: the JSON that
// `cargo run --release --example geometry_bench -- --json` printed. --peer: the Leaflet
// page that bench/peer/build.mjs wrote (precompressed), measured in the same rounds,
// interleaved with the app, and compared with it (ours ÷ Leaflet). See bench/README.md.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliBytes, gzipBytes, precompressFile } from '../scripts/precompress.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// playwright-core is installed once, for the end-to-end tests (scripts/setup.sh).
const { chromium } = createRequire(path.join(REPO_ROOT, 'tests/e2e/package.json'))('playwright-core');

// ------------------------------------------------------------------ settings

/** Flags of every benchmark browser (Playwright adds its own headless and profile flags). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // As in tests/e2e/harness.mjs: containers often have a small /dev/shm.
  '--disable-dev-shm-usage',
];

/** Fast 3G as the brief states it, in the units CDP takes (bytes per second, ms). */
export const FAST_3G = {
  offline: false,
  downloadThroughput: 200_000, // 1.6 Mbit/s
  uploadThroughput: 93_750, // 750 kbit/s
  latency: 150, // ms added to every request (round-trip time)
};
export const CPU_SLOWDOWN = 4;

export const PROFILES = {
  unthrottled: {
    label: 'unthrottled (1280×800)',
    context: { viewport: { width: 1280, height: 800 } },
    cpu: 1,
    network: null,
    samples: { hover: 12, click: 6, layers: 3, year: 6, panMoves: 60, wheelEvents: 20 },
  },
  mobile: {
    label: `mobile (412×823 @1.75x, CPU ×${CPU_SLOWDOWN}, Fast 3G)`,
    context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
    cpu: CPU_SLOWDOWN,
    network: FAST_3G,
    samples: { hover: 6, click: 3, layers: 2, year: 4, panMoves: 40, wheelEvents: 14 },
  },
};

/** Where the brief's targets apply; `profiles` lists the columns the verdict is given for. */
export const TARGETS = [
  { key: 'firstLoad', label: 'first load ≤ 200 KB compressed', limit: 200 * 1024 },
  { key: 'load.mapVisible', label: 'mobile: map visible ≤ 2.0 s', limit: 2000, profiles: ['mobile'] },
  { key: 'load.mapReady', label: 'mobile: interactive ≤ 3.0 s', limit: 3000, profiles: ['mobile'] },
  { key: 'hoverWork.p95', label: 'unthrottled hover p95 ≤ 16 ms', limit: 16, profiles: ['unthrottled'] },
  { key: 'clickWork.p95', label: 'unthrottled click-to-panel p95 ≤ 16 ms', limit: 16, profiles: ['unthrottled'] },
  // rAF intervals are multiples of the 16.67 ms vsync plus jitter: 1 ms of slack.
  { key: 'pan.p95', label: 'pan p95 frame ≤ 16.7 ms', limit: 16.7, slack: 1, profiles: ['unthrottled', 'mobile'] },
  { key: 'zoom.p95', label: 'zoom p95 frame ≤ 16.7 ms', limit: 16.7, slack: 1, profiles: ['unthrottled', 'mobile'] },
  // "Inside one frame": the work a layer toggle or a year change causes (its script, and
  // the rendering of the frame that shows it) fits in one 16.7 ms frame. The time from
  // the change to its frame being painted ("→ painted", printed too) also holds the wait
  // for that frame: the change is made just after a frame, so it is about 16.7 ms
  // even for a change that costs nothing.
  { key: 'layerOnWork.p95', label: 'layer toggle work ≤ 16.7 ms', limit: 16.7, profiles: ['unthrottled'] },
  { key: 'layerOffWork.p95', label: 'layer toggle (off) work ≤ 16.7 ms', limit: 16.7, profiles: ['unthrottled'] },
  { key: 'yearWork.p95', label: 'year change work ≤ 16.7 ms', limit: 16.7, profiles: ['unthrottled'] },
  { key: 'pan.p95', label: 'stress pan p95 ≤ 16.7 ms', limit: 16.7, slack: 1, profiles: ['stress'] },
];

const READY_TIMEOUT_MS = 90_000;
/** Countries tried for hovering, in order; those not on screen are skipped. */
const HOVER_CODES = ['KAZ', 'TUR', 'UZB', 'AZE', 'KGZ', 'TKM', 'HUN', 'MNG', 'IRN', 'RUS', 'CHN', 'UKR'];

// ------------------------------------------------------------------ arguments

function parseArgs(argv) {
  const opts = {
    dist: path.join(REPO_ROOT, 'dist'),
    rounds: 5,
    json: path.join(REPO_ROOT, 'bench/last-run.json'),
    rawWasm: null,
    geometry: null,
    stressEvents: 2000,
    stressFigures: 2000,
    seed: 2024,
    stress: true,
    peer: null,
  };
  const take = (i, name) => {
    if (i + 1 >= argv.length) throw new Error(`${name} needs a value`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const int = (name) => {
      const v = Number(take(i, name));
      if (!Number.isInteger(v) || v < 0) throw new Error(`${name}: not a whole number`);
      i++;
      return v;
    };
    switch (a) {
      case '--dist': opts.dist = path.resolve(take(i++, a)); break;
      case '--rounds': opts.rounds = Math.max(1, int(a)); break;
      case '--json': opts.json = path.resolve(take(i++, a)); break;
      case '--raw-wasm': opts.rawWasm = path.resolve(take(i++, a)); break;
      case '--geometry': opts.geometry = path.resolve(take(i++, a)); break;
      case '--stress-events': opts.stressEvents = int(a); break;
      case '--stress-figures': opts.stressFigures = int(a); break;
      case '--seed': opts.seed = int(a); break;
      case '--no-stress': opts.stress = false; break;
      case '--peer': opts.peer = path.resolve(take(i++, a)); break;
      default: throw new Error(`unknown option ${a}`);
    }
  }
  return opts;
}

// ------------------------------------------------------------------ statistics

function percentile(values, p) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return null;
  const rank = (p / 100) * (v.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return v[lo] + (v[hi] - v[lo]) * (rank - lo);
}
const median = (values) => percentile(values, 50);

/** p50, p95, max and count of a list of samples. */
function dist(values) {
  const v = values.filter(Number.isFinite);
  return { p50: percentile(v, 50), p95: percentile(v, 95), max: v.length ? Math.max(...v) : null, n: v.length };
}

/** Median and range over rounds of one scalar. */
function acrossRounds(values) {
  const v = values.filter(Number.isFinite);
  if (!v.length) return null;
  return { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length };
}

function get(obj, key) {
  return key.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

// ------------------------------------------------------------------ formatting

const kb = (bytes) => (bytes == null ? '-' : bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);
const int = (n) => (n == null ? '-' : Math.round(n).toLocaleString('en-US'));
function ms(n) {
  if (n == null || !Number.isFinite(n)) return '-';
  return n >= 100 ? `${Math.round(n)}` : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

// ------------------------------------------------------------------ in-page helpers

/**
 * Installed before any script of the page: records the paint timings, when the first
 * country shape is in the DOM and painted, when `data-map-ready` appears, and offers the
 * helpers the measurements call (`window.__bench`). All times are `performance.now()`,
 * i.e. milliseconds since the navigation started.
 */
export function pageInit() {
  const B = (window.__bench = {
    fcp: null,
    lcp: null,
    lcpElement: null,
    mapInDom: null,
    mapPainted: null,
    bootMapInHtml: null,
    mapReady: null,
    wasmStarted: null,
    wasm: null,
    violations: [],
  });
  const describe = (el) =>
    el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}` : null;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') B.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        B.lcp = e.startTime;
        B.lcpElement = describe(e.element);
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    /* older browsers: the values stay null */
  }
  // The static map of index.html (build-previews --no-static-map leaves it out) paints with
  // the first contentful paint: it is in the document the parser starts with.
  addEventListener('DOMContentLoaded', () => (B.bootMapInHtml = !!document.querySelector('svg.boot-map')));
  addEventListener('securitypolicyviolation', (e) => B.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  addEventListener('TrunkApplicationStarted', (e) => {
    B.wasmStarted = performance.now();
    B.wasm = e.detail && e.detail.wasm;
  });

  /** Resolves with performance.now() once the next frame has been rendered. */
  B.nextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(0);
      }),
    );

  /**
   * The next frame: when its rAF callbacks start and when its rendering is done (a
   * message posted from rAF runs after the frame's style, layout and paint).
   */
  B.nextFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const raf = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ raf, paint: performance.now() });
        channel.port2.postMessage(0);
      }),
    );
  /** When the tasks and microtasks queued so far have run (a message queued now). */
  B.tasksDone = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });

  const loadWatcher = new MutationObserver(() => {
    if (B.mapInDom === null && document.querySelector('[data-testid=map] path.country')) {
      B.mapInDom = performance.now();
      B.nextPaint().then((t) => (B.mapPainted = t));
    }
    if (B.mapReady === null && document.documentElement && document.documentElement.hasAttribute('data-map-ready')) {
      B.mapReady = performance.now();
      B.mapReadyWall = Date.now();
    }
    if (B.mapInDom !== null && B.mapReady !== null) loadWatcher.disconnect();
  });
  loadWatcher.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-map-ready'] });

  /** Resolves with the time `pred()` first holds, checked after every DOM change. */
  B.waitFor = (pred, timeout = 15000, what = 'a condition') =>
    new Promise((resolve, reject) => {
      const check = () => {
        try {
          return Boolean(pred());
        } catch {
          return false;
        }
      };
      if (check()) {
        resolve(performance.now());
        return;
      }
      const observer = new MutationObserver(() => {
        if (check()) {
          stop();
          resolve(performance.now());
        }
      });
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`timed out after ${timeout} ms waiting for ${what}`));
      }, timeout);
      const stop = () => {
        observer.disconnect();
        clearTimeout(timer);
      };
      observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    });

  B.settle = async () => {
    await B.nextPaint();
    await B.nextPaint();
  };

  /**
   * Arms a measurement of the next input event `type` (capture phase, on window) whose
   * target matches `selector`: from the event's timeStamp (when the browser received the
   * input) until `done()` holds, and until the frame after that has been rendered.
   */
  B.arm = (type, selector, done, what) => {
    B.pending = new Promise((resolve, reject) => {
      const onEvent = (ev) => {
        if (!(ev.target instanceof Element) || !ev.target.matches(selector)) return;
        removeEventListener(type, onEvent, true);
        const t0 = ev.timeStamp;
        const handler = performance.now();
        B.waitFor(done, 15000, what).then(async (dom) => {
          const paint = await B.nextPaint();
          // input: from the browser receiving the input to the page seeing it (Chrome
          // delivers pointer moves aligned with frames); work: from there to painted.
          resolve({ input: handler - t0, dom: dom - t0, paint: paint - t0, work: paint - handler });
        }, reject);
      };
      addEventListener(type, onEvent, true);
    });
    B.pending.catch(() => {});
  };
  B.armHover = () =>
    B.arm('pointerover', 'path.country', () => {
      const tip = document.querySelector('[data-testid=tooltip]');
      return tip && tip.textContent.trim();
    }, 'the tooltip');
  B.armClick = (code) =>
    B.arm('click', `path.country[data-code="${code}"]`, () => {
      const h = document.querySelector('[data-testid=panel] h2');
      return h && h.textContent.trim();
    }, 'the panel heading');
  B.result = () => B.pending;

  /** A point well inside the visible part of a country's shape, or null. */
  B.pointIn = (code) => {
    const svg = document.querySelector('[data-testid=map]');
    const el = document.querySelector(`path.country[data-code="${code}"]`);
    if (!svg || !el) return null;
    const r = el.getBoundingClientRect();
    const s = svg.getBoundingClientRect();
    const [x0, x1, y0, y1] = [Math.max(r.left, s.left), Math.min(r.right, s.right), Math.max(r.top, s.top), Math.min(r.bottom, s.bottom)];
    if (x1 - x0 < 4 || y1 - y0 < 4) return null;
    const step = Math.max(2, Math.min(x1 - x0, y1 - y0) / 14);
    const hits = [];
    for (let y = y0 + step / 2; y < y1; y += step) {
      for (let x = x0 + step / 2; x < x1; x += step) if (document.elementFromPoint(x, y) === el) hits.push([x, y]);
    }
    if (!hits.length) return null;
    const cx = hits.reduce((a, p) => a + p[0], 0) / hits.length;
    const cy = hits.reduce((a, p) => a + p[1], 0) / hits.length;
    hits.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
    return { x: hits[0][0], y: hits[0][1] };
  };
  /**
   * A visible point of open sea (no country under it), or null. The app draws the sea
   * as `rect.map__ocean`; the Leaflet peer (bench/peer/) shows its map's background.
   */
  const isSea = (el) =>
    el.matches('rect.map__ocean') ||
    (el.matches('.leaflet-container, .leaflet-pane, .leaflet-pane > svg, .leaflet-pane > svg > g') && !el.closest('.leaflet-control-container'));
  B.oceanPoint = () => {
    const svg = document.querySelector('[data-testid=map]');
    if (!svg) return null;
    const s = svg.getBoundingClientRect();
    for (let y = s.top + 10; y < s.bottom; y += 12) {
      for (let x = s.left + 10; x < s.right; x += 12) {
        const el = document.elementFromPoint(x, y);
        if (el && isSea(el)) return { x, y };
      }
    }
    return null;
  };
  B.mapCenter = () => {
    const s = document.querySelector('[data-testid=map]').getBoundingClientRect();
    return { x: s.left + s.width / 2, y: s.top + s.height * 0.45, width: s.width, height: s.height };
  };

  /** Starts recording requestAnimationFrame timestamps and viewBox changes. */
  /**
   * Resolves once `count` frames in a row came at most 20 ms apart (or after `timeout`
   * ms): the page has finished drawing what it was drawing, rasterising included.
   */
  B.steadyFrames = (count = 10, timeout = 5000) =>
    new Promise((resolve) => {
      const start = performance.now();
      let last = null;
      let steady = 0;
      const loop = (t) => {
        steady = last !== null && t - last <= 20 ? steady + 1 : 0;
        last = t;
        if (steady >= count || t - start > timeout) resolve(steady >= count);
        else requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    });

  // When the last button was released: a pan's frames are those that start before it;
  // the frames after it draw the map where the pan left it (`afterRelease`).
  addEventListener('pointerup', (e) => (B.releasedAt = e.timeStamp), true);

  B.startFrames = () => {
    B.frames = [];
    B.releasedAt = null;
    B.collecting = true;
    B.viewBoxChanges = 0;
    const loop = (t) => {
      if (!B.collecting) return;
      B.frames.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    B.viewBoxWatcher = new MutationObserver((m) => (B.viewBoxChanges += m.length));
    // A drag over a busy map moves it by a CSS transform (the style attribute) and sets
    // the viewBox when it ends: both count as the map moving. Leaflet (the peer) moves
    // its map pane by a transform.
    const moving = document.querySelector('.leaflet-map-pane') ?? document.querySelector('[data-testid=map]');
    B.viewBoxWatcher.observe(moving, { attributes: true, attributeFilter: ['viewBox', 'style'] });
  };
  B.stopFrames = async () => {
    await B.nextPaint();
    // After a release, keep counting until two frames have started after it: the first
    // interval after the release is the one that redraws the map where the drag left it
    // (a frame's rAF time can be earlier than an event handled in it).
    for (let i = 0; i < 10 && B.releasedAt !== null && B.frames.filter((t) => t > B.releasedAt).length < 2; i++) {
      await B.nextPaint();
    }
    B.collecting = false;
    B.viewBoxWatcher.disconnect();
    const f = B.frames;
    const intervals = f.slice(1).map((t, i) => t - f[i]);
    if (B.releasedAt === null) return { intervals, viewBoxChanges: B.viewBoxChanges };
    const during = f.slice(0, -1).map((t) => t <= B.releasedAt);
    return {
      intervals: intervals.filter((_, i) => during[i]),
      afterRelease: intervals.filter((_, i) => !during[i]),
      viewBoxChanges: B.viewBoxChanges,
    };
  };

  const overlaySelector = {
    'layer-initiatives': '[data-testid=marker], [data-testid=marker-group]',
    'layer-diaspora': '[data-testid=flow]',
  };
  /** Switches a layer (checkbox change) and times it until its shapes are (not) there and painted. */
  B.toggleLayer = async (testid, on) => {
    const box = document.querySelector(`[data-testid=${testid}]`);
    const sel = overlaySelector[testid];
    if (!box) throw new Error(`no [data-testid=${testid}]`);
    if (box.checked === on) return null;
    await B.settle();
    const t0 = performance.now();
    box.click();
    const js = await B.tasksDone();
    const dom = await B.waitFor(() => (document.querySelectorAll(sel).length > 0) === on, 15000, `${testid} ${on ? 'shapes' : 'removal'}`);
    const frame = await B.nextFrame();
    // work: the script's part (the click, its microtasks and the tasks they queued at
    // once) plus the rendering of the frame that shows the change; what lies between is
    // the wait for that frame, which depends on when in a frame the input comes.
    const work = Math.max(js, dom) - t0 + (frame.paint - frame.raf);
    return { dom: dom - t0, paint: frame.paint - t0, work, count: document.querySelectorAll(sel).length };
  };
  /** Moves the year slider (input event) and times it until `code`'s class says member or not. */
  B.setYear = async (year, code, member) => {
    const slider = document.querySelector('[data-testid=year-slider]');
    const shape = document.querySelector(`path.country[data-code="${code}"]`);
    if (!slider || !shape) throw new Error('no year slider or no shape');
    await B.settle();
    const t0 = performance.now();
    slider.value = String(year);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    const js = await B.tasksDone();
    const dom = await B.waitFor(() => shape.classList.contains('country--member') === member, 15000, `${code}'s class in ${year}`);
    const frame = await B.nextFrame();
    const work = Math.max(js, dom) - t0 + (frame.paint - frame.raf);
    return { dom: dom - t0, paint: frame.paint - t0, work };
  };
  B.counts = () => ({
    countries: document.querySelectorAll('path.country').length,
    markers: document.querySelectorAll('[data-testid=marker]').length,
    markerGroups: document.querySelectorAll('[data-testid=marker-group]').length,
    groupedEvents: [...document.querySelectorAll('[data-testid=marker-group]')].reduce(
      (n, g) => n + (Number(g.textContent.trim()) || 0),
      0,
    ),
    flows: document.querySelectorAll('[data-testid=flow]').length,
    notices: [...document.querySelectorAll('[data-testid=notice]')].map((n) => n.textContent.trim().slice(0, 300)),
  });
}

// ------------------------------------------------------------------ one page

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Opens a fresh context with the profile's emulation and throttling; returns handles. */
async function openPage(browser, profile, url) {
  // Every round is a first visit: the offline copy's service worker (registered 5 s after
  // ready) would answer later requests of the round from its cache.
  const context = await browser.newContext({ ...profile.context, serviceWorkers: 'block' });
  await context.addInitScript(pageInit);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const log = { console: [], errors: [], panics: [] };
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' || m.type() === 'warning') log.console.push(`[${m.type()}] ${text}`);
    if (text.includes('panicked')) log.panics.push(text);
  });
  page.on('pageerror', (e) => {
    log.errors.push(String(e));
    if (String(e).includes('panicked')) log.panics.push(String(e));
  });

  // Network: bytes on the wire per request (encodedDataLength includes headers).
  const requests = new Map();
  let order = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!requests.has(e.requestId)) requests.set(e.requestId, { url: e.request.url, order: order++, done: false, wall: e.wallTime * 1000 });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    r.status = e.response.status;
    r.encoding = h['content-encoding'] ?? 'identity';
    r.type = (h['content-type'] ?? '').split(';')[0];
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { done: true, wire: e.encodedDataLength });
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { done: true, failed: e.errorText });
  });
  await cdp.send('Network.enable');
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  return { context, page, cdp, log, requests };
}

/** Loads the app and returns the load figures (times in ms since navigation start). */
async function measureLoad(handles, url) {
  const { page, cdp, log, requests } = handles;
  await page.goto(url, { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
  let watch;
  const crashed = new Promise((_, reject) => {
    watch = setInterval(() => {
      if (log.panics.length) reject(new Error(`the app panicked: ${log.panics[0]}`));
    }, 100);
  });
  crashed.catch(() => {});
  try {
    await Promise.race([
      page.waitForSelector('html[data-map-ready]', { state: 'attached', timeout: READY_TIMEOUT_MS }),
      crashed,
    ]);
  } catch (err) {
    const detail = [...log.panics, ...log.errors, ...log.console].slice(0, 5).join('\n    ');
    throw new Error(`the map did not become ready at ${url}: ${err.message.split('\n')[0]}${detail ? `\n    ${detail}` : ''}`);
  } finally {
    clearInterval(watch);
  }
  // The first load: every request made before data-map-ready, once it has finished. The
  // app fetches more soon after (the geometry beyond the first view, 0.3 s later); on a
  // throttled page that can start before this script sees the attribute, so requests sent
  // after the page saw data-map-ready are left out.
  // (Both clocks are the machine's wall clock: CDP's wallTime and the page's Date.now().)
  const readyWall = await page.evaluate(() => window.__bench.mapReadyWall);
  const firstIds = [...requests.keys()].filter((id) => !(requests.get(id).wall > readyWall));
  const deadline = Date.now() + 30_000;
  while (firstIds.some((id) => !requests.get(id).done) && Date.now() < deadline) await sleep(50);
  // Let LCP and the "map painted" frame be recorded.
  await page.evaluate(() => window.__bench.settle());
  const timing = await page.evaluate(() => {
    const B = window.__bench;
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      fcp: B.fcp,
      lcp: B.lcp,
      lcpElement: B.lcpElement,
      mapInDom: B.mapInDom,
      mapPainted: B.mapPainted,
      // When a map is first visible: the static map (at the first paint) or else the app's.
      mapVisible: B.bootMapInHtml && B.fcp !== null ? Math.min(B.fcp, B.mapPainted ?? Infinity) : B.mapPainted,
      mapReady: B.mapReady,
      wasmStarted: B.wasmStarted,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
      wasmMemory: B.wasm && B.wasm.memory ? B.wasm.memory.buffer.byteLength : null,
    };
  });
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  const heap = await cdp.send('Runtime.getHeapUsage');
  const origin = new URL(url).origin;
  const network = firstIds
    .map((id) => requests.get(id))
    .filter((r) => /^https?:/.test(r.url))
    .sort((a, b) => a.order - b.order)
    .map((r) => ({
      path: r.url.startsWith(origin) ? new URL(r.url).pathname : r.url,
      status: r.status ?? null,
      encoding: r.encoding ?? null,
      type: r.type ?? null,
      wire: r.wire ?? null,
      failed: r.failed ?? null,
    }));
  return {
    ...timing,
    heapUsed: heap.usedSize,
    heapTotal: heap.totalSize,
    wireTotal: network.reduce((n, r) => n + (r.wire ?? 0), 0),
    requests: network.length,
    network,
  };
}

/** Input → tooltip, moving from open sea onto a country each time. */
async function measureHover(page, samples) {
  const out = [];
  const targets = [];
  for (const code of HOVER_CODES) {
    const p = await page.evaluate((c) => window.__bench.pointIn(c), code);
    if (p) targets.push({ code, ...p });
  }
  const sea = await page.evaluate(() => window.__bench.oceanPoint());
  if (!targets.length || !sea) throw new Error('no country or no open sea on screen to hover');
  for (let i = 0; i < samples; i++) {
    const t = targets[i % targets.length];
    await page.mouse.move(sea.x, sea.y);
    await page.evaluate(() => window.__bench.waitFor(() => !document.querySelector('[data-testid=tooltip]'), 5000, 'the tooltip to go'));
    await page.evaluate(() => window.__bench.settle());
    await page.evaluate(() => window.__bench.armHover());
    await page.mouse.move(t.x, t.y);
    out.push({ code: t.code, ...(await page.evaluate(() => window.__bench.result())) });
  }
  await page.mouse.move(sea.x, sea.y);
  return out;
}

/** Click on Kazakhstan → the panel's heading; the panel is closed before each click. */
async function measureClick(page, samples) {
  const out = [];
  for (let i = 0; i < samples; i++) {
    if (await page.locator('[data-testid=panel-close]').count()) {
      await page.locator('[data-testid=panel-close]').click();
      await page.evaluate(() => window.__bench.waitFor(() => !document.querySelector('[data-testid=panel] h2'), 5000, 'the panel to close'));
    }
    await page.evaluate(() => window.__bench.settle());
    const p = await page.evaluate(() => window.__bench.pointIn('KAZ'));
    if (!p) throw new Error('Kazakhstan is not on screen');
    await page.evaluate(() => window.__bench.armClick('KAZ'));
    await page.mouse.click(p.x, p.y);
    const r = await page.evaluate(() => window.__bench.result());
    const heading = await page.locator('[data-testid=panel] h2').first().innerText();
    out.push({ ...r, heading });
  }
  if (await page.locator('[data-testid=panel-close]').count()) await page.locator('[data-testid=panel-close]').click();
  await page.evaluate(() => window.__bench.settle());
  return out;
}

/** Sends `count` input steps, one every `every` ms (or as fast as the page acknowledges). */
async function paced(count, every, step) {
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const due = start + i * every;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    await step(i);
  }
}

/** Frame interval statistics; `dropped`: the share of intervals over 20 ms (a frame missed). */
function frameStats({ intervals, afterRelease, viewBoxChanges }) {
  const dropped = intervals.length ? (100 * intervals.filter((t) => t > FRAME_DROPPED_MS).length) / intervals.length : null;
  const settleMax = afterRelease?.length ? Math.max(...afterRelease) : null;
  return { ...dist(intervals), dropped, frames: intervals.length, settleMax, viewBoxChanges };
}
const FRAME_DROPPED_MS = 20;

/** A mouse drag across the map: right, then back left; rAF intervals meanwhile. */
async function measurePan(page, moves) {
  const c = await page.evaluate(() => window.__bench.mapCenter());
  const reach = Math.min(c.width * 0.3, 300);
  await page.mouse.move(c.x, c.y);
  // The pointer now hovers something (a tooltip shows, a flow is highlighted): press once
  // that is drawn, as a person would (a press comes well over ten frames after the move).
  await page.evaluate(() => window.__bench.steadyFrames());
  await page.evaluate(() => window.__bench.startFrames());
  await page.mouse.down();
  const half = Math.floor(moves / 2);
  await paced(moves, 1000 / 60, (i) => {
    const k = i < half ? (i + 1) / half : (moves - i - 1) / (moves - half);
    return page.mouse.move(c.x + reach * k, c.y + reach * 0.25 * k);
  });
  await page.mouse.up();
  const frames = await page.evaluate(() => window.__bench.stopFrames());
  if (process.env.BENCH_DEBUG) console.error('bench: pan frame intervals,', moves, 'moves:', frames.intervals.map((t) => t.toFixed(1)).join(' '), '| after release:', (frames.afterRelease ?? []).map((t) => t.toFixed(1)).join(' '));
  if (!frames.viewBoxChanges) throw new Error('the drag did not move the map (no viewBox or transform change)');
  return frameStats(frames);
}

/** Wheel zooming in and out again at the map's centre; rAF intervals meanwhile. */
async function measureZoom(page, events) {
  const c = await page.evaluate(() => window.__bench.mapCenter());
  await page.mouse.move(c.x, c.y);
  await page.evaluate(() => window.__bench.settle());
  await page.evaluate(() => window.__bench.startFrames());
  const half = Math.floor(events / 2);
  await paced(events, 1000 / 60, (i) => page.mouse.wheel(0, i < half ? -60 : 60));
  const frames = await page.evaluate(() => window.__bench.stopFrames());
  if (!frames.viewBoxChanges) throw new Error('the wheel did not zoom the map (no viewBox change)');
  return frameStats(frames);
}

async function measureLayers(page, samples) {
  const on = [];
  const off = [];
  for (let i = 0; i < samples; i++) {
    for (const layer of ['layer-initiatives', 'layer-diaspora']) {
      const r = await page.evaluate((l) => window.__bench.toggleLayer(l, true), layer);
      if (r) on.push({ layer, ...r });
      const r2 = await page.evaluate((l) => window.__bench.toggleLayer(l, false), layer);
      if (r2) off.push({ layer, ...r2 });
    }
  }
  return { on, off };
}

/** Uzbekistan joined in 2019: 2015 and 2023 differ in its class. */
async function measureYear(page, samples) {
  const out = [];
  for (let i = 0; i < samples; i++) {
    const [year, member] = i % 2 === 0 ? [2015, false] : [2023, true];
    out.push({ year, ...(await page.evaluate(([y, m]) => window.__bench.setYear(y, 'UZB', m), [year, member])) });
  }
  return out;
}

/**
 * One round of one profile: load, then every interaction. Errors are recorded, not thrown.
 * `peer`: the Leaflet page (bench/peer/), which has no layers, year slider or wheel-zoom
 * figure: load, hover, click and pan only.
 */
async function runProfile(browser, profileName, url, { peer = false } = {}) {
  const profile = PROFILES[profileName];
  const handles = await openPage(browser, profile, url);
  const { page } = handles;
  const result = { profile: profileName, peer, errors: [] };
  const attempt = async (name, fn) => {
    try {
      result[name] = await fn();
    } catch (err) {
      result.errors.push(`${name}: ${err.message.split('\n').slice(0, 3).join(' | ')}`);
    }
  };
  try {
    await attempt('load', () => measureLoad(handles, url));
    if (result.load) {
      const s = profile.samples;
      await attempt('hoverSamples', () => measureHover(page, s.hover));
      await attempt('clickSamples', () => measureClick(page, s.click));
      await attempt('pan', () => measurePan(page, s.panMoves));
      if (!peer) {
        await attempt('zoom', () => measureZoom(page, s.wheelEvents));
        await attempt('layerSamples', () => measureLayers(page, s.layers));
        await attempt('yearSamples', () => measureYear(page, s.year));
      }
      result.hover = result.hoverSamples && dist(result.hoverSamples.map((r) => r.paint));
      result.hoverWork = result.hoverSamples && dist(result.hoverSamples.map((r) => r.work));
      result.hoverDom = result.hoverSamples && dist(result.hoverSamples.map((r) => r.dom));
      result.click = result.clickSamples && dist(result.clickSamples.map((r) => r.paint));
      result.clickWork = result.clickSamples && dist(result.clickSamples.map((r) => r.work));
      result.clickDom = result.clickSamples && dist(result.clickSamples.map((r) => r.dom));
      if (result.clickSamples?.some((r) => r.heading !== 'Kazakhstan')) {
        result.errors.push(`click: the panel heading was ${JSON.stringify(result.clickSamples.map((r) => r.heading))}`);
      }
      if (result.layerSamples) {
        result.layerOn = dist(result.layerSamples.on.map((r) => r.paint));
        result.layerOff = dist(result.layerSamples.off.map((r) => r.paint));
        result.layerOnDom = dist(result.layerSamples.on.map((r) => r.dom));
        result.layerOnWork = dist(result.layerSamples.on.map((r) => r.work));
        result.layerOffWork = dist(result.layerSamples.off.map((r) => r.work));
        result.initiativesOn = dist(result.layerSamples.on.filter((r) => r.layer === 'layer-initiatives').map((r) => r.paint));
        result.diasporaOn = dist(result.layerSamples.on.filter((r) => r.layer === 'layer-diaspora').map((r) => r.paint));
      }
      result.year = result.yearSamples && dist(result.yearSamples.map((r) => r.paint));
      result.yearDom = result.yearSamples && dist(result.yearSamples.map((r) => r.dom));
      result.yearWork = result.yearSamples && dist(result.yearSamples.map((r) => r.work));
    }
  } finally {
    result.console = handles.log.console.slice(0, 20);
    result.pageErrors = handles.log.errors.slice(0, 5);
    if (handles.log.panics.length) result.errors.push(`panic: ${handles.log.panics[0]}`);
    await handles.context.close();
  }
  return result;
}

const STRESS_PAN_MOVES = 30;

/** The stress round: both layers on over the generated fixture; load and pan. */
async function runStress(browser, url, expected) {
  const profile = PROFILES.unthrottled;
  const handles = await openPage(browser, profile, url);
  const result = { profile: 'stress', errors: [] };
  try {
    try {
      result.load = await measureLoad(handles, url);
      // The overlays render after the data: wait until the flows are drawn.
      await handles.page.evaluate(
        (n) => window.__bench.waitFor(() => document.querySelectorAll('[data-testid=flow]').length >= n, 60000, `${n} flows`),
        expected.flows,
      );
      result.loadToOverlays = await handles.page.evaluate(() => performance.now());
      result.counts = await handles.page.evaluate(() => window.__bench.counts());
      // Drawing 2,000 flows keeps the raster busy for a while after they are in the DOM
      // (software raster): pan once the frames are steady, or the first drag frame
      // measures the end of that.
      result.steadyBeforePan = await handles.page.evaluate(() => window.__bench.steadyFrames());
      result.pan = await measurePan(handles.page, STRESS_PAN_MOVES);
    } catch (err) {
      const counts = await handles.page.evaluate(() => window.__bench?.counts()).catch(() => null);
      result.counts ??= counts;
      const notices = counts?.notices?.length ? ` Notices: ${counts.notices.join(' / ')}` : '';
      result.errors.push(`stress: ${err.message.split('\n')[0]}.${notices}`);
    }
  } finally {
    if (handles.log.panics.length) result.errors.push(`panic: ${handles.log.panics[0]}`);
    result.console = handles.log.console.slice(0, 20);
    await handles.context.close();
  }
  return result;
}

// ------------------------------------------------------------------ stress fixture

/** A small seeded generator (mulberry32): the same fixture on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A copy of dist (symbolic links, except data/events.json, data/diaspora.json and
 * data/first-view.json) whose data has `events` more events at random positions and
 * `figures` more population figures (the new events in first-view.json too, with the fields
 * it keeps: src/data/first_view.rs).
 * The new records are copies of real ones with new ids, places, dates and amounts, so they
 * pass the app's checks (docs/DATA.md): known codes, real dates, http(s) sources, unique
 * kebab-case ids, `M` confidence (no uncertainty note needed), origin ≠ host.
 */
export async function makeStressDist(distDir, { events, figures, seed }) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ots-bench-stress-'));
  for (const entry of await readdir(distDir)) {
    if (entry !== 'data') await symlink(path.join(distDir, entry), path.join(dir, entry));
  }
  await mkdir(path.join(dir, 'data'));
  const dataDir = path.join(distDir, 'data');
  for (const entry of await readdir(dataDir)) {
    if (!/^(events|diaspora|first-view)\.json(\.gz|\.br)?$/.test(entry)) await symlink(path.join(dataDir, entry), path.join(dir, 'data', entry));
  }
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const world = JSON.parse(await readFile(path.join(dataDir, 'world.json'), 'utf8'));
  // world.json lists every feature as [code, …] (src/world/world_file.rs).
  const codes = world.features.map((f) => f[0]).filter((id) => typeof id === 'string' && /^[A-Z]{3}$/.test(id));

  const eventsDoc = JSON.parse(await readFile(path.join(dataDir, 'events.json'), 'utf8'));
  const template = eventsDoc.events.find((e) => e.place?.lon !== undefined && !e.status && !e.uncertainty) ?? eventsDoc.events[0];
  const kinds = [...new Set(eventsDoc.events.map((e) => e.kind))];
  for (let i = 1; i <= events; i++) {
    const e = structuredClone(template);
    delete e.status;
    delete e.uncertainty;
    const year = 1992 + Math.floor(rnd() * 34);
    const month = 1 + Math.floor(rnd() * 12);
    const country = pick(codes);
    Object.assign(e, {
      id: `bench-stress-event-${i}`,
      date: rnd() < 0.5 ? String(year) : `${year}-${String(month).padStart(2, '0')}`,
      title: `Benchmark event ${i}`,
      place: {
        name: `Benchmark place ${i}`,
        country,
        lon: Math.round((-170 + rnd() * 340) * 1e4) / 1e4,
        lat: Math.round((-55 + rnd() * 130) * 1e4) / 1e4,
      },
      countries: [],
      kind: pick(kinds),
      summary: `A generated event for the stress benchmark (number ${i}).`,
      sources: [`https://example.org/bench/events/${i}`],
    });
    eventsDoc.events.push(e);
  }

  const diasporaDoc = JSON.parse(await readFile(path.join(dataDir, 'diaspora.json'), 'utf8'));
  const figTemplate = diasporaDoc.figures.find((f) => f.value !== undefined && f.kind === 'diaspora') ?? diasporaDoc.figures[0];
  for (let i = 1; i <= figures; i++) {
    const f = structuredClone(figTemplate);
    for (const k of ['min', 'max', 'note', 'uncertainty']) delete f[k];
    const origin = pick(codes);
    let host = pick(codes);
    while (host === origin) host = pick(codes);
    Object.assign(f, {
      id: `bench-stress-figure-${i}`,
      origin,
      host,
      value: 1000 + Math.floor(rnd() * 3_000_000),
      year: 2000 + Math.floor(rnd() * 25),
      kind: 'diaspora',
      confidence: 'M',
      basis: `generated figure for the stress benchmark (number ${i})`,
      sources: [`https://example.org/bench/figures/${i}`],
    });
    diasporaDoc.figures.push(f);
  }

  const firstView = JSON.parse(await readFile(path.join(dataDir, 'first-view.json'), 'utf8'));
  for (const e of eventsDoc.events.filter((e) => e.id.startsWith('bench-stress-event-'))) {
    const { id, date, title, kind } = e;
    const { name, country, lon, lat } = e.place;
    firstView.events.push({ id, date, title, place: { name, country, lon, lat }, kind });
  }
  for (const [name, doc] of [['events.json', eventsDoc], ['diaspora.json', diasporaDoc], ['first-view.json', firstView]]) {
    const file = path.join(dir, 'data', name);
    await writeFile(file, `${JSON.stringify(doc, null, 2)}\n`);
    await precompressFile(file);
  }
  const pinned = eventsDoc.events.filter((e) => e.place && e.place.lon !== undefined).length;
  return { dir, events: eventsDoc.events.length, pinnedEvents: pinned, figures: diasporaDoc.figures.length };
}

// ------------------------------------------------------------------ sizes

async function compressedSizes(file) {
  const bytes = await readFile(file);
  const [gz, br] = await Promise.all([gzipBytes(bytes), brotliBytes(bytes)]);
  return { raw: bytes.length, gzip: gz.length, brotli: br.length };
}

async function wasmSizes(distDir, rawWasm) {
  const name = (await readdir(distDir)).find((f) => f.endsWith('_bg.wasm'));
  const out = { dist: name ? { file: name, ...(await compressedSizes(path.join(distDir, name))) } : null, raw: null };
  if (rawWasm && existsSync(rawWasm)) {
    out.raw = { file: rawWasm, ...(await compressedSizes(rawWasm)), built: statSync(rawWasm).mtime.toISOString() };
  }
  return out;
}

/** From-disk sizes of the files of the first load (median round's list, unthrottled). */
async function firstLoadSizes(distDir, network) {
  const rows = [];
  for (const r of network) {
    if (!r.path.startsWith('/')) continue;
    const seen = rows.find((row) => row.path === r.path);
    if (seen) {
      seen.requests += 1;
      continue;
    }
    let rel = decodeURIComponent(r.path);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(distDir, path.normalize(rel));
    if (!existsSync(file)) continue;
    rows.push({ path: r.path, requests: 1, ...(await compressedSizes(file)) });
  }
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

// ------------------------------------------------------------------ summary and report

const PROFILE_METRICS = [
  ['load.fcp', 'first contentful paint', 'ms'],
  ['load.lcp', 'largest contentful paint', 'ms'],
  ['load.mapVisible', 'map visible (the static map in index.html, else the app\'s)', 'ms'],
  ['load.mapPainted', 'map painted (first frame of the SVG map)', 'ms'],
  ['load.mapReady', 'map ready (data-map-ready)', 'ms'],
  ['load.wireTotal', 'bytes on the wire until ready', 'bytes'],
  ['hoverWork.p50', 'hover: event → tooltip painted, p50', 'ms'],
  ['hoverWork.p95', 'hover: event → tooltip painted, p95', 'ms'],
  ['hover.p95', '  from the input timestamp, p95', 'ms'],
  ['clickWork.p50', 'click KAZ: event → panel painted, p50', 'ms'],
  ['clickWork.p95', 'click KAZ: event → panel painted, p95', 'ms'],
  ['click.p95', '  from the input timestamp, p95', 'ms'],
  ['clickDom.p95', '  from the input to heading in DOM, p95', 'ms'],
  ['pan.p50', 'pan frame interval, p50', 'ms'],
  ['pan.p95', 'pan frame interval, p95', 'ms'],
  ['pan.dropped', '  frames over 20 ms', '%'],
  ['pan.settleMax', '  after release: longest frame interval', 'ms'],
  ['zoom.p50', 'wheel-zoom frame interval, p50', 'ms'],
  ['zoom.p95', 'wheel-zoom frame interval, p95', 'ms'],
  ['zoom.dropped', '  frames over 20 ms', '%'],
  ['initiativesOn.p50', 'layer on: initiatives → painted, p50', 'ms'],
  ['diasporaOn.p50', 'layer on: diaspora → painted, p50', 'ms'],
  ['layerOn.p95', 'layer on (either) → painted, p95', 'ms'],
  ['layerOnDom.p95', '  → shapes in DOM, p95', 'ms'],
  ['layerOnWork.p95', '  work: script + that frame\'s rendering, p95', 'ms'],
  ['layerOff.p95', 'layer off (either) → painted, p95', 'ms'],
  ['layerOffWork.p95', '  work: script + that frame\'s rendering, p95', 'ms'],
  ['year.p50', 'year change → painted, p50', 'ms'],
  ['year.p95', 'year change → painted, p95', 'ms'],
  ['yearDom.p95', '  → class changed in DOM, p95', 'ms'],
  ['yearWork.p95', '  work: script + that frame\'s rendering, p95', 'ms'],
  ['load.heapUsed', 'JS heap used after load (after GC)', 'bytes'],
  ['load.wasmMemory', 'Wasm linear memory after load', 'bytes'],
];
const STRESS_METRICS = [
  ['load.mapReady', 'map ready (data-map-ready)', 'ms'],
  ['loadToOverlays', 'all flows drawn', 'ms'],
  ['pan.p50', 'pan frame interval, p50', 'ms'],
  ['pan.p95', 'pan frame interval, p95', 'ms'],
  ['pan.dropped', '  frames over 20 ms', '%'],
  ['pan.settleMax', '  after release: longest frame interval', 'ms'],
  ['load.heapUsed', 'JS heap used after load (after GC)', 'bytes'],
  ['load.wasmMemory', 'Wasm linear memory after load', 'bytes'],
];

function summarize(rounds, metrics) {
  const out = {};
  for (const [key] of metrics) out[key] = acrossRounds(rounds.map((r) => get(r, key)));
  return out;
}

function fmtValue(v, unit) {
  if (v == null) return '-';
  if (unit === '%') return `${v.toFixed(v < 10 ? 1 : 0)} %`;
  return unit === 'bytes' ? kb(v) : ms(v);
}
function fmtCell(s, unit) {
  if (!s) return '-';
  const main = fmtValue(s.median, unit);
  return s.n > 1 ? `${main} [${fmtValue(s.min, unit)}–${fmtValue(s.max, unit)}]` : main;
}

function verdict(value, limit, slack = 0) {
  if (value == null) return 'n/a';
  return value <= limit + slack ? 'ok' : 'MISSED';
}

function targetsFor(key, profile) {
  return TARGETS.filter((t) => t.key === key && t.profiles?.includes(profile));
}

function printReport(r) {
  const lines = [];
  const say = (s = '') => lines.push(s);
  const m = r.meta;
  say(`OTS Atlas benchmark — ${m.date}`);
  say(`commit ${m.commit}${m.dirty ? ' + uncommitted changes' : ''} · ${m.browser} · ${m.rounds} round(s) · ${m.cpus} CPUs (${m.cpuModel})`);
  say(`dist: ${m.dist} · 1-minute load average ${m.loadAverage.start.toFixed(1)} at the start, ${m.loadAverage.end.toFixed(1)} at the end${Math.max(m.loadAverage.start, m.loadAverage.end) > m.cpus ? ` (above ${m.cpus} CPUs: other work competed, expect noise)` : ''}`);
  say(`served by tests/e2e/server.mjs on 127.0.0.1 (precompressed .br/.gz when accepted; Chromium sent "Accept-Encoding: ${m.acceptEncoding ?? '?'}")`);
  say(`mobile profile: CPU ×${CPU_SLOWDOWN} (Emulation.setCPUThrottlingRate), network ${FAST_3G.downloadThroughput.toLocaleString('en-US')} B/s down (1.6 Mbit/s), ${FAST_3G.uploadThroughput.toLocaleString('en-US')} B/s up (750 kbit/s), ${FAST_3G.latency} ms latency (Network.emulateNetworkConditions)`);
  say('times: median over rounds [min–max over rounds]; per round, p50/p95 over that round\'s samples. Latencies end when the');
  say('next frame has been rendered (rAF, then a message); "event →" starts when the page gets the event, "from the input');
  say('timestamp" at event.timeStamp (Chrome delivers pointer moves with the next frame). Frame times are rAF intervals.');

  // Sizes
  say();
  say('== Size ==');
  const w = r.sizes.wasm;
  say(`${pad('Wasm', 36)} ${lpad('raw', 11)} ${lpad('gzip -9', 11)} ${lpad('brotli 11', 11)}`);
  if (w.raw) say(`${pad('  before wasm-opt (wasm-bindgen out)', 36)} ${lpad(int(w.raw.raw), 11)} ${lpad(int(w.raw.gzip), 11)} ${lpad(int(w.raw.brotli), 11)}`);
  else say('  before wasm-opt: not measured (bench.sh --skip-native, or no --raw-wasm)');
  if (w.dist) say(`${pad('  dist: wasm-opt -Oz, short imports', 36)} ${lpad(int(w.dist.raw), 11)} ${lpad(int(w.dist.gzip), 11)} ${lpad(int(w.dist.brotli), 11)}`);
  if (w.raw && w.dist) {
    const pct = (a, b) => `${(((b - a) / a) * 100).toFixed(1)} %`;
    say(`${pad('  change', 36)} ${lpad(pct(w.raw.raw, w.dist.raw), 11)} ${lpad(pct(w.raw.gzip, w.dist.gzip), 11)} ${lpad(pct(w.raw.brotli, w.dist.brotli), 11)}`);
  }
  const fl = r.sizes.firstLoad;
  if (fl) {
    say();
    say(`First load: ${fl.rows.length} files requested before data-map-ready (from disk; "wire" = unthrottled CDP encodedDataLength incl. headers, median round)`);
    say(`${pad('file', 40)} ${lpad('raw', 10)} ${lpad('gzip -9', 10)} ${lpad('brotli 11', 10)} ${lpad('wire', 10)}  sent as`);
    for (const row of fl.rows) {
      const twice = row.requests > 1 ? `  (requested ${row.requests}×: wire counts each)` : '';
      say(`${pad(row.path, 40)} ${lpad(kb(row.raw), 10)} ${lpad(kb(row.gzip), 10)} ${lpad(kb(row.brotli), 10)} ${lpad(kb(row.wire), 10)}  ${row.encoding ?? ''}${twice}`);
    }
    say(`${pad('TOTAL', 40)} ${lpad(kb(fl.total.raw), 10)} ${lpad(kb(fl.total.gzip), 10)} ${lpad(kb(fl.total.brotli), 10)} ${lpad(kb(fl.total.wire), 10)}`);
    const limit = 200 * 1024;
    for (const n of fl.notOnDisk ?? []) say(`  also requested, not in dist (not counted from disk): ${n.path} (${n.status ?? n.failed ?? '?'})`);
    say(`target first load ≤ ${kb(limit)} compressed: gzip ${kb(fl.total.gzip)} ${verdict(fl.total.gzip, limit)}, brotli ${kb(fl.total.brotli)} ${verdict(fl.total.brotli, limit)}, on the wire ${kb(fl.total.wire)} ${verdict(fl.total.wire, limit)}`);
  }
  if (r.geometry) {
    const g = r.geometry;
    say();
    say(`Native geometry (cargo run --release --example geometry_bench, ${g.iterations} iterations, ${kb(g.input_bytes)} geometry (world.json + world-outer.json) → ${g.countries} paths, ${kb(g.path_bytes)} of path data):`);
    for (const k of ['parse_world_files', 'project_world', 'Adjacency::build', 'total']) {
      if (g[k]) say(`  ${pad(k, 18)} min ${lpad(ms(g[k].min_ms), 6)} ms   median ${lpad(ms(g[k].median_ms), 6)} ms`);
    }
  }

  // Timings
  say();
  say('== Times ==');
  const cols = ['unthrottled', 'mobile'];
  const width = 30;
  say(`${pad('metric', 40)} ${cols.map((c) => lpad(c, width)).join(' ')}   target`);
  for (const [key, label, unit] of PROFILE_METRICS) {
    const cells = cols.map((c) => lpad(fmtCell(r.summary[c]?.[key], unit), width));
    const notes = cols.flatMap((c) =>
      targetsFor(key, c).map((t) => `${c === 'mobile' ? 'mobile' : 'unthr.'} ≤ ${t.limit} ms: ${verdict(r.summary[c]?.[key]?.median, t.limit, t.slack)}`),
    );
    say(`${pad(label, 40)} ${cells.join(' ')}   ${notes.join(', ')}`);
  }
  const lcpElements = cols.map((c) => `${c}: ${[...new Set(r.rounds[c].map((x) => x.load?.lcpElement).filter(Boolean))].join(', ') || '-'}`);
  say(`(LCP element — ${lcpElements.join('; ')}. FCP/LCP see the loading text and the static map, which makes "map visible"; "map painted" is the first frame with the app's country shapes.)`);
  if (r.stress) {
    const s = r.stress;
    say();
    say(`== Stress: ${s.fixture.pinnedEvents.toLocaleString('en-US')} events with a pin (${s.fixture.addedEvents.toLocaleString('en-US')} generated), ${s.fixture.figures.toLocaleString('en-US')} figures (${s.fixture.addedFigures.toLocaleString('en-US')} generated), seed ${s.fixture.seed}; ?layers=initiatives,diaspora, unthrottled ==`);
    const c = s.counts;
    if (c) say(`drawn: ${c.markers} markers + ${c.markerGroups} groups (holding ${c.groupedEvents} events), ${c.flows} flows, ${c.countries} countries${c.notices.length ? `; notices: ${c.notices.join(' / ')}` : ''}`);
    for (const [key, label, unit] of STRESS_METRICS) {
      const notes = targetsFor(key, 'stress').map((t) => `≤ ${t.limit} ms: ${verdict(s.summary[key]?.median, t.limit, t.slack)}`);
      say(`${pad(label, 40)} ${lpad(fmtCell(s.summary[key], unit), width)}   ${notes.join(', ')}`);
    }
  }
  if (r.peer) printPeer(r.peer, say);
  if (r.errors.length) {
    say();
    say('== Problems (the figures above lack these measurements) ==');
    for (const e of r.errors) say(`  ${e}`);
  }
  const missed = r.targets.filter((t) => t.verdict === 'MISSED');
  say();
  say(`Targets: ${r.targets.filter((t) => t.verdict === 'ok').length} met, ${missed.length} missed${missed.length ? ` (${missed.map((t) => t.label).join('; ')})` : ''}. Times never fail the benchmark.`);
  if (r.peer) {
    const pm = r.peer.targets.filter((t) => t.verdict === 'MISSED');
    say(`Ratios to Leaflet: ${r.peer.targets.filter((t) => t.verdict === 'ok').length} met, ${pm.length} missed${pm.length ? ` (${pm.map((t) => t.label).join('; ')})` : ''}.`);
  }
  console.log(lines.join('\n'));
}

/** Sizes: the first-load list of the unthrottled round with the median wire total. */
async function medianFirstLoad(distDir, profileRounds) {
  const loaded = profileRounds.filter((r) => r.load);
  if (!loaded.length) return null;
  const byWire = [...loaded].sort((a, b) => a.load.wireTotal - b.load.wireTotal);
  const mid = byWire[Math.floor((byWire.length - 1) / 2)];
  const firstLoad = await firstLoadSizes(distDir, mid.load.network);
  for (const row of firstLoad.rows) {
    const same = mid.load.network.filter((x) => x.path === row.path);
    row.wire = same.reduce((n, x) => n + (x.wire ?? 0), 0);
    row.encoding = [...new Set(same.map((x) => x.encoding))].join(', ');
  }
  firstLoad.total.wire = mid.load.wireTotal;
  const notOnDisk = mid.load.network.filter((n) => !firstLoad.rows.some((row) => row.path === n.path));
  if (notOnDisk.length) firstLoad.notOnDisk = notOnDisk;
  return firstLoad;
}

// ------------------------------------------------------------------ the peer

/**
 * The figures compared with the peer (ours ÷ Leaflet), and the issue's targets for the
 * ratio (per profile). Bytes from disk are the same in both profiles.
 */
export const PEER_RATIOS = [
  { key: 'bytes.brotli', label: 'first load, brotli 11 (from disk)', unit: 'bytes', limit: { unthrottled: 0.2 }, once: true },
  { key: 'bytes.gzip', label: 'first load, gzip -9 (from disk)', unit: 'bytes', limit: { unthrottled: 0.2 }, once: true },
  { key: 'load.wireTotal', label: 'bytes on the wire until ready', unit: 'bytes', limit: { unthrottled: 0.2, mobile: 0.2 } },
  { key: 'load.mapVisible', label: 'map visible', unit: 'ms' },
  { key: 'load.mapReady', label: 'ready (data-map-ready)', unit: 'ms', limit: { unthrottled: 0.8, mobile: 0.3 } },
  { key: 'hoverWork.p50', label: 'hover: event → tooltip painted, p50', unit: 'ms' },
  { key: 'hoverWork.p95', label: 'hover: event → tooltip painted, p95', unit: 'ms' },
  { key: 'clickWork.p50', label: 'click → panel heading painted, p50', unit: 'ms' },
  { key: 'clickWork.p95', label: 'click → panel heading painted, p95', unit: 'ms', limit: { unthrottled: 1.2, mobile: 1.2 } },
  { key: 'pan.p50', label: 'pan frame interval, p50', unit: 'ms' },
  // rAF intervals are multiples of the 16.67 ms vsync plus jitter: 1 ms of slack, as for
  // the app's own pan target (16.8 against 16.7 ms is the same frame rate).
  { key: 'pan.p95', label: 'pan frame interval, p95', unit: 'ms', limit: { unthrottled: 1.0, mobile: 1.0 }, slack: 1 },
];

/** What the peer is (bench/peer/build.mjs's build.json), its sizes, summaries and the ratios. */
async function peerReport(peerDir, rounds, ourFirstLoad) {
  const buildFile = path.join(peerDir, 'build.json');
  const build = existsSync(buildFile) ? JSON.parse(readFileSync(buildFile, 'utf8')) : {};
  const leaflet = build.leaflet ?? '?';
  const firstLoad = await medianFirstLoad(peerDir, rounds.peer.unthrottled);
  const summary = {
    unthrottled: summarize(rounds.peer.unthrottled, PROFILE_METRICS),
    mobile: summarize(rounds.peer.mobile, PROFILE_METRICS),
  };
  const ratios = {};
  for (const profile of ['unthrottled', 'mobile']) {
    ratios[profile] = {};
    for (const m of PEER_RATIOS) {
      if (m.once && profile !== 'unthrottled') continue;
      let ours;
      let theirs;
      let perRound = [];
      if (m.key.startsWith('bytes.')) {
        const kind = m.key.slice('bytes.'.length);
        ours = ourFirstLoad?.total?.[kind] ?? null;
        theirs = firstLoad?.total?.[kind] ?? null;
      } else {
        ours = acrossRounds(rounds[profile].map((r) => get(r, m.key)))?.median ?? null;
        theirs = acrossRounds(rounds.peer[profile].map((r) => get(r, m.key)))?.median ?? null;
        // Round i of the app against round i of the peer (they ran back to back).
        perRound = rounds[profile]
          .map((r) => {
            const p = rounds.peer[profile].find((x) => x.round === r.round);
            const a = get(r, m.key);
            const b = p && get(p, m.key);
            return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : null;
          })
          .filter(Number.isFinite);
      }
      const ratio = Number.isFinite(ours) && Number.isFinite(theirs) && theirs > 0 ? ours / theirs : null;
      const limit = m.limit?.[profile] ?? null;
      ratios[profile][m.key] = {
        ours,
        peer: theirs,
        ratio,
        roundMin: perRound.length ? Math.min(...perRound) : null,
        roundMax: perRound.length ? Math.max(...perRound) : null,
        limit,
        verdict: limit === null ? null : ratio !== null && m.slack && ours <= limit * theirs + m.slack ? 'ok' : verdict(ratio, limit),
      };
    }
  }
  const targets = [];
  for (const profile of ['unthrottled', 'mobile']) {
    for (const m of PEER_RATIOS) {
      const r = ratios[profile][m.key];
      if (r && r.limit !== null) targets.push({ label: `${m.once ? '' : `${profile}: `}${m.label} ÷ Leaflet ≤ ${r.limit}`, profile, key: m.key, value: r.ratio, limit: r.limit, verdict: r.verdict });
    }
  }
  return { dir: peerDir, leaflet, build, firstLoad, summary, ratios, targets };
}

function printPeer(p, say) {
  say();
  say(`== The peer: Leaflet ${p.leaflet} with Natural Earth 50m countries (bench/peer/), same server and compression, interleaved ==`);
  const v = p.build?.versions;
  if (v) say(`world-atlas ${v['world-atlas']} countries-50m.json → GeoJSON with topojson-client ${v['topojson-client']}, ${p.build.features} countries, coordinates ${p.build.digits === null ? 'as dequantised (15-17 digits)' : `rounded to ${p.build.digits} decimals`}; codes from cldr-core ${v['cldr-core']}`);
  const fl = p.firstLoad;
  if (fl) {
    say(`Its first load: ${fl.rows.length} files requested before data-map-ready (as for the app above)`);
    say(`${pad('file', 40)} ${lpad('raw', 10)} ${lpad('gzip -9', 10)} ${lpad('brotli 11', 10)} ${lpad('wire', 10)}  sent as`);
    for (const row of fl.rows) say(`${pad(row.path, 40)} ${lpad(kb(row.raw), 10)} ${lpad(kb(row.gzip), 10)} ${lpad(kb(row.brotli), 10)} ${lpad(kb(row.wire), 10)}  ${row.encoding ?? ''}`);
    say(`${pad('TOTAL', 40)} ${lpad(kb(fl.total.raw), 10)} ${lpad(kb(fl.total.gzip), 10)} ${lpad(kb(fl.total.brotli), 10)} ${lpad(kb(fl.total.wire), 10)}`);
  }
  for (const retry of p.retries ?? []) say(`  loaded a second time (the first did not become ready): ${retry}`);
  say();
  say('ours ÷ Leaflet: the ratio of the medians over rounds [min–max of the ratios of rounds run back to back]. Targets of issue 16, never asserted.');
  const fmtRatio = (r) => (r?.ratio == null ? '-' : `${r.ratio.toFixed(2)}${r.roundMin != null && r.roundMax != null && r.roundMin !== r.roundMax ? ` [${r.roundMin.toFixed(2)}–${r.roundMax.toFixed(2)}]` : ''}`);
  say(`${pad('metric', 40)} ${pad('profile', 12)} ${lpad('ours', 10)} ${lpad('Leaflet', 10)} ${lpad('ratio', 18)}   target`);
  for (const m of PEER_RATIOS) {
    for (const profile of ['unthrottled', 'mobile']) {
      const r = p.ratios[profile]?.[m.key];
      if (!r) continue;
      const target = r.limit === null ? '' : `≤ ${r.limit}${m.slack ? ` (+${m.slack} ms)` : ''}: ${r.verdict}`;
      say(`${pad(m.label, 40)} ${pad(m.once ? 'both' : profile, 12)} ${lpad(fmtValue(r.ours, m.unit), 10)} ${lpad(fmtValue(r.peer, m.unit), 10)} ${lpad(fmtRatio(r), 18)}   ${target}`);
    }
  }
}

function collectTargets(r) {
  const out = [];
  const fl = r.sizes.firstLoad?.total;
  if (fl) {
    for (const kind of ['gzip', 'brotli', 'wire']) {
      out.push({ label: `first load ≤ 200 KB (${kind})`, value: fl[kind], limit: 200 * 1024, verdict: verdict(fl[kind], 200 * 1024) });
    }
  }
  for (const t of TARGETS) {
    if (t.key === 'firstLoad') continue;
    for (const p of t.profiles ?? []) {
      const value = p === 'stress' ? r.stress?.summary?.[t.key]?.median : r.summary[p]?.[t.key]?.median;
      out.push({ label: p === 'stress' || t.label.startsWith(p) ? t.label : `${p}: ${t.label}`, profile: p, key: t.key, value: value ?? null, limit: t.limit, verdict: verdict(value, t.limit, t.slack) });
    }
  }
  return out;
}

// ------------------------------------------------------------------ main

function gitInfo() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(path.join(opts.dist, 'index.html'))) throw new Error(`${opts.dist}/index.html is missing: build first`);
  const started = performance.now();
  const loadBefore = os.loadavg()[0];
  const server = await startServer({ root: opts.dist, port: 0, compress: true });
  // The peer: the same server code with the same settings (precompressed .br/.gz).
  if (opts.peer && !existsSync(path.join(opts.peer, 'index.html'))) throw new Error(`${opts.peer}/index.html is missing: run bench/peer/build.mjs`);
  const peerServer = opts.peer ? await startServer({ root: opts.peer, port: 0, compress: true }) : null;
  let stress = null;
  let stressServer = null;
  if (opts.stress) {
    stress = await makeStressDist(opts.dist, { events: opts.stressEvents, figures: opts.stressFigures, seed: opts.seed });
    stressServer = await startServer({ root: stress.dir, port: 0, compress: true });
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS, timeout: 60_000 });
  const rounds = { unthrottled: [], mobile: [], stress: [], peer: { unthrottled: [], mobile: [] } };
  const peerRetries = [];
  const errors = [];
  let acceptEncoding = null;
  const browserVersion = browser.version();
  try {
    // Which encodings does this Chromium ask for over plain http on 127.0.0.1?
    {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const req = page.waitForRequest((q) => q.url().startsWith(server.url));
      await page.goto(`${server.url}/embed.js`);
      acceptEncoding = (await (await req).allHeaders())['accept-encoding'] ?? null;
      await ctx.close();
    }
    for (let i = 1; i <= opts.rounds; i++) {
      for (const name of ['unthrottled', 'mobile']) {
        // With the peer: the app and Leaflet one after the other, the app first in odd
        // rounds and second in even ones (drift of the machine hits both alike).
        const order = !peerServer ? ['ours'] : i % 2 ? ['ours', 'peer'] : ['peer', 'ours'];
        for (const who of order) {
          const t = performance.now();
          const peer = who === 'peer';
          let r = await runProfile(browser, name, `${(peer ? peerServer : server).url}/`, { peer });
          if (peer && !r.load) {
            // Once in a few dozen throttled loads of the peer, every request after the
            // document stayed pending (no response) until the timeout: try it once more,
            // and say so in the report. (The app is not retried: a load that never
            // becomes ready is a failure of what is measured.)
            process.stderr.write(`bench: round ${i}/${opts.rounds} ${name} Leaflet did not load (${r.errors[0] ?? '?'}): once more\n`);
            const first = r.errors;
            r = await runProfile(browser, name, `${peerServer.url}/`, { peer });
            r.retriedAfter = first;
            peerRetries.push(`round ${i} ${name}: ${first.join('; ')}`);
          }
          r.round = i;
          (peer ? rounds.peer : rounds)[name].push(r);
          const label = `${name}${peer ? ' Leaflet' : ''}`;
          errors.push(...r.errors.map((e) => `round ${i} ${label}: ${e}`));
          process.stderr.write(`bench: round ${i}/${opts.rounds} ${label.padEnd(11)} ready ${ms(r.load?.mapReady)} ms, hover p95 ${ms(r.hoverWork?.p95)}, click p95 ${ms(r.clickWork?.p95)}, pan p95 ${ms(r.pan?.p95)} (${((performance.now() - t) / 1000).toFixed(1)} s)${r.errors.length ? ` — ${r.errors.length} problem(s)` : ''}\n`);
        }
      }
      if (stress) {
        const t = performance.now();
        const r = await runStress(browser, `${stressServer.url}/?layers=initiatives,diaspora`, { flows: Math.min(opts.stressFigures, stress.figures) });
        r.round = i;
        rounds.stress.push(r);
        errors.push(...r.errors.map((e) => `round ${i} stress: ${e}`));
        process.stderr.write(`bench: round ${i}/${opts.rounds} stress      ready ${ms(r.load?.mapReady)} ms, ${r.counts?.flows ?? '?'} flows, pan p95 ${ms(r.pan?.p95)} (${((performance.now() - t) / 1000).toFixed(1)} s)\n`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    if (peerServer) await peerServer.close();
    if (stressServer) await stressServer.close();
    if (stress) await rm(stress.dir, { recursive: true, force: true });
  }

  const firstLoad = await medianFirstLoad(opts.dist, rounds.unthrottled);

  const report = {
    meta: {
      date: new Date().toISOString(),
      ...gitInfo(),
      browser: `Chromium ${browserVersion}`,
      chromiumFlags: CHROMIUM_FLAGS,
      rounds: opts.rounds,
      dist: opts.dist,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model?.trim() ?? '?',
      acceptEncoding,
      profiles: PROFILES,
      fast3g: FAST_3G,
      cpuSlowdown: CPU_SLOWDOWN,
      wallSeconds: null,
      loadAverage: { start: loadBefore, end: os.loadavg()[0] },
    },
    sizes: { wasm: await wasmSizes(opts.dist, opts.rawWasm), firstLoad },
    geometry: opts.geometry && existsSync(opts.geometry) ? JSON.parse(readFileSync(opts.geometry, 'utf8')) : null,
    summary: {
      unthrottled: summarize(rounds.unthrottled, PROFILE_METRICS),
      mobile: summarize(rounds.mobile, PROFILE_METRICS),
    },
    peer: opts.peer ? { ...(await peerReport(opts.peer, rounds, firstLoad)), retries: peerRetries } : null,
    stress: stress
      ? {
          fixture: {
            addedEvents: opts.stressEvents,
            addedFigures: opts.stressFigures,
            events: stress.events,
            pinnedEvents: stress.pinnedEvents,
            figures: stress.figures,
            seed: opts.seed,
          },
          counts: rounds.stress.find((r) => r.counts)?.counts ?? null,
          summary: summarize(rounds.stress, STRESS_METRICS),
        }
      : null,
    rounds,
    errors,
  };
  report.targets = collectTargets(report);
  report.meta.wallSeconds = Math.round((performance.now() - started) / 100) / 10;
  printReport(report);
  await mkdir(path.dirname(opts.json), { recursive: true });
  await writeFile(opts.json, `${JSON.stringify(report, null, 1)}\n`);
  console.log(`\nFigures written to ${path.relative(process.cwd(), opts.json) || opts.json} (browser part: ${report.meta.wallSeconds} s).`);
  return errors.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(`bench: ${err.stack ?? err}`);
      process.exit(1);
    },
  );
}
