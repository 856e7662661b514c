// A new build replaces the offline copy (audit C5). A copy of dist/ is served and visited
// until the service worker (sw.js) controls the page; then, on the same server:
//
// 1. data/countries.json changes without a new build: a reload shows the change at once,
//    as the data comes from the network first (a worker that answered the data from its
//    cache while online would show the old fact);
// 2. a new build: countries.json changes again and the real build step that writes the
//    data version, version.json, index.html's version and sw.js (build-previews, as
//    Trunk's post_build hook runs it) runs on the copy. Two reloads later the browser
//    has only the new build's cache (the old one deleted) and the panel shows the new fact.
//
// Build "A" is the copy after build-previews ran on it once, so that both builds come from
// the same tool on the same (already minified) data: a release build computes its version
// before scripts/minify.mjs rewrites the JSON, so dist/'s own version cannot be reproduced
// from dist/'s files.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { DIST, READY_SELECTOR, REPO_ROOT, assertNoPanic, openAppAt, reveal, withPage } from './harness.mjs';
import { startServer } from './server.mjs';

const run = promisify(execFile);

/** build-previews on `dist` with its own data, as Trunk's hook runs it (one country's
 * preview page only: the pages are not what this test is about). Returns its output. */
async function buildPreviews(dist) {
  const cargoBin = path.join(process.env.CARGO_HOME ?? path.join(homedir(), '.cargo'), 'bin');
  const { stdout } = await run(
    'cargo',
    ['run', '--quiet', '--bin', 'build-previews', '--', dist, '--data', path.join(dist, 'data'), '--only', 'KAZ'],
    { cwd: REPO_ROOT, env: { ...process.env, PATH: `${cargoBin}:${process.env.PATH}` }, maxBuffer: 16 << 20, timeout: 600_000 },
  ).catch((err) => {
    throw new Error(`build-previews failed on ${dist}:\n${err.stdout ?? ''}${err.stderr ?? ''}`, { cause: err });
  });
  return stdout;
}

/** The build's versions: the data version (version.json) and the worker's (its cache). */
async function versions(dist) {
  const data = JSON.parse(await readFile(path.join(dist, 'version.json'), 'utf8')).version;
  const sw = await readFile(path.join(dist, 'sw.js'), 'utf8');
  const worker = sw.match(/^const VERSION = '([0-9a-f]+)';$/m)?.[1];
  assert.ok(data && worker, `versions of ${dist}: ${data} ${worker}`);
  const meta = (await readFile(path.join(dist, 'index.html'), 'utf8')).match(/<meta name="ots-atlas-version" content="([^"]+)"/)?.[1];
  assert.equal(meta, data, "index.html carries version.json's version");
  return { data, cache: `ots-atlas-${worker}` };
}

/** Rewrites the text of one of Kazakhstan's notes in `dist`'s countries.json. */
async function setNote(dist, from, to) {
  const file = path.join(dist, 'data/countries.json');
  const json = JSON.parse(await readFile(file, 'utf8'));
  const note = json.countries.find((c) => c.code === 'KAZ').notes.find((n) => n.text === from);
  assert.ok(note, `Kazakhstan has the note "${from}"`);
  note.text = to;
  await writeFile(file, JSON.stringify(json));
}

/** Polls `check(await read())` until it holds (within `timeout` ms); else fails with `message(last)`. */
async function until(read, check, { timeout = 60_000, message }) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(message(value));
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const ourCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('ots-atlas-')).sort());

/** Waits until the panel shows `text` (a record of it laid out), or fails saying what it shows. */
async function panelShows(page, text, why) {
  const record = page.getByTestId('panel').getByText(text, { exact: true });
  try {
    await record.waitFor({ state: 'attached', timeout: 20_000 });
  } catch (err) {
    const shown = await page.getByTestId('panel').innerText().catch(() => '(no panel)');
    throw new Error(`${why}: the panel does not show "${text}"; it shows:\n${shown.slice(0, 1500)}`, { cause: err });
  }
  await reveal(record);
}

test('a new build replaces the offline copy: one cache, of the new version, and the new data while online', { timeout: 600_000 }, async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'ots-offline-update-'));
  const dist = path.join(root, 'dist');
  await cp(DIST, dist, { recursive: true });
  const json = JSON.parse(await readFile(path.join(dist, 'data/countries.json'), 'utf8'));
  // The note this test rewrites: Kazakhstan's last one, whatever it says.
  const original = json.countries.find((c) => c.code === 'KAZ').notes.at(-1).text;
  const hotfix = `${original.replace(/\.$/, '')} (changed on the server, ${Date.now()}).`;
  const rebuilt = `${original.replace(/\.$/, '')} (changed in a new build, ${Date.now()}).`;

  await buildPreviews(dist);
  const a = await versions(dist);
  const own = await startServer({ root: dist, port: 0 });
  try {
    await withPage(
      async (page) => {
        // Build A: the worker installs and controls the page.
        const d = await openAppAt(page, own.url, 'country=KAZ');
        await panelShows(page, original, 'build A');
        await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 30_000 });
        await until(() => ourCaches(page), (keys) => keys.includes(a.cache), {
          message: (keys) => `build A's cache ${a.cache} was not made: ${JSON.stringify(keys)}`,
        });
        assert.deepEqual(await ourCaches(page), [a.cache], "build A's cache only");

        // 1. The data changes on the server, same build: the worker asks the network first.
        await setNote(dist, original, hotfix);
        const data = [];
        page.on('response', (r) => {
          if (new URL(r.url()).pathname.endsWith('/data/countries.json')) data.push(r);
        });
        await page.reload({ waitUntil: 'commit' });
        await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: 30_000 });
        await panelShows(page, hotfix, 'countries.json changed on the server while the worker holds the old one');
        assert.ok(data.length > 0 && data.every((r) => r.fromServiceWorker()), 'countries.json came through the worker');
        assert.ok(data.every((r) => new URL(r.url()).searchParams.get('v') === a.data), `countries.json asked for with ?v=${a.data}`);

        // 2. A new build with other data.
        await setNote(dist, hotfix, rebuilt);
        await buildPreviews(dist);
        const b = await versions(dist);
        assert.notEqual(b.data, a.data, 'other data is another data version');
        assert.notEqual(b.cache, a.cache, 'another build is another cache');

        // The first reload brings the new page; the browser finds the new sw.js, which
        // installs, takes over and deletes the old cache.
        await page.reload({ waitUntil: 'commit' });
        await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: 30_000 });
        const state = () => page.evaluate(async () => ({
          keys: (await caches.keys()).filter((k) => k.startsWith('ots-atlas-')).sort(),
          worker: navigator.serviceWorker.controller?.state,
        }));
        await until(state, (s) => s.keys.length === 1 && s.keys[0] === b.cache && s.worker === 'activated', {
          message: (s) => `after a reload the caches are ${JSON.stringify(s.keys)} (the worker ${s.worker}), not only ["${b.cache}"]`,
        });
        // The second reload: the new worker answers.
        data.length = 0;
        const response = await page.reload({ waitUntil: 'commit' });
        assert.ok(response?.fromServiceWorker(), 'the page came through the worker');
        await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: 30_000 });
        await panelShows(page, rebuilt, 'after the new build and two reloads');
        assert.deepEqual(await ourCaches(page), [b.cache], "only the new build's cache is left");
        assert.ok(data.length > 0 && data.every((r) => r.fromServiceWorker() && new URL(r.url()).searchParams.get('v') === b.data),
          `countries.json came through the worker with ?v=${b.data}: ${data.map((r) => r.url()).join(' ')}`);
        assert.equal(await page.locator('[data-testid=notice]').count(), 0, 'no notice: nothing failed, no version mismatch');
        assertNoPanic(d);
      },
      { serviceWorkers: 'allow' },
    );
  } finally {
    await own.close();
    await rm(root, { recursive: true, force: true });
  }
});
