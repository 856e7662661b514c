// The OTS dataset in the panels (issue "The OTS dataset and the country panels").
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, assertNoPanic, holdRequests, openApp, reveal, server, withPage } from './harness.mjs';

const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/data');
// The fixture's own log: the real one names records the fixture does not have.
const DATA_FILES = ['countries', 'events', 'quotes', 'diaspora', 'organization', 'changelog'];

/** Serves the data files of a fixture folder instead of the real ones (others stay real). */
async function useDataFixture(page, name, files = DATA_FILES) {
  for (const file of files) {
    await page.route(`**/data/${file}.json*`, (route) =>
      route.fulfill({ path: path.join(FIXTURES, name, `${file}.json`), contentType: 'application/json' }),
    );
  }
}

const panel = (page) => page.getByTestId('panel');

test("Azerbaijan's panel shows the Secretary-General's natural bridges quote with its source", async () => {
  await withPage(async (page) => {
    assertNoPanic(await openApp(page, 'country=AZE'));
    const quote = panel(page).locator('[data-item="omuraliev-diasporas-natural-bridges-2025"]');
    await quote.waitFor();
    await reveal(quote);
    const text = await quote.innerText();
    assert.match(text, /Diasporas serve as natural bridges between societies, economies and cultures,/);
    assert.match(text, /Kubanychbek Omuraliev/);
    assert.match(text, /Secretary-General/);
    const links = quote.locator('a.sources__link');
    assert.ok((await links.count()) >= 1, 'the quote has a source link');
    for (const link of await links.all()) {
      const href = await link.getAttribute('href');
      assert.match(href, /^https?:\/\/[^\s]+$/);
      assert.equal(await link.getAttribute('target'), '_blank');
      assert.match(await link.getAttribute('rel'), /noopener/);
    }
    // The article's other two quotes are there too, word for word.
    assert.match(await panel(page).innerText(), /unity, resilience, and strong sense of identity/);
    assert.match(await panel(page).innerText(), /we’ll have more and more members of diasporas from other friendly and brotherly countries coming and joining us,/);
  });
});

test('the United States panel shows the Washington reception', async () => {
  await withPage(async (page) => {
    await openApp(page, 'country=USA');
    const reception = panel(page).locator('[data-item="washington-solidarity-reception-2025"]');
    await reception.waitFor();
    await reveal(reception);
    assert.match(await reception.innerText(), /Solidarity of Azerbaijanis/);
    assert.match(await reception.innerText(), /Washington/);
    assert.match(await reception.innerText(), /Uncertain/, 'the inferred date is flagged');
  });
});

test("a link in a panel to another view opens it in place, and Back returns", async () => {
  await withPage(async (page) => {
    const diagnostics = await openApp(page, 'country=TUR');
    const link = panel(page).locator('section[aria-labelledby="sec-ots"] a[href^="?country=TUR&item="]').first();
    await link.waitFor();
    const href = await link.getAttribute('href');
    // A full page load would lose this mark.
    await page.evaluate(() => { window.__samePage = true; });
    await link.click();
    await page.waitForURL((url) => url.search === href);
    const id = new URLSearchParams(href).get('item');
    await page.locator(`#item-${id}`).waitFor();
    assert.equal(await page.evaluate(() => window.__samePage), true, 'the link reloaded the page');
    await page.goBack();
    await page.waitForURL((url) => url.search === '?country=TUR');
    assert.equal(await page.evaluate(() => window.__samePage), true, 'Back reloaded the page');
    // A link that opens elsewhere is left to the browser.
    const source = panel(page).locator('a.sources__link').first();
    assert.equal(await source.getAttribute('target'), '_blank');
    assertNoPanic(diagnostics);
  });
});

test("the panel's heading stays on top of the records scrolling under it", async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 800 }]) {
    await withPage(async (page) => {
      await openApp(page, 'country=KAZ');
      const records = panel(page).locator('section[aria-labelledby="sec-timeline"] [data-testid=item]');
      await reveal(records.nth(12));
      await page.waitForTimeout(100);
      // What a click on the title's middle and on the close button would hit.
      const hits = await page.evaluate(() => ['.panel__title', '[data-testid=panel-close]'].map((selector) => {
        const el = document.querySelector(`[data-testid=panel] ${selector}`);
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return el === hit || el.contains(hit);
      }));
      assert.deepEqual(hits, [true, true], `${viewport.width} px: a record covers the heading`);
    }, { viewport });
  }
});

/** Waits until the record with this element id has scrolled to the top of its panel. */
function scrolledIntoPanel(page, id) {
  return page.waitForFunction((id) => {
    const el = document.getElementById(id);
    const box = el.getBoundingClientRect();
    const panelBox = el.closest('.panel').getBoundingClientRect();
    return box.top >= panelBox.top - 1 && box.top < panelBox.bottom - 40;
  }, id);
}

test('an item link scrolls to its item and highlights it', async () => {
  await withPage(async (page) => {
    await openApp(page, 'country=AZE&item=washington-solidarity-reception-2025');
    const item = page.locator('#item-washington-solidarity-reception-2025');
    await item.waitFor();
    await scrolledIntoPanel(page, 'item-washington-solidarity-reception-2025');
    assert.match(await item.getAttribute('class'), /item--highlight/);
    // Only that item is highlighted.
    assert.equal(await page.locator('.item--highlight').count(), 1);
    // Nothing else held the focus: the item takes it, for the keyboard and screen readers.
    await page.waitForFunction(() => document.activeElement?.id === 'item-washington-solidarity-reception-2025');
  });
});

test('an item that arrives while the reader types in the search box scrolls into view without taking the focus', async () => {
  await withPage(async (page) => {
    const release = await holdRequests(page, '**/data/countries.json*');
    const d = await openApp(page, 'country=AZE&item=washington-solidarity-reception-2025');
    const search = page.getByTestId('search-input');
    await search.focus();
    await page.keyboard.type('Kaz');
    release();
    const item = page.locator('#item-washington-solidarity-reception-2025');
    await item.waitFor();
    await scrolledIntoPanel(page, 'item-washington-solidarity-reception-2025');
    // Two frames more: the focus would have moved by then.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'search-input');
    await page.keyboard.type('a');
    assert.equal(await search.inputValue(), 'Kaza');
    assertNoPanic(d);
  });
});

test('when the clipboard is refused, the link shows selected in a field to copy by hand', async () => {
  await withPage(async (page) => {
    // The browser refuses, as it does without permission or outside a secure context.
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await openApp(page, 'country=AZE');
    const quote = panel(page).locator('[data-item="omuraliev-diasporas-natural-bridges-2025"]');
    await reveal(quote);
    assert.equal(await quote.locator('.item__fallback').count(), 0, 'no field before it is needed');
    await quote.getByTestId('copy-link').click();
    const field = quote.locator('input.item__fallback');
    await field.waitFor();
    assert.match(await field.inputValue(), /\?country=AZE&item=omuraliev-diasporas-natural-bridges-2025$/);
    assert.equal(await field.evaluate((el) => document.activeElement === el && el.selectionEnd - el.selectionStart === el.value.length), true);
    assert.equal(await field.getAttribute('aria-label'), 'Copy link');
    assert.doesNotMatch(await quote.locator('.item__feedback').innerText(), /copied/i);
    // A second refusal reuses the field.
    await quote.getByTestId('copy-link').click();
    await page.waitForTimeout(200);
    assert.equal(await quote.locator('.item__fallback').count(), 1);
  });
});

test('copy link puts the item permalink on the clipboard, cite shows a citation, and copy citation copies it', async () => {
  await withPage(
    async (page) => {
      await openApp(page, 'country=AZE');
      const quote = panel(page).locator('[data-item="omuraliev-diasporas-natural-bridges-2025"]');
      await quote.getByTestId('copy-link').click();
      await quote.getByText('Link copied').waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(copied, /\?country=AZE&item=omuraliev-diasporas-natural-bridges-2025$/);
      await quote.getByTestId('cite').click();
      const citation = await quote.getByTestId('citation').innerText();
      assert.match(citation, /Kubanychbek Omuraliev/);
      assert.match(citation, /2025/);
      assert.match(citation, /https?:\/\//);
      assert.match(citation, /item=omuraliev-diasporas-natural-bridges-2025/);
      // "Copy citation" copies the citation as shown.
      await quote.getByTestId('citation').getByRole('button').click();
      await page.waitForFunction((before) => navigator.clipboard.readText().then((t) => t !== before), copied);
      const cited = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(cited, await quote.locator('.item__citation-text').textContent());
      assert.match(cited, /^Kubanychbek Omuraliev/);
    },
    { permissions: ['clipboard-read', 'clipboard-write'] },
  );
});

test('Northern Cyprus is an observer with a visible note on its recognition status', async () => {
  await withPage(async (page) => {
    await openApp(page, 'country=CYN');
    assert.match(await page.getByTestId('panel-status').innerText(), /Observer/);
    const note = page.getByTestId('recognition-note');
    assert.ok(await note.isVisible());
    assert.match(await note.innerText(), /recognised/i);
    assert.match(await note.innerText(), /Türkiye/);
  });
});

test('with nothing selected the About panel lists members, observers, Secretary-General and summits', async () => {
  await withPage(async (page) => {
    await openApp(page);
    const about = page.getByTestId('about-panel');
    await about.getByTestId('about-members').waitFor();
    // textContent, not innerText: sections out of sight are not rendered until scrolled
    // near (`content-visibility: auto`), and innerText only holds rendered text.
    const text = await about.evaluate((el) => el.textContent);
    for (const name of ['Azerbaijan', 'Kazakhstan', 'Kyrgyzstan', 'Türkiye', 'Uzbekistan', 'Hungary', 'Turkmenistan', 'Northern Cyprus']) {
      assert.match(text, new RegExp(name));
    }
    assert.match(text, /Kubanychbek Omuraliev/);
    assert.match(text, /Istanbul/);
    assert.match(text, /Gabala/);
    await about.getByTestId('about-members').getByRole('button', { name: 'Kazakhstan' }).click();
    await page.waitForURL(/country=KAZ/);
  });
});

test('data text is rendered as text, never as HTML', async () => {
  await withPage(async (page) => {
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    await useDataFixture(page, 'xss');
    assertNoPanic(await openApp(page, 'country=USA'));
    await panel(page).getByText('<img src=x onerror=alert(1)>').first().waitFor();
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    await page.goto(page.url().replace('country=USA', 'country=AZE'));
    await page.getByText('<img src=x onerror=alert(1)>').first().waitFor();
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.equal(dialogs, 0);
  });
});

test('a data error shows a message naming the problem and the map still draws', async () => {
  await withPage(async (page) => {
    // The real events file with its first record written twice.
    const real = JSON.parse(await readFile(path.join(REPO_ROOT, 'public/data/events.json'), 'utf8'));
    real.events.push(real.events[0]);
    await page.route('**/data/events.json*', (route) =>
      route.fulfill({ body: JSON.stringify(real), contentType: 'application/json' }),
    );
    const d = await openApp(page);
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    const message = await notice.innerText();
    assert.match(message, /events\.json/);
    assert.match(message, new RegExp(`record "${real.events[0].id}"`));
    assert.match(message, /field "id": duplicate id/);
    assert.ok((await page.locator('path.country').count()) >= 170);
    assertNoPanic(d);
  }, { expect: { consoleErrors: [/^events\.json: record "[^"]+", field "id": duplicate id/] } });
});

test('an unknown item is dropped with a notice', async () => {
  await withPage(async (page) => {
    await openApp(page, 'country=AZE&item=no-such-item');
    await page.getByTestId('notice').waitFor();
    assert.match(await page.getByTestId('notice').innerText(), /no-such-item/);
    await page.waitForURL((url) => url.search === '?country=AZE');
  });
});

test('when a data file fails to download, the map still draws and a retry brings the data', async () => {
  await withPage(async (page) => {
    await page.route('**/data/quotes.json*', (route) => route.abort());
    const d = await openApp(page, 'country=AZE');
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), /quotes\.json/);
    assert.ok((await page.locator('path.country').count()) >= 170);
    await page.unroute('**/data/quotes.json*');
    await page.getByTestId('notice-retry').click();
    await panel(page).locator('[data-item="omuraliev-diasporas-natural-bridges-2025"]').waitFor();
    assert.equal(await page.getByTestId('notice').count(), 0);
    assertNoPanic(d);
  }, { expect: { failedRequests: [/^net::ERR_FAILED http:\S+\/data\/quotes\.json\?v=/] } });
});

test('quotes and diaspora records are not part of the first load: they follow once the map is idle, or when a view shows them', async () => {
  // The default view: fetched a second after the map is ready, while nothing needs them.
  await withPage(async (page) => {
    const fetched = [];
    page.on('request', (req) => fetched.push([new URL(req.url()).pathname, performance.now()]));
    const details = () => fetched.filter(([p]) => /\/data\/(quotes|diaspora)\.json$/.test(p));
    const d = await openApp(page);
    const ready = performance.now();
    assert.deepEqual(details(), [], 'requested before the map was ready');
    assert.ok((await page.getByTestId('marker').count()) > 0, 'the default layer has markers');
    await page.getByTestId('about-summits').waitFor();
    await page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/data/diaspora.json'));
    assert.deepEqual(details().map(([p]) => p).sort(), ['/data/diaspora.json', '/data/quotes.json']);
    assert.ok(details().every(([, t]) => t - ready > 500), 'fetched while the map was still busy');
    // The first country opened has them at once.
    await page.getByTestId('map').getByRole('button', { name: /^Kazakhstan/ }).click();
    await panel(page).getByTestId('figure').first().waitFor();
    assert.equal(await page.getByTestId('panel-loading').count(), 0);
    assertNoPanic(d);
  });
  // A link to a country fetches them at once (and index.html preloads them).
  await withPage(async (page) => {
    const d = await openApp(page, 'country=AZE');
    await panel(page).locator('[data-item="omuraliev-diasporas-natural-bridges-2025"]').waitFor();
    assertNoPanic(d);
  });
});

test('a link to a view that shows quotes or diaspora records has index.html preload them, requested before the map is ready', async () => {
  // The inline script of index.html mirrors MapState::needs_details, which reads view= in
  // any case: ?view=TABLE needs them as much as ?view=table.
  for (const query of ['country=KAZ', 'item=omuraliev-diasporas-natural-bridges-2025', 'view=table', 'view=TABLE', 'view=quotes', 'layers=diaspora']) {
    await withPage(async (page) => {
      const early = [];
      let ready = false;
      page.on('request', (req) => {
        if (!ready) early.push(new URL(req.url()).pathname);
      });
      await openApp(page, query);
      ready = true;
      for (const file of ['quotes.json', 'diaspora.json']) {
        assert.ok(early.includes(`/data/${file}`), `?${query}: ${file} not requested before the map was ready`);
        const preload = await page.locator(`link[rel=preload][href^="data/${file}?v="]`).count();
        assert.equal(preload, 1, `?${query}: no <link rel=preload> for ${file}`);
      }
    });
  }
});

test('while the quotes and diaspora files download, a country panel shows its facts and says the rest is loading', async () => {
  await withPage(async (page) => {
    const release = await holdRequests(page, '**/data/diaspora.json*');
    const d = await openApp(page, 'country=KAZ');
    await panel(page).getByTestId('panel-status').waitFor();
    assert.match(await panel(page).getByTestId('panel-status').innerText(), /member/i);
    assert.match(await panel(page).getByTestId('panel-loading').innerText(), /Loading/);
    release();
    await panel(page).getByTestId('figure').first().waitFor();
    assert.equal(await panel(page).getByTestId('panel-loading').count(), 0);
    assertNoPanic(d);
  });
});

test('when the geometry fails to download, the page says so and a retry draws the map', async () => {
  await withPage(async (page) => {
    await page.route('**/data/world.json*', (route) => route.fulfill({ status: 503, body: 'busy' }));
    await page.goto(`${server.url}/`);
    const error = page.getByTestId('load-error');
    await error.waitFor();
    assert.match(await error.innerText(), /world\.json/);
    assert.match(await error.innerText(), /503/);
    await page.unroute('**/data/world.json*');
    await error.getByRole('button').click();
    await page.waitForSelector('html[data-map-ready]', { state: 'attached' });
    await page.waitForFunction(() => !document.querySelector('path.country[d=""]'));
    assert.ok((await page.locator('path.country').count()) >= 170);
  }, { expect: { failedRequests: [/^503 http:\S+\/data\/world\.json\?v=/] } });
});

test('the page preloads the details for view=TABLE as for view=table: one rule for the case, as the app reads it', async () => {
  for (const query of ['view=table', 'view=TABLE', 'view=Quotes']) {
    await withPage(async (page) => {
      const d = await openApp(page, query);
      const preloads = await page.evaluate(() =>
        [...document.querySelectorAll('link[rel="preload"]')].map((l) => new URL(l.href).pathname),
      );
      assert.ok(preloads.includes('/data/quotes.json'), `${query}: ${preloads.join(' ')}`);
      assertNoPanic(d);
    });
  }
});

test('a file that is not JSON, or a ring that is not one, is named in what the visitor reads (the browser parses it: ui/json.rs)', async () => {
  await withPage(async (page) => {
    await page.route('**/data/world.json*', (route) =>
      route.fulfill({ body: '{"features": [["AFG", 100, ["6652 37', contentType: 'application/json' }),
    );
    await page.goto(`${server.url}/`);
    const error = page.getByTestId('load-error');
    await error.waitFor();
    assert.match(await error.innerText(), /data\/world\.json.*invalid JSON/s);
  });
  await withPage(async (page) => {
    // JSON, but a ring of the geometry is not: the message names the file, the feature
    // and the ring (world::world_file).
    await page.route('**/data/world.json*', (route) =>
      route.fulfill({ body: '{"features": [["AFG", 100, ["6652 3735 1.5 0 1 1"]]]}', contentType: 'application/json' }),
    );
    await page.goto(`${server.url}/`);
    const error = page.getByTestId('load-error');
    await error.waitFor();
    assert.match(await error.innerText(), /data\/world\.json.*feature AFG: polygon 1, ring 1: '\.' at 11 is not part of a whole number/s);
  });
  await withPage(async (page) => {
    await page.route('**/data/events.json*', (route) => route.fulfill({ body: '{"events": [}', contentType: 'application/json' }));
    const d = await openApp(page, '');
    const notice = page.getByTestId('notice').first();
    await notice.waitFor();
    assert.match(await notice.innerText(), /events\.json.*invalid JSON/s);
    assertNoPanic(d);
  }, {
    expect: {
      consoleErrors: [
        /^events\.json: invalid JSON: /,
        // The default view reads events.json with the details (first-view.json before
        // them): the change log then names records of the file that could not be read.
        /^changelog\.json: record "[^"]+", field "records": names "[^"]+", which no data file defines/,
      ],
    },
  });
});
