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
