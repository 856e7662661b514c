// The offline copy: after one visit, the app opens with no server at all (sw.js, written
// by build-previews; registered by the app 5 s after the map is ready).
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { test } from 'node:test';
import { DIST, READY_SELECTOR, assertNoPanic, openAppAt, withPage } from './harness.mjs';
import { startServer } from './server.mjs';

test('after one visit the map, a country panel, the language used and another view open with the server gone', async () => {
  // A server of its own, stopped halfway: nothing can come from the network afterwards.
  const own = await startServer({ root: DIST, port: 0 });
  let stopped = false;
  try {
    await withPage(
      async (page) => {
        const d = await openAppAt(page, own.url, 'country=KAZ');
        // The worker installs (precaching this build's files) and takes over the page.
        await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 30_000 });
        const cached = await page.evaluate(async () => {
          const names = (await caches.keys()).filter((k) => k.startsWith('ots-atlas-'));
          const cache = await caches.open(names[0]);
          return { names, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) };
        });
        assert.equal(cached.names.length, 1, 'one cache, of this build');
        for (const file of ['/', '/data/countries.json', '/data/quotes.json', '/data/world-outer.json', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png', '/icons/icon-maskable-512.png', '/worksheet.css']) {
          assert.ok(cached.urls.includes(file), `${file} is kept: ${cached.urls.join(' ')}`);
        }
        assert.ok(cached.urls.some((u) => u.endsWith('_bg.wasm')), 'the Wasm is kept');
        // So is the code split out of it (split-wasm): its loader and every chunk.
        const split = (await readdir(DIST)).filter((f) => /^(__wasm_split-[0-9a-f]+\.js|(split_\w+|chunk_\d+)-[0-9a-f]+\.wasm)$/.test(f));
        assert.ok(split.some((f) => f.startsWith('split_share_dialog-')), `the build has chunks: ${split.join(' ')}`);
        for (const file of split) assert.ok(cached.urls.includes(`/${file}`), `/${file} is kept`);
        // A language used once (its files come through the worker) is kept as well.
        await openAppAt(page, own.url, 'country=KAZ&lang=tr');
        await page.getByTestId('share-toggle').getByText('Paylaş').waitFor();

        await own.close();
        stopped = true;
        // Reload: the page, the Wasm and the data come from the offline copy.
        const response = await page.reload({ waitUntil: 'commit' });
        assert.ok(response?.fromServiceWorker(), 'the page came from the service worker');
        await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: 30_000 });
        await page.getByTestId('panel').getByRole('heading', { level: 2, name: 'Kazakistan' }).waitFor();
        // The quotes came from the offline copy too.
        await page.locator('[data-testid=panel] blockquote').first().waitFor();
        await page.getByTestId('share-toggle').getByText('Paylaş').waitFor();
        // The share dialog, a chunk never opened online, comes from the offline copy too.
        await page.getByTestId('share-toggle').click();
        await page.getByTestId('share-copy-link').waitFor();
        // The installed app's start_url (the manifest's, read from the offline copy) opens too.
        const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
        await page.goto(new URL(manifest.start_url, `${own.url}/manifest.webmanifest`).href, { waitUntil: 'commit' });
        await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: 30_000 });
        await page.getByTestId('map').waitFor();
        // Another view of the same page (its query differs) opens as well.
        await page.goto(`${own.url}/?country=AZE&lang=en`, { waitUntil: 'commit' });
        await page.getByTestId('panel').getByRole('heading', { level: 2, name: 'Azerbaijan' }).waitFor();
        assert.equal(await page.locator('[data-testid=notice]').count(), 0, 'no notice: nothing failed');
        assertNoPanic(d);
      },
      // With the server gone, the data version check (version.json, asked afresh with
      // each file fetched after the map is up, e.g. the outer geometry) fails, and the
      // app keeps its files.
      { serviceWorkers: 'allow', expect: { failedRequests: [/^net::ERR_CONNECTION_REFUSED http:\S+\/version\.json\?t=\d+$/] } },
    );
  } finally {
    if (!stopped) await own.close();
  }
});

test('F1: opening a data file or embed.js in a tab does not replace the offline copy of the app', async () => {
  const own = await startServer({ root: DIST, port: 0 });
  try {
    await withPage(
      async (page) => {
        const d = await openAppAt(page, own.url, 'country=KAZ');
        await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 30_000 });
        // Other pages of the same origin, opened as pages.
        for (const file of ['/data/countries.json', '/embed.js', '/sw.js']) {
          await page.goto(`${own.url}${file}`);
        }
        await page.context().setOffline(true);
        await page.goto(`${own.url}/?country=KAZ`, { waitUntil: 'commit' });
        await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: 30_000 });
        await page.getByTestId('panel').getByRole('heading', { level: 2, name: 'Kazakhstan' }).waitFor();
        assertNoPanic(d);
      },
      { serviceWorkers: 'allow' },
    );
  } finally {
    await own.close();
  }
});
