// Accessibility audit with axe-core on the states people meet most: zero violations of
// serious or critical impact.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { openApp, server, withPage } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe on the page and returns the serious and critical violations. */
async function seriousViolations(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  // Fonts and layout settled, so that colour contrast is measured on what is shown.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
  const results = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    return axe.run(document, { resultTypes: ['violations'] });
  });
  const others = results.violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (others.length) console.log(`axe (minor/moderate): ${others.map((v) => `${v.id} ×${v.nodes.length}`).join(', ')}`);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
}

const STATES = [
  ['the default view', '', {}],
  ['a country panel', 'country=AZE', {}],
  ['the table view', 'view=table', {}],
  ['the quotes view with a disputed matter', 'view=quotes&country=CYN', {}],
  ['the quotes view on a phone', 'view=quotes&theme=diaspora', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ['embed mode', 'country=KAZ&embed=1', { viewport: { width: 480, height: 700 } }],
  ['the dark theme', 'country=CYN&theme=dark&layers=initiatives,diaspora', {}],
  ['a non-English language', 'country=TUR&lang=kk', {}],
  ['a phone', 'country=UZB', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ['a guided tour', 'tour=ots-history&step=5', {}],
  ['a guided tour on a phone in Kazakh', 'tour=diasporas&step=1&lang=kk', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ['the worksheet (issue 18)', 'print=worksheet', {}],
  ['the worksheet in the dark theme and Kyrgyz', 'print=worksheet&theme=dark&lang=ky', {}],
  ['the quiz: a question', 'quiz=1&seed=42', {}],
  ['the quiz: an answer with its source', 'quiz=1&seed=42&answers=1', {}],
  ['the quiz: the score, in Kazakh', 'lang=kk&quiz=1&seed=42&q=11&answers=0000000000', {}],
  ['the quiz on a phone', 'quiz=1&seed=42&q=2&answers=0', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
];

for (const [name, query, options] of STATES) {
  test(`axe finds no serious or critical violations: ${name}`, async () => {
    await withPage(async (page) => {
      await openApp(page, query);
      // The audit runs on the whole state: the panel's details have arrived (no loading
      // line), a country's panel has its heading, and the theme asked for is on.
      await page.waitForFunction(() => !document.querySelector('[data-testid=panel-loading]'), null, { timeout: 15_000 });
      if (/country=/.test(query) && !/view=quotes/.test(query)) {
        await page.getByTestId('panel').getByRole('heading', { level: 2 }).waitFor();
        await page.getByTestId('panel').getByTestId('item').first().waitFor();
      }
      if (/tour=/.test(query)) await page.getByTestId('tour-progress').filter({ hasText: /\d/ }).waitFor();
      if (/quiz=/.test(query)) await page.getByTestId('quiz-number').filter({ hasText: /\d/ }).waitFor({ timeout: 15_000 });
      const theme = /theme=(\w+)/.exec(query)?.[1];
      if (theme === 'dark') assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
      const violations = await seriousViolations(page);
      assert.deepEqual(violations, [], violations.join('\n'));
    }, options);
  });
}

test('axe finds no serious or critical violations: the list of guided tours', async () => {
  await withPage(async (page) => {
    await openApp(page, '');
    await page.getByTestId('tours-toggle').click();
    await page.getByTestId('tour-link').first().waitFor();
    const violations = await seriousViolations(page);
    assert.deepEqual(violations, [], violations.join('\n'));
  });
});

// Before the app runs: the static first paint (the boot map's country links and the boot
// text), with the Wasm held back so that the app does not start during the audit.
test('axe finds no serious or critical violations: the static first paint, before the Wasm', async () => {
  await withPage(async (page) => {
    let held;
    await page.route('**/*_bg.wasm*', (route) => {
      held = route;
    });
    await page.goto(`${server.url}/`, { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(300);
    try {
      assert.equal(await page.locator('.atlas').count(), 0, 'the app has not started');
      const violations = await seriousViolations(page);
      assert.deepEqual(violations, [], violations.join('\n'));
    } finally {
      await held?.abort().catch(() => {});
    }
  });
});
