// The default view's first load reads one small build-time file, data/first-view.json
// (data::first_view: what that view shows), and the full countries, events and
// organisation files once the map is ready; a view that needs more (a country, an item,
// the table or quotes view, the diaspora layer: MapState::needs_details, and the inline
// preload script of index.html) loads the full files at once and never the small one.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoPanic, holdRequests, openApp, reveal, server, withPage } from './harness.mjs';

const FULL = ['/data/countries.json', '/data/events.json', '/data/organization.json'];
const FIRST = '/data/first-view.json';

/** Records the data files the page asks for: `requests()` before ready, `later()` after. */
function watchRequests(page) {
  const early = [];
  const after = [];
  let ready = false;
  page.on('request', (req) => {
    const file = new URL(req.url()).pathname;
    if (file.startsWith('/data/')) (ready ? after : early).push(file);
  });
  return { early, after, ready: () => (ready = true) };
}

test('the default view loads first-view.json before the map is ready, then the full files; the swap keeps the About panel and the markers', async () => {
  await withPage(async (page) => {
    // The changelog is held, so that the full files come in while the About panel's
    // markup stays what first-view.json gave (the changelog adds to it when it comes).
    const release = await holdRequests(page, '**/data/changelog.json*');
    const seen = watchRequests(page);
    const d = await openApp(page);
    seen.ready();
    assert.ok(seen.early.includes(FIRST), `before ready: ${seen.early.join(' ')}`);
    for (const file of FULL) assert.ok(!seen.early.includes(file), `${file} before ready`);
    // The page preloads it (index.html's inline script, the app's rule).
    assert.equal(await page.locator('link[rel=preload][href^="data/first-view.json?v="]').count(), 1);
    assert.equal(await page.locator('link[rel=preload][href^="data/countries.json"]').count(), 0);
    // What the first view shows, from first-view.json: markers, the About panel.
    await page.getByTestId('about-summits').waitFor();
    const marker = page.locator('[data-testid=marker]').first();
    await marker.waitFor({ state: 'attached' });
    const about = page.getByTestId('about-panel').locator('.fact').first();
    const before = await page.getByTestId('about-panel').innerText();
    // Tag the elements: a rewrite would replace them.
    await marker.evaluate((m) => (m.dataset.kept = '1'));
    await about.evaluate((f) => (f.dataset.kept = '1'));
    // The full files follow once the map is ready.
    await Promise.all(FULL.map((file) => page.waitForResponse((r) => new URL(r.url()).pathname === file)));
    await page.waitForTimeout(300);
    for (const file of FULL) assert.equal(seen.after.filter((f) => f === file).length, 1, `${file} once`);
    assert.equal(seen.after.filter((f) => f === FIRST).length, 0, 'first-view.json downloaded again');
    assert.equal(await page.locator('[data-testid=marker][data-kept]').count(), 1, 'the markers were redrawn');
    assert.equal(await page.locator('.fact[data-kept]').count(), 1, 'the About panel was rewritten');
    assert.equal(await page.getByTestId('about-panel').innerText(), before);
    release();
    await page.getByTestId('changelog').waitFor();
    // A country opened now shows its full record (official name, capital, sources).
    await page.getByTestId('map').getByRole('button', { name: /^Kazakhstan/ }).click();
    const panel = page.getByTestId('panel');
    await panel.getByText('Republic of Kazakhstan').waitFor();
    assert.match(await panel.innerText(), /Astana/);
    assertNoPanic(d);
  });
});

test('a country opened before the full files are in waits for them instead of showing a partial record', async () => {
  await withPage(async (page) => {
    const release = await holdRequests(page, '**/data/countries.json*');
    const d = await openApp(page);
    await page.getByTestId('map').getByRole('button', { name: /^Kazakhstan/ }).click();
    const panel = page.getByTestId('panel');
    await panel.getByRole('heading', { level: 2, name: 'Kazakhstan' }).waitFor();
    // first-view.json has Kazakhstan's status but not its sources: no status line yet,
    // a line says the rest is loading.
    await panel.getByTestId('panel-loading').waitFor();
    await page.waitForTimeout(300);
    assert.equal(await panel.getByTestId('panel-status').count(), 0, await panel.innerText());
    release();
    await panel.getByTestId('panel-status').waitFor();
    await panel.getByText('Republic of Kazakhstan').waitFor();
    assert.ok((await panel.locator('a.sources__link').count()) > 0);
    assertNoPanic(d);
  });
});

for (const query of ['country=KAZ', 'item=ankara-summit-1992&country=TUR', 'view=table', 'view=quotes', 'quiz=1&seed=42', 'layers=diaspora']) {
  test(`a link that needs more (?${query}) loads the full files at once and not first-view.json`, async () => {
    await withPage(async (page) => {
      const seen = watchRequests(page);
      const d = await openApp(page, query);
      seen.ready();
      for (const file of FULL) assert.ok(seen.early.includes(file), `${file} not before ready: ${seen.early.join(' ')}`);
      await page.waitForTimeout(1500);
      assert.ok(![...seen.early, ...seen.after].includes(FIRST), 'first-view.json downloaded');
      if (query === 'view=table') {
        // The table holds the full records: capitals come from countries.json only.
        const table = page.getByTestId('table-countries');
        await table.waitFor();
        assert.match(await table.innerText(), /Astana/);
      }
      assertNoPanic(d);
    });
  });
}

test('when first-view.json cannot be downloaded, the About panel says so with Try again, and the data comes', async () => {
  await withPage(async (page) => {
    await page.route('**/data/first-view.json*', (route) => route.fulfill({ status: 503, body: 'busy' }));
    await page.goto(`${server.url}/`);
    const failed = page.getByTestId('about-panel').getByTestId('data-failed');
    await failed.waitFor({ timeout: 30_000 });
    assert.match(await failed.innerText(), /could not be read/);
    assert.equal(await failed.getByRole('button', { name: 'Try again' }).count(), 1);
    // The full files, fetched once the map is ready, bring the data (Try again would too:
    // content.test.mjs and hostile.test.mjs click it for the other files).
    await page.getByTestId('about-summits').waitFor({ timeout: 30_000 });
    await reveal(page.getByTestId('about-members'));
    assert.match(await page.getByTestId('about-members').innerText(), /Kazakhstan/);
  }, { expect: { failedRequests: [/^503 http:\S+\/data\/first-view\.json\?v=/] } });
});

test('a damaged first-view.json is named in a notice and the full files still bring the data', async () => {
  await withPage(async (page) => {
    await page.route('**/data/first-view.json*', (route) => route.fulfill({ body: '{"countries": [', contentType: 'application/json' }));
    const d = await openApp(page);
    const notice = page.getByTestId('notice').first();
    await notice.waitFor();
    assert.match(await notice.innerText(), /data\/first-view\.json is damaged: invalid JSON/);
    await page.getByTestId('about-summits').waitFor({ timeout: 30_000 });
    assertNoPanic(d);
  });
});
