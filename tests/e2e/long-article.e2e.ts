/**
 * Speed on a 10,000-word article, in headless Chromium with the test build (see
 * helpers/measure.ts): trigger to highlights with the model not loaded and loaded, the
 * time to hide and show all highlights, and the page's long tasks. The trigger comes once
 * the page has loaded and gone idle, as a reader's would. The figures are printed; the wait
 * for highlights is held against a short article's in the same run (it must not grow with the
 * article), the toggle (the fastest of three) to two frames.
 */
import { expect, test } from 'vitest';
import { measurePageSpeed } from './helpers/measure';
import { useLede } from './helpers/setup';

const env = useLede();

test('a 10,000-word article: highlights soon after the trigger, no long task, instant toggle', async () => {
  const s = await measurePageSpeed(env.lede, env.server, 10_000);
  console.log(
    `10,000-word article (${s.words} words, ${s.ranges} person ranges): highlights ${s.cold.toFixed(0)} ms after the trigger; ` +
      `hide ${s.hide.toFixed(1)} ms, show ${s.show.toFixed(1)} ms after the command; long tasks: ${s.longTasks.length ? s.longTasks.map((d) => d.toFixed(0)).join(', ') + ' ms' : 'none'}`,
  );
  console.log(
    `the same article with the service worker awake, read from halfway down: highlights ${s.warm.toFixed(0)} ms after the trigger ` +
      `(${s.firstOnScreen} of the first ${s.firstRanges} person ranges on screen)`,
  );
  expect(s.words).toBeGreaterThanOrEqual(10_000);
  expect(s.ranges).toBeGreaterThan(100);
  // The part on screen comes first, so the wait must not grow with the article: against a
  // 1,000-word article measured in the same run (on the same, possibly busy, machine), ten
  // times the words may cost at most three times the wait. The absolute figures are the
  // bench's (npm run bench).
  const small = await measurePageSpeed(env.lede, env.server, 1_000);
  console.log(
    `1,000-word article: highlights ${small.cold.toFixed(0)} ms (first trigger), ${small.warm.toFixed(0)} ms (second tab)`,
  );
  // One pair of timings on a busy machine can be off by a scheduler's slice: a ratio over the
  // limit is measured again (up to twice) and the lowest kept, as tests/helpers/growth.ts does;
  // a wait that really grows with the article fails every time.
  let cold = s.cold / small.cold;
  let warm = s.warm / small.warm;
  for (let retry = 0; retry < 2 && (cold > 3 || warm > 3); retry++) {
    const [big, again] = [
      await measurePageSpeed(env.lede, env.server, 10_000),
      await measurePageSpeed(env.lede, env.server, 1_000),
    ];
    console.log(
      `measured again: ${big.cold.toFixed(0)} / ${again.cold.toFixed(0)} ms cold, ${big.warm.toFixed(0)} / ${again.warm.toFixed(0)} ms warm`,
    );
    cold = Math.min(cold, big.cold / again.cold);
    warm = Math.min(warm, big.warm / again.warm);
  }
  expect(cold).toBeLessThanOrEqual(3);
  expect(warm).toBeLessThanOrEqual(3);
  expect(s.hide).toBeLessThanOrEqual(32);
  expect(s.show).toBeLessThanOrEqual(32);
  expect(s.longTasks).toEqual([]);
  // The part on screen is painted first.
  expect(s.firstOnScreen).toBeGreaterThan(0);
  expect(s.firstRanges).toBeLessThan(s.ranges);
});

test('the long-task observer does see a long task in such a page (so "none" above means none)', async () => {
  const page = await env.lede.context.newPage();
  await page.goto(env.server.url('/demo/article.html'));
  const seen = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const tasks: number[] = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push(e.duration);
        }).observe({ type: 'longtask' });
        setTimeout(() => {
          const end = performance.now() + 80;
          while (performance.now() < end);
        }, 0);
        setTimeout(() => resolve(tasks), 200);
      }),
  );
  expect(seen.length).toBe(1);
  await page.close();
});
