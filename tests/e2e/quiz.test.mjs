// The quiz (issue 18, `?quiz=1`; src/quiz, src/ui/quiz_card.rs): a seed gives the same
// questions in two fresh pages (and the ones the native test pins for seed 42); a run
// through all ten questions by keyboard alone, to the score; an answer chosen on the map
// (a click on a country or Enter on it, not its panel); a reload mid-quiz keeps the question, the answer
// and the score; a bad seed is dropped with a notice and a new one written in.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LATE_LOADS_CUT_SHORT, openApp, withPage } from './harness.mjs';

/** The quiz's card once its chunk and data are in. */
async function openQuiz(page, query) {
  await openApp(page, query);
  await page.getByTestId('quiz-progress').waitFor({ timeout: 15_000 });
}

/** What the question shown asks: its progress line, sentence, subject and options. */
async function questionShown(page) {
  return page.evaluate(() => {
    const text = (id) => document.querySelector(`[data-testid=${id}]`)?.textContent.trim() ?? '';
    return {
      progress: text('quiz-progress'),
      sentence: text('quiz-question'),
      subject: text('quiz-subject'),
      options: [...document.querySelectorAll('[data-testid=quiz-option]')].map((b) => b.textContent.trim()),
    };
  });
}

/** Answers each question with its first option and goes on, to the score; the questions. */
async function runThrough(page) {
  const asked = [];
  for (let i = 0; i < 10; i += 1) {
    await page.getByTestId('quiz-progress').filter({ hasText: `${i + 1}` }).waitFor();
    asked.push(await questionShown(page));
    await page.getByTestId('quiz-option').first().click();
    await page.getByTestId('quiz-next').click();
  }
  await page.getByTestId('quiz-score').waitFor();
  return asked;
}

/** The element with the keyboard focus, by its test id and text. */
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { id: el?.dataset?.testid ?? el?.id ?? el?.tagName, text: el?.textContent.trim() ?? '' };
});

test('a seeded quiz asks the same ten questions in two fresh pages, the first one pinned natively', { timeout: 120_000 }, async () => {
  const runs = [];
  for (let run = 0; run < 2; run += 1) {
    await withPage(async (page) => {
      await openQuiz(page, 'quiz=1&seed=42');
      runs.push(await runThrough(page));
      assert.equal(new URL(page.url()).searchParams.get('seed'), '42', 'the seed stays in the address');
    });
  }
  assert.equal(runs[0].length, 10);
  assert.deepEqual(runs[1], runs[0]);
  assert.equal(new Set(runs[0].map((q) => q.sentence + q.subject)).size, 10, 'ten different questions');
  // quiz::tests::seed_42_asks_these_questions_first: a quote of Jeyhun Bayramov's, then
  // a question whose answer is Turkmenistan, its first option (the Wasm draws as natively).
  assert.equal(runs[0][0].sentence, 'Who said this?');
  assert.ok(runs[0][0].options.includes('Jeyhun Bayramov'), runs[0][0].options.join(', '));
  assert.equal(runs[0][1].options[0], 'Turkmenistan');
  await withPage(async (page) => {
    await openQuiz(page, 'quiz=1&seed=43');
    assert.notDeepEqual(await questionShown(page), runs[0][0], 'another seed, other questions');
  });
});

test('a quiz can be done with the keyboard alone, to its score', { timeout: 120_000 }, async () => {
  await withPage(async (page) => {
    await openQuiz(page, 'quiz=1&seed=42');
    // Tab from the top of the page to the first option.
    for (let presses = 0; (await focused(page)).id !== 'quiz-option'; presses += 1) {
      assert.ok(presses < 60, 'Tab reaches the options');
      await page.keyboard.press('Tab');
    }
    for (let i = 0; i < 10; i += 1) {
      // The arrows move among the options (round the end), Enter answers.
      const first = (await focused(page)).text;
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      assert.equal((await focused(page)).text, first, 'ArrowDown then ArrowUp comes back');
      await page.keyboard.press('ArrowUp');
      assert.notEqual((await focused(page)).text, first, 'ArrowUp from the first goes round to the last');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.dataset.testid === 'quiz-next');
      assert.match(await page.getByTestId('quiz-live').innerText(), /^(Right|Not right)\./, 'the verdict is announced');
      await page.keyboard.press('Enter');
      if (i < 9) {
        await page.waitForFunction(() => document.activeElement?.id === 'quiz-question');
        assert.match(await page.getByTestId('quiz-progress').innerText(), new RegExp(`^Question ${i + 2} of 10$`));
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).id, 'quiz-option');
      }
    }
    await page.waitForFunction(() => document.activeElement?.id === 'quiz-score');
    assert.match(await page.getByTestId('quiz-score').innerText(), /^You answered \d+ of 10 questions right\.$/);
    // "The same quiz again" by keyboard: back at question 1, no answer kept.
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'quiz-same');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'quiz-question');
    assert.equal(await page.getByTestId('quiz-progress').innerText(), 'Question 1 of 10');
    assert.equal(new URL(page.url()).search, '?quiz=1&seed=42');
  });
});

test('a country clicked on the map answers the question instead of opening its panel', { timeout: 60_000 }, async () => {
  await withPage(async (page) => {
    // Seed 42's second question: its answer is Turkmenistan.
    await openQuiz(page, 'quiz=1&seed=42&q=2&answers=0');
    assert.equal(await page.getByTestId('quiz-progress').innerText(), 'Question 2 of 10');
    // A country that is not an option, chosen with the map's keyboard (focus, Enter):
    // said so, nothing answered.
    await page.locator('path.country[data-code="IRN"]').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('quiz-live').filter({ hasText: 'Iran is not one of the answers offered.' }).waitFor();
    assert.equal(await page.getByTestId('quiz-feedback').count(), 0);
    // The answer, clicked (at a point of its shape that nothing covers).
    const point = await page.evaluate(() => {
      const shape = document.querySelector('path.country[data-code="TKM"]');
      const box = shape.getBoundingClientRect();
      for (let fy = 0.3; fy <= 0.7; fy += 0.1) {
        for (let fx = 0.3; fx <= 0.7; fx += 0.1) {
          const [x, y] = [box.x + box.width * fx, box.y + box.height * fy];
          if (document.elementFromPoint(x, y) === shape) return { x, y };
        }
      }
      return null;
    });
    assert.ok(point, 'Turkmenistan can be clicked');
    await page.mouse.click(point.x, point.y);
    await page.getByTestId('quiz-feedback').waitFor();
    assert.match(await page.getByTestId('quiz-feedback').innerText(), /Right\.\s*The answer: Turkmenistan\./);
    assert.ok(await page.getByTestId('quiz-source').count() > 0, 'the answer names its source');
    assert.equal(await page.getByTestId('panel').count(), 0, 'no country panel');
    const query = new URL(page.url()).searchParams;
    assert.equal(query.get('country'), null, 'no country selected');
    assert.equal(query.get('answers'), '00');
  });
});

test('a reload in the middle of a quiz keeps the question, the answer and the score', { timeout: 60_000 }, async () => {
  await withPage(async (page) => {
    await openQuiz(page, 'quiz=1&seed=7');
    await page.getByTestId('quiz-option').nth(1).click();
    await page.getByTestId('quiz-next').click();
    await page.getByTestId('quiz-progress').filter({ hasText: 'Question 2 of 10' }).waitFor();
    await page.getByTestId('quiz-option').nth(0).click();
    const before = { question: await questionShown(page), feedback: await page.getByTestId('quiz-feedback').innerText() };
    assert.match(new URL(page.url()).search, /^\?quiz=1&seed=7&q=2&answers=10$/);
    await page.reload();
    await page.getByTestId('quiz-feedback').waitFor({ timeout: 15_000 });
    assert.deepEqual(await questionShown(page), before.question);
    assert.equal(await page.getByTestId('quiz-feedback').innerText(), before.feedback);
    // (The reload may cut short the downloads that follow the map: the outer geometry,
    // the version check.)
  }, { expect: LATE_LOADS_CUT_SHORT });
});

test('a bad seed is dropped with a notice and a new one written into the address', { timeout: 60_000 }, async () => {
  await withPage(async (page) => {
    await openQuiz(page, 'quiz=1&seed=abc');
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), /“abc”/);
    await page.waitForFunction(() => /^\d+$/.test(new URLSearchParams(location.search).get('seed') ?? ''));
    assert.match(await page.getByTestId('quiz-number').innerText(), /^Quiz number \d+\./);
  });
});

test('the About panel starts the quiz; closing it brings the panel back', { timeout: 60_000 }, async () => {
  await withPage(async (page) => {
    await openApp(page, 'lang=en');
    await page.getByTestId('quiz-start').click();
    await page.getByTestId('quiz-progress').waitFor({ timeout: 15_000 });
    assert.match(new URL(page.url()).search, /^\?lang=en&quiz=1&seed=\d+$/);
    await page.getByTestId('quiz-close').click();
    await page.getByTestId('about-panel').waitFor();
    assert.equal(new URL(page.url()).search, '?lang=en');
  });
});
