// Every country speaks (issue 14): the quotes view and its filters in the URL, the other
// side's statement beside a disputed quote, publishers' names on sources, the
// corrections log in the About panel and its Atom feed.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, assertNoPanic, openApp, reveal, server, withPage } from './harness.mjs';

const list = (page) => page.getByTestId('quotes-list');
const cards = (page) => list(page).getByTestId('item');
const countLine = async (page) => Number((await page.getByTestId('quotes-count').innerText()).match(/\d+/)[0]);
const quotesFile = async () => JSON.parse(await readFile(path.join(REPO_ROOT, 'public/data/quotes.json'), 'utf8')).quotes;

test('the quotes view lists every quote, newest first, and filters by country and theme in the URL; Back restores the filter', async () => {
  const all = await quotesFile();
  await withPage(async (page) => {
    const d = await openApp(page, 'view=quotes');
    await cards(page).first().waitFor();
    assert.equal(await countLine(page), all.length);
    assert.equal(await cards(page).count(), all.length);
    const dates = await list(page).locator('[data-testid="item"] time').evaluateAll((ts) =>
      ts.filter((t) => !t.closest('.item__counterpoint')).map((t) => t.getAttribute('datetime').replace(/^~/, '').slice(0, 4)),
    );
    assert.deepEqual([...dates].sort().reverse(), dates, 'newest first');

    await page.getByTestId('filter-country').selectOption('HUN');
    await page.waitForURL((url) => url.searchParams.get('country') === 'HUN' && url.searchParams.get('view') === 'quotes');
    const hungarian = all.filter((q) => q.speaker_country === 'HUN' || (q.countries ?? []).includes('HUN'));
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="quotes-list"] [data-testid="item"]').length === n, hungarian.length);
    assert.ok(hungarian.length >= 4 && hungarian.length < all.length);

    await page.getByTestId('filter-theme').selectOption('diaspora');
    await page.waitForURL((url) => url.searchParams.get('theme') === 'diaspora');
    const expected = hungarian.filter((q) => q.themes.includes('diaspora')).map((q) => q.id).sort();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="quotes-list"] [data-testid="item"]').length === n, expected.length);
    const shown = await cards(page).evaluateAll((els) => els.map((e) => e.dataset.item));
    assert.deepEqual(shown.sort(), expected);

    // Back: the country filter alone again, and the select says so.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('theme') && url.searchParams.get('country') === 'HUN');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="quotes-list"] [data-testid="item"]').length === n, hungarian.length);
    assert.equal(await page.getByTestId('filter-theme').inputValue(), '');
    assert.equal(await page.getByTestId('filter-country').inputValue(), 'HUN');
    assertNoPanic(d);
  });
  // The issue's own link opens the same list.
  await withPage(async (page) => {
    const d = await openApp(page, 'view=quotes&country=HUN&theme=diaspora');
    await list(page).waitFor();
    const expected = all.filter((q) => (q.speaker_country === 'HUN' || (q.countries ?? []).includes('HUN')) && q.themes.includes('diaspora'));
    assert.equal(await countLine(page), expected.length);
    assert.equal(await page.getByTestId('filter-theme').inputValue(), 'diaspora');
    assertNoPanic(d);
  });
});

test('a quote in the quotes view keeps its permalink, Cite and Copy link', async () => {
  await withPage(async (page) => {
    const d = await openApp(page, 'view=quotes&speaker=viktor-orban');
    const card = cards(page).first();
    await card.waitFor();
    const id = await card.getAttribute('data-item');
    assert.match(await card.getByTestId('copy-link').getAttribute('data-copy'), new RegExp(`\\?country=HUN&item=${id}$`));
    await card.getByTestId('cite').click();
    const citation = card.getByTestId('citation');
    await citation.waitFor();
    assert.match(await citation.innerText(), /Viktor Orbán/);
    assert.match(await citation.innerText(), new RegExp(`item=${id}`));
    assertNoPanic(d);
  });
});

test("a quote on Northern Cyprus's status is shown with the other side's statement and its source", async () => {
  await withPage(async (page) => {
    const d = await openApp(page, 'country=CYN');
    const panel = page.getByTestId('panel');
    const disputed = panel.locator('[data-item="ertugruloglu-constitutional-name-2022"]');
    await disputed.waitFor();
    await reveal(disputed);
    const other = disputed.getByTestId('counterpoints');
    // textContent: a card scrolled out of view is not laid out, so it has no innerText.
    assert.match(await other.textContent(), /Republic of Cyprus/);
    assert.ok((await other.locator('a.sources__link').count()) >= 2, 'each statement has its source');
    assertNoPanic(d);
  });
});

test('sources are named by their publisher, and the address stays on the link', async () => {
  await withPage(async (page) => {
    const d = await openApp(page, 'country=AZE');
    const quote = page.getByTestId('panel').locator('[data-item="omuraliev-diasporas-natural-bridges-2025"]');
    await quote.waitFor();
    await reveal(quote);
    const link = quote.locator('a.sources__link').first();
    assert.equal(await link.innerText(), 'Türkiye Today');
    assert.match(await link.getAttribute('href'), /^https:\/\/www\.turkiyetoday\.com\//);
    assert.match(await quote.innerText(), /English|unknown|Türkiye Today/);
    assert.match(await page.getByTestId('as-of').innerText(), /Data as of/);
    assertNoPanic(d);
  });
});

test('the About panel lists the corrections log and links its Atom feed, which parses with one entry per log entry', async () => {
  const log = JSON.parse(await readFile(path.join(REPO_ROOT, 'public/data/changelog.json'), 'utf8')).entries;
  await withPage(async (page) => {
    const d = await openApp(page);
    const changelog = page.getByTestId('changelog');
    await changelog.waitFor({ timeout: 10_000 });
    assert.equal(await changelog.locator(':scope > li').count(), log.length);
    assert.equal(await page.getByTestId('feed-link').getAttribute('href'), 'feed.xml');
    assert.equal(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').count(), 1);
    const feed = await page.evaluate(async () => {
      const text = await (await fetch('feed.xml')).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.localName,
        ns: doc.documentElement.namespaceURI,
        entries: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry').length,
        ids: [...doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'id')].map((e) => e.textContent),
      };
    });
    assert.equal(feed.error, 0);
    assert.equal(feed.root, 'feed');
    assert.equal(feed.ns, 'http://www.w3.org/2005/Atom');
    assert.equal(feed.entries, log.length);
    assert.equal(new Set(feed.ids).size, feed.ids.length, 'ids are unique');
    assertNoPanic(d);
  });
  assert.ok(server.url);
});

test('the quotes view works in an embed, on a phone and in another language', async () => {
  await withPage(async (page) => {
    const d = await openApp(page, 'view=quotes&embed=1&country=TKM');
    await cards(page).first().waitFor();
    assert.ok((await countLine(page)) >= 5);
    assertNoPanic(d);
  }, { viewport: { width: 480, height: 700 } });
  await withPage(async (page) => {
    const d = await openApp(page, 'view=quotes&lang=hu&theme=security');
    await cards(page).first().waitFor();
    assert.equal(await page.locator('#quotes-view-title').innerText(), 'Idézetek a Türk Államok Szervezetéről');
    assert.equal(await page.getByTestId('filter-theme').inputValue(), 'security');
    // Every control is reachable and large enough to tap.
    const box = await page.getByTestId('filter-country').boundingBox();
    assert.ok(box.height >= 44);
    assertNoPanic(d);
  }, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
});
