// The share dialog (preview link, embed code, map in words) and the map and data exports.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { assertNoPanic, openApp, withPage } from './harness.mjs';

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
    // The picture is drawn, not blank: decoded in the page, it has many pixels in the
    // member colour (--member, the countries of the OTS) and a title band that is not of
    // one colour.
    const pixels = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let member = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === 11 && data[i + 1] === 46 && data[i + 2] === 87) member += 1;
      const top = new Set();
      const band = ctx.getImageData(0, 0, bitmap.width, Math.round(bitmap.height * 0.08)).data;
      for (let i = 0; i < band.length; i += 4) top.add((band[i] << 16) | (band[i + 1] << 8) | band[i + 2]);
      return { member, topColours: top.size, total: data.length / 4 };
    }, png.bytes.toString('base64'));
    assert.ok(pixels.member > pixels.total * 0.005, `only ${pixels.member} of ${pixels.total} pixels in the member colour`);
    assert.ok(pixels.topColours > 2, `the title band has ${pixels.topColours} colours`);
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
    const csvText = csv.bytes.toString('utf8');
    assert.match(csvText, /^kind,id,country,date,text,detail,uncertainty,sources,publishers\r\n/);
    // Rows, not just the header: parsed (quoted fields may hold commas, quotes and line breaks).
    const rows = [];
    let row = [''];
    for (let i = 0, quoted = false; i < csvText.length; i += 1) {
      const c = csvText[i];
      if (quoted) {
        if (c === '"' && csvText[i + 1] === '"') (row[row.length - 1] += '"'), (i += 1);
        else if (c === '"') quoted = false;
        else row[row.length - 1] += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') row.push('');
      else if (c === '\r' && csvText[i + 1] === '\n') (rows.push(row), (row = ['']), (i += 1));
      else row[row.length - 1] += c;
    }
    if (row.length > 1 || row[0]) rows.push(row);
    const [header, ...records] = rows;
    assert.ok(records.length >= 5, `${records.length} CSV rows`);
    assert.ok(records.every((r) => r.length === header.length), 'every CSV row has every column');
    const sources = header.indexOf('sources');
    assert.ok(records.some((r) => r[header.indexOf('id')] === 'omuraliev-diasporas-natural-bridges-2025'), 'the Omuraliev quote is a row');
    assert.ok(records.every((r) => /https?:\/\//.test(r[sources])), 'every row names its sources');
    const json = JSON.parse((await save('download-json')).bytes.toString('utf8'));
    assert.ok(json.records.length > 5 && json.records.every((r) => r.sources.length > 0));
  });
});
