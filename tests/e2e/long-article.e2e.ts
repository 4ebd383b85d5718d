/**
 * Speed on a 10,000-word article, in headless Chromium with the test build: time from the
 * trigger (the keyboard command) to highlights registered, the page's long tasks (over
 * 50 ms, from PerformanceObserver), and the time to hide and show all highlights.
 * The trigger comes once the page has loaded and gone idle, as a reader's would; the first
 * time with Lede's model not loaded (a service worker just started), then with it loaded.
 * The figures are printed, and held to looser limits than the product's so that a slow CI
 * machine does not flake.
 */
import { expect, test } from 'vitest';
import { longArticle } from './helpers/long-article';
import { useLede } from './helpers/setup';

const env = useLede();

test('a 10,000-word article: highlights soon after the trigger, no long task, instant toggle', async () => {
  const page = await env.lede.context.newPage();
  const url = env.server.url('/pages/long-generated.html');
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: longArticle(10_000) }));
  await page.goto(url);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  const words = await page.evaluate(() => document.body.innerText.split(/\s+/u).length);
  expect(words).toBeGreaterThanOrEqual(10_000);
  await page.bringToFront();
  /** Waits until the page has rendered and is idle, as it is when a reader asks for Lede. */
  const settle = async (p: typeof page): Promise<void> => {
    await p.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 3000 })));
    await p.waitForTimeout(500);
  };
  await settle(page);
  // The trigger: the keyboard command on a page Lede has not read.
  /** Runs the command in the service worker; resolves to when it started (epoch ms). */
  const command = (c: string): Promise<number> =>
    env.lede.sw.evaluate(async (name) => {
      const started = performance.timeOrigin + performance.now();
      await (globalThis as unknown as { ledeTest: { runCommand(c: string): Promise<void> } }).ledeTest.runCommand(name);
      return started;
    }, c);
  /** Polls the page until lede-person is (or is not) registered; resolves to when (epoch ms). */
  const watch = (want: boolean): Promise<number> =>
    page.evaluate(
      (w) =>
        new Promise<number>((resolve) => {
          const check = (): void => {
            if (CSS.highlights.has('lede-person') === w) resolve(performance.timeOrigin + performance.now());
            else setTimeout(check, 1);
          };
          check();
        }),
      want,
    );
  const timed = async (c: string, want: boolean): Promise<number> => {
    const seen = watch(want);
    const started = await command(c);
    return (await seen) - started;
  };
  const shown = await timed('toggle-highlights', true);
  const ranges = await page.evaluate(() => (CSS.highlights.get('lede-person') as unknown as Set<Range>).size);
  const hidden = await timed('toggle-highlights', false);
  const again = await timed('toggle-highlights', true);
  await page.waitForTimeout(200);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  console.log(
    `10,000-word article (${words} words, ${ranges} person ranges): highlights ${shown.toFixed(0)} ms after the trigger; ` +
      `hide ${hidden.toFixed(1)} ms, show ${again.toFixed(1)} ms after the command; long tasks: ${longTasks.length ? longTasks.map((d) => d.toFixed(0)).join(', ') + ' ms' : 'none'}`,
  );
  expect(ranges).toBeGreaterThan(100);
  // The product's limit is 150 ms; see the note above on the looser line.
  expect(shown).toBeLessThanOrEqual(400);
  // The product's limit is 16 ms (one frame); the test allows two, for slow CI machines.
  expect(hidden).toBeLessThanOrEqual(32);
  expect(again).toBeLessThanOrEqual(32);
  expect(longTasks).toEqual([]);

  // The same article in a second tab, with Lede's service worker awake, read from halfway
  // down: the first highlights are those on screen.
  const second = await env.lede.context.newPage();
  await second.route(url, (route) => route.fulfill({ contentType: 'text/html', body: longArticle(10_000) }));
  await second.goto(url);
  await second.bringToFront();
  await second.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await settle(second);
  const seen = second.evaluate(
    () =>
      new Promise<{ at: number; onScreen: number; total: number }>((resolve) => {
        const check = (): void => {
          const h = CSS.highlights.get('lede-person') as unknown as Set<Range> | undefined;
          if (!h) {
            setTimeout(check, 1);
            return;
          }
          const at = performance.timeOrigin + performance.now();
          const onScreen = [...h].filter((r) => {
            const rect = r.getBoundingClientRect();
            return rect.bottom > 0 && rect.top < innerHeight;
          }).length;
          resolve({ at, onScreen, total: h.size });
        };
        check();
      }),
  );
  const started = await command('toggle-highlights');
  const first = await seen;
  const warm = first.at - started;
  console.log(
    `the same article with the service worker awake, read from halfway down: highlights ${warm.toFixed(0)} ms after the trigger ` +
      `(${first.onScreen} of the first ${first.total} person ranges on screen)`,
  );
  expect(warm).toBeLessThanOrEqual(300);
  expect(first.onScreen).toBeGreaterThan(0);
  expect(first.total).toBeLessThan(ranges);

  // The observer does see a long task in this page (so "none" above means none).
  await page.evaluate(() =>
    setTimeout(() => {
      const end = performance.now() + 80;
      while (performance.now() < end);
    }, 0),
  );
  await page.waitForTimeout(100);
  expect((await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)).length).toBe(1);
  await second.close();
  await page.close();
});
