// Deploys without mixed data (issue 17): a tab opened before a deploy keeps working on its
// version and offers to reload; it never combines its Wasm with the new data files.
//
// Two builds with different data: the release build (A) and a copy of it whose countries
// file differs, with build-previews run on it again (B: a new data version in version.json,
// the page's tag and the offline list). The served folder is switched from A to B under
// an open page, which is then used.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { DIST, READY_SELECTOR, REPO_ROOT, assertNoPanic, openAppAt, withPage } from './harness.mjs';
import { startServer } from './server.mjs';

const MARK = ' (build B)';

/** Runs build-previews on a folder (the debug binary the Trunk hook built, else cargo). */
function buildShare(dir) {
  const binary = path.join(REPO_ROOT, 'target/debug/build-previews');
  const run = existsSync(binary)
    ? spawnSync(binary, [dir], { cwd: REPO_ROOT, encoding: 'utf8' })
    : spawnSync('cargo', ['run', '--quiet', '--bin', 'build-previews', '--', dir], { cwd: REPO_ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, `build-previews failed:\n${run.stderr}${run.stdout}`);
}

/** A second build: the same app with Kazakhstan's official name changed in its data. */
async function buildB(dir) {
  await cp(DIST, dir, { recursive: true });
  const file = path.join(dir, 'data/countries.json');
  const data = JSON.parse(await readFile(file, 'utf8'));
  data.countries.find((c) => c.code === 'KAZ').official_name += MARK;
  await writeFile(file, JSON.stringify(data));
  // And a quote of Kazakhstan's panel: the old tab must show neither.
  const quotesFile = path.join(dir, 'data/quotes.json');
  const quotes = JSON.parse(await readFile(quotesFile, 'utf8'));
  quotes.quotes.filter((q) => q.speaker_country === 'KAZ').forEach((q) => (q.text += MARK));
  await writeFile(quotesFile, JSON.stringify(quotes));
  buildShare(dir);
}

const version = async (dir) => JSON.parse(await readFile(path.join(dir, 'version.json'), 'utf8')).version;

test('after a deploy an open tab keeps its own data, says a new version is out, and Reload shows it', async () => {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'ots-atlas-deploy-'));
  const served = path.join(parent, 'site');
  await cp(DIST, served, { recursive: true });
  await buildB(path.join(parent, 'b'));
  assert.notEqual(await version(served), await version(path.join(parent, 'b')), 'B is another data version');
  const server = await startServer({ root: served, port: 0 });
  try {
    await withPage(async (page) => {
      const d = await openAppAt(page, server.url, '');
      // The deploy: B replaces A under the open page.
      await rename(served, path.join(parent, 'a'));
      await rename(path.join(parent, 'b'), served);
      // The page is used: a country is opened, which needs the quotes and diaspora files.
      await page.getByTestId('map').getByRole('button', { name: /^Kazakhstan/ }).click();
      const reload = page.getByTestId('notice-reload');
      await reload.waitFor({ timeout: 15_000 });
      assert.match(await page.getByTestId('notice').first().innerText(), /updated since this page was opened/);
      // It keeps working on its own version: A's facts, never B's.
      const panel = page.getByTestId('panel');
      await panel.getByRole('heading', { level: 2, name: 'Kazakhstan' }).waitFor();
      assert.ok(!(await panel.innerText()).includes(MARK), 'no data of build B in the old tab');
      await page.getByTestId('map').getByRole('button', { name: /^Uzbekistan/ }).click();
      await panel.getByRole('heading', { level: 2, name: 'Uzbekistan' }).waitFor();
      // Reload: the page, the Wasm and the data of build B, together.
      await Promise.all([page.waitForEvent('load'), reload.click()]);
      await page.waitForSelector(READY_SELECTOR, { state: 'attached', timeout: 30_000 });
      await page.getByTestId('map').getByRole('button', { name: /^Kazakhstan/ }).click();
      await panel.getByText(`Republic of Kazakhstan${MARK}`).waitFor();
      assert.equal(await page.getByTestId('notice-reload').count(), 0);
      assertNoPanic(d);
      // Reload leaves the old page while its requests may still run (the favicon, late).
    }, { expect: { failedRequests: [/^net::ERR_ABORTED http:\/\/127\.0\.0\.1:\d+\/favicon-[0-9a-f]+\.svg$/] } });
  } finally {
    await server.close();
    await rm(parent, { recursive: true, force: true });
  }
});
