// Links, sharing, embedding and export.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { assertNoPanic, openApp, server, withPage } from './harness.mjs';

const params = (page) => new URL(page.url()).searchParams;

test('every parameter round-trips: the page shows the state and the URL comes back normalised', async () => {
  await withPage(async (page) => {
    // Mixed case, shuffled order and a redundant value, as people paste links.
    const messy =
      'zoom=3.5&lang=TR&theme=dark&country=aze&year=2022&center=52.5,41&layers=diaspora,initiatives&item=washington-solidarity-reception-2025';
    const d = await openApp(page, messy);
    const normalised =
      'country=AZE&item=washington-solidarity-reception-2025&layers=initiatives,diaspora&year=2022&lang=tr&theme=dark&center=52.5,41&zoom=3.5';
    await page.waitForURL((url) => url.search === `?${normalised}`);
    // Read the state back from the page itself.
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'tr');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await page.getByTestId('panel').getByRole('heading', { level: 2 }).innerText(), 'Azerbaycan');
    assert.match(await page.locator('#item-washington-solidarity-reception-2025').getAttribute('class'), /item--highlight/);
    assert.equal(await page.getByTestId('layer-initiatives').isChecked(), true);
    assert.equal(await page.getByTestId('layer-diaspora').isChecked(), true);
    assert.equal(await page.getByTestId('year-value').innerText(), '2022');
    // center=52.5,41 & zoom=3.5: the viewBox is 1000/3.5 plane units wide around that point.
    const [, , width] = (await page.getByTestId('map').getAttribute('viewBox')).split(' ').map(Number);
    assert.ok(Math.abs(width - 1000 / 3.5) < 0.5, `viewBox width ${width}`);
    // Reloading the normalised URL shows the same and leaves it as it is.
    await page.reload();
    await page.waitForSelector('html[data-map-ready]', { state: 'attached' });
    await page.waitForTimeout(600);
    assert.equal(new URL(page.url()).search, `?${normalised}`);
    assertNoPanic(d);
  });
});

test('embed mode and the table view round-trip too', async () => {
  await withPage(async (page) => {
    await openApp(page, 'embed=true&country=kgz');
    await page.waitForURL((url) => url.search === '?country=KGZ&embed=1');
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-embed')), true);
  });
  await withPage(async (page) => {
    await openApp(page, 'view=TABLE');
    await page.waitForURL((url) => url.search === '?view=table');
    await page.getByTestId('table-view').waitFor();
  });
});

test('a junk parameter shows a notice and is dropped', async () => {
  await withPage(async (page) => {
    await openApp(page, 'country=KAZ&utm_source=newsletter&foo=bar');
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), /“foo”/);
    assert.equal(await page.getByTestId('notice').count(), 1, 'tracking parameters are dropped quietly');
    await page.waitForURL((url) => url.search === '?country=KAZ');
  });
});

test('selecting pushes a history entry; panning and zooming replace it', async () => {
  await withPage(async (page) => {
    await openApp(page);
    const length = () => page.evaluate(() => history.length);
    const start = await length();
    await page.getByTestId('zoom-in').click();
    await page.waitForURL(/zoom=/);
    assert.equal(await length(), start, 'zooming does not add history');
    await page.getByTestId('map').getByRole('button', { name: /^Kazakhstan/ }).click();
    await page.waitForURL(/country=KAZ/);
    assert.equal(await length(), start + 1, 'selecting adds one entry');
  });
});

test('?embed=1 hides the header, keeps legend and attribution, and links to the full map', async () => {
  await withPage(
    async (page) => {
      await openApp(page, 'country=KAZ&embed=1');
      assert.equal(await page.locator('.site-header').count(), 0);
      assert.ok(await page.getByTestId('attribution').isVisible());
      assert.ok(await page.getByTestId('legend').isVisible());
      const full = page.getByTestId('open-full-map');
      const href = new URL(await full.getAttribute('href'));
      assert.equal(href.search, '?country=KAZ');
      const sizes = await page.evaluate(() => [document.scrollingElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(sizes[0] <= sizes[1], `the embed scrolls sideways at 300 px: ${sizes}`);
    },
    { viewport: { width: 300, height: 600 } },
  );
});

test('in an embed the wheel scrolls the page unless Ctrl is held, with a hint', async () => {
  await withPage(async (page) => {
    await openApp(page, 'embed=1');
    const viewBox = () => page.getByTestId('map').getAttribute('viewBox');
    const before = await viewBox();
    const box = await page.getByTestId('map').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await page.getByTestId('gesture-hint').waitFor();
    assert.match(await page.getByTestId('gesture-hint').innerText(), /Ctrl/);
    assert.equal(await viewBox(), before, 'the map did not zoom');
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await page.waitForFunction((b) => document.querySelector('[data-testid=map]').getAttribute('viewBox') !== b, before);
  });
});

test("the demo page's two iframes get their heights from the resize script", async () => {
  await withPage(async (page) => {
    await page.goto(`${server.url}/embed-demo.html`);
    for (const id of ['embed-kaz', 'embed-tur']) {
      const frame = page.getByTestId(id);
      await frame.scrollIntoViewIfNeeded();
      await page.waitForFunction((i) => document.querySelector(`[data-testid=${i}]`).hasAttribute('data-ots-atlas-height'), id, { timeout: 30_000 });
      assert.equal(await frame.getAttribute('title') !== null, true);
      assert.equal(await frame.getAttribute('loading'), 'lazy');
    }
    const heights = await page.evaluate(() =>
      [...document.querySelectorAll('iframe')].map((f) => [f.getBoundingClientRect().height, f.contentDocument.documentElement.scrollHeight]),
    );
    for (const [shown, content] of heights) {
      assert.ok(Math.abs(shown - content) <= 2, `iframe ${shown}px tall for ${content}px of content`);
    }
  });
});

test('the share dialog copies the preview-page link, the embed code and the map in words', async () => {
  await withPage(
    async (page) => {
      await openApp(page, 'country=KAZ&layers=diaspora');
      await page.getByTestId('share-toggle').click();
      await page.getByTestId('share-copy-link').click();
      await page.getByTestId('share-feedback').getByText('Link copied').waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(new URL(link).pathname, '/share/KAZ.html');
      assert.equal(new URL(link).search, '?layers=diaspora');
      await page.getByTestId('share-copy-embed').click();
      const code = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(code, /<iframe src="[^"]*\?country=KAZ&amp;layers=diaspora&amp;embed=1" title="OTS Atlas: Kazakhstan" loading="lazy" width="100%"/);
      assert.match(code, /<script src="[^"]*\/embed\.js" async><\/script>/);
      // The map pictures in words, from the data, to paste as an image's alt text.
      const alt = page.getByTestId('alt-text');
      const words = await alt.inputValue();
      assert.match(words, /^Map: Organization of Turkic States in \d{4}\. Members: .*Kazakhstan.*\. Observers: .*Hungary.*\. Highlighted: Kazakhstan\.$/);
      assert.equal(await page.getByLabel('Image description (alt text)').inputValue(), words);
      await page.getByTestId('share-copy-alt-text').click();
      await page.getByTestId('share-feedback').getByText('Image description copied').waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), words);
      // It follows the language: in Turkish, the same facts in Turkish.
      await page.getByTestId('share-toggle').click();
      await page.getByTestId('language-select').selectOption('tr');
      await page.getByTestId('share-toggle').click();
      assert.match(await page.getByTestId('alt-text').inputValue(), /^Harita: .*Üyeler: .*Gözlemciler: .*Vurgulanan: /);
    },
    { permissions: ['clipboard-read', 'clipboard-write'] },
  );
});

test('the map exports as a valid PNG and a parseable SVG, and the data as CSV and JSON', async () => {
  await withPage(async (page) => {
    await openApp(page, 'country=AZE');
    await page.getByTestId('share-toggle').click();
    const save = async (testid) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
      return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
    };
    const png = await save('download-png');
    assert.equal(png.name, 'ots-atlas-aze.png');
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.bytes.toString('latin1', 12, 16), 'IHDR');
    assert.ok(png.bytes.readUInt32BE(16) >= 800 && png.bytes.readUInt32BE(20) >= 500);
    const svg = await save('download-svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        text: doc.documentElement.textContent,
        desc: doc.querySelector('svg > desc')?.textContent ?? null,
      };
    }, svg.bytes.toString('utf8'));
    assert.equal(parsed.error, null);
    assert.equal(parsed.root, 'svg');
    assert.match(parsed.desc ?? '', /^Map: .*Members: .*Azerbaijan.*Highlighted: Azerbaijan\.$/, 'the SVG describes itself');
    assert.match(parsed.text, /Azerbaijan/);
    assert.match(parsed.text, /Natural Earth/);
    assert.match(parsed.text, /country=AZE/, 'the permalink is in the picture');
    const csv = await save('download-csv');
    assert.match(csv.bytes.toString('utf8'), /^kind,id,country,date,text,detail,uncertainty,sources,publishers\r\n/);
    const json = JSON.parse((await save('download-json')).bytes.toString('utf8'));
    assert.ok(json.records.length > 5 && json.records.every((r) => r.sources.length > 0));
  });
});
