#!/usr/bin/env node
// Lighthouse (12.2.3, pinned in package.json) on the app and on the Leaflet peer, each
// served by the production nginx (deploy/, brotli), with Lighthouse's default mobile
// preset (a mid-range phone, simulated 4× CPU and slow 4G). Runs alternate between the
// two sites; the medians are printed with the ratios ours ÷ Leaflet. Prints figures and
// asserts nothing (times never fail the benchmark).
//
//   node bench/lighthouse/run.mjs --dist DIR [--peer DIR] [--runs N=3] [--json FILE]
//                                 [--throttling simulate|devtools]
//
// Lighthouse's default, "simulate", loads the page unthrottled and computes the phone's
// timings from that load: the elements it saw painted decide. When the app starts before
// the first paint (a fast machine), the static first paint is never painted in that load,
// and the app's own About text becomes the largest paint, timed as if it waited for the
// Wasm on the phone. "devtools" slows the real load (CPU and network) instead.
//
// scripts/bench.sh --lighthouse runs it (after `npm ci --prefix bench/lighthouse`).

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startNginx } from '../../deploy/run.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const dist = path.resolve(option('--dist', path.join(here, '../../dist')));
const peer = option('--peer', null);
const runs = Number(option('--runs', 3));
const jsonOut = option('--json', null);
const throttling = option('--throttling', 'simulate');
const chromePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** What is read from each report: [key, audit id, unit]. */
const METRICS = [
  ['fcp', 'first-contentful-paint', 'ms'],
  ['lcp', 'largest-contentful-paint', 'ms'],
  ['tbt', 'total-blocking-time', 'ms'],
  ['si', 'speed-index', 'ms'],
  ['tti', 'interactive', 'ms'],
  ['cls', 'cumulative-layout-shift', ''],
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One Lighthouse run of `url` in a fresh headless Chromium. */
async function audit(url) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], throttlingMethod: throttling });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const row = { score: Math.round(lhr.categories.performance.score * 100) };
    for (const [key, id] of METRICS) row[key] = lhr.audits[id].numericValue;
    const element = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    row.lcpElement = element ? `${element.nodeLabel ?? ''} (${element.selector ?? ''})`.slice(0, 90) : '';
    return row;
  } finally {
    await chrome.kill();
  }
}

const sites = [['ours', dist]];
if (peer) sites.push(['Leaflet', path.resolve(peer)]);
const servers = {};
for (const [name, dir] of sites) servers[name] = await startNginx({ dist: dir, brotli: 'on' });
const results = Object.fromEntries(sites.map(([name]) => [name, []]));
try {
  for (let round = 0; round < runs; round++) {
    // Alternate which site goes first, so neither always gets the warmer machine.
    const order = round % 2 ? [...sites].reverse() : sites;
    for (const [name] of order) {
      const row = await audit(`${servers[name].url}/`);
      results[name].push(row);
      process.stderr.write(`lighthouse: ${name} run ${round + 1}: ${row.score}, LCP ${Math.round(row.lcp)} ms\n`);
    }
  }
} finally {
  await Promise.all(Object.values(servers).map((s) => s.stop()));
}

const summary = {};
for (const [name] of sites) {
  const rows = results[name];
  summary[name] = { score: median(rows.map((r) => r.score)) };
  for (const [key] of METRICS) summary[name][key] = median(rows.map((r) => r[key]));
  summary[name].lcpElement = rows.at(-1).lcpElement;
}
const fmt = (key, v) => (key === 'cls' ? v.toFixed(3) : key === 'score' ? String(v) : `${(v / 1000).toFixed(2)} s`);
console.log(`\nLighthouse 12.2.3, mobile preset (${throttling} throttling), production nginx with brotli; median of ${runs} run(s) each`);
console.log(`${'metric'.padEnd(28)}${sites.map(([n]) => n.padStart(12)).join('')}${peer ? 'ratio'.padStart(10) : ''}   target`);
const targets = { score: '≥ 98', lcp: '≤ 1.2 s' };
for (const key of ['score', ...METRICS.map(([k]) => k)]) {
  const label = { score: 'performance score', fcp: 'first contentful paint', lcp: 'largest contentful paint', tbt: 'total blocking time', si: 'speed index', tti: 'time to interactive', cls: 'cumulative layout shift' }[key];
  const values = sites.map(([n]) => summary[n][key]);
  const ratio = peer && values[1] ? (values[0] / values[1]).toFixed(2) : '';
  console.log(`${label.padEnd(28)}${values.map((v) => fmt(key, v).padStart(12)).join('')}${ratio.padStart(peer ? 10 : 0)}   ${targets[key] ?? ''}`);
}
for (const [name] of sites) {
  // Lighthouse 12.2.3's trace-elements gatherer fails with Debian's Chromium 14x
  // ("frame_sequence"), and the element is then unnamed.
  console.log(`largest contentful paint (${name}): ${summary[name].lcpElement || 'not named by Lighthouse with this Chromium'}`);
}
if (jsonOut) await writeFile(jsonOut, JSON.stringify({ runs, summary, results }, null, 2));
