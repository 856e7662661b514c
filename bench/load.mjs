// The load check of the production configuration: nginx with deploy/'s configuration over a
// precompressed copy of the release build, on 127.0.0.1 only, and autocannon (npm) sending
// the first load's requests (the page, the Wasm, the JS, the CSS, the data of the first
// view) from a few hundred concurrent clients for a fixed time. It prints the throughput
// and the latency percentiles; it fails only on errors (a refused connection, a timeout, a
// status other than 200), never on times.
//
//   node bench/load.mjs [DIST] [--connections N] [--seconds S]     (defaults: dist, 300, 30)
//
// Bounded in count and time, and aimed only at the loopback address.

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { startNginx } from '../deploy/run.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'tests/e2e/package.json'));
const autocannon = require('autocannon');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const positional = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const dist = path.resolve(positional[0] ?? path.join(ROOT, 'dist'));
const connections = Math.min(option('--connections', 300), 1000);
const seconds = Math.min(option('--seconds', 30), 120);

/** What a first visit requests before the map is ready (as the budget test finds it). */
async function firstLoadPaths() {
  const files = await readdir(dist);
  const hashed = files.filter((f) => /-[0-9a-f]{10,16}(_bg)?\.(js|wasm|css|svg)$/.test(f));
  const data = ['data/world.json', 'data/first-view.json', 'data/names/en.json'];
  return ['', ...hashed, ...data].map((p) => `/${p}`);
}

const site = await startNginx({ dist });
let failed = false;
try {
  const paths = await firstLoadPaths();
  console.log(`load: ${connections} clients for ${seconds} s on ${site.url} (nginx, deploy/ configuration), ${paths.length} files, brotli ${site.brotli}`);
  const result = await autocannon({
    url: site.url,
    connections,
    duration: seconds,
    timeout: 10,
    headers: { 'accept-encoding': 'br, gzip' },
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  const bad = result.errors + result.timeouts + result.non2xx;
  console.log(
    [
      `requests     ${result.requests.total} (${result.requests.average.toFixed(0)}/s on average)`,
      `throughput   ${(result.throughput.average / 1e6).toFixed(1)} MB/s`,
      `latency      p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
      `errors       ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} answers other than 2xx`,
    ].join('\n'),
  );
  failed = bad > 0;
} finally {
  await site.stop();
}
if (failed) {
  console.error('load: FAILED: some requests got no good answer');
  process.exit(1);
}
