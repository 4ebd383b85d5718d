/**
 * The page zoo's pages that test the page's responsiveness while Lede works (a page that never
 * stops changing, 50,000 and 80,000 words): no long task, input answered at once. They measure
 * time, so they run alone, after the other browser tests (vitest.e2e.config.ts).
 */
import { describe, expect, test } from 'vitest';
import { longArticle } from './helpers/long-article';
import { useLede } from './helpers/setup';
import { pageStillWorks, zooVisitor } from './helpers/zoo';

const env = useLede();
const visit = zooVisitor(env);

describe('the page zoo, large and restless pages', () => {
  test('a page that never stops changing: annotated once, not re-read again and again, no long task', async () => {
    const v = await visit('/pages/zoo/mutating.html');
    expect(v.state).toBe('ready');
    const first = await v.page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; ledeSeen: unknown };
      w.longTasks = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
        type: 'longtask',
      });
      w.ledeSeen = CSS.highlights.get('lede-person');
      return (window as unknown as { mutations: number }).mutations;
    });
    await v.page.waitForTimeout(1500);
    const after = await v.page.evaluate(() => ({
      same: CSS.highlights.get('lede-person') === (window as unknown as { ledeSeen: unknown }).ledeSeen,
      mutations: (window as unknown as { mutations: number }).mutations,
      longTasks: (window as unknown as { longTasks: number[] }).longTasks,
    }));
    expect(after.mutations - first).toBeGreaterThan(20);
    expect(after.same).toBe(true);
    expect(after.longTasks).toEqual([]);
    await pageStillWorks(v);
  });

  test('a 50,000-word page: annotated, the page stays responsive', async () => {
    const t0 = Date.now();
    const v = await visit('/pages/long-50k.html', longArticle(50_000));
    expect(v.state).toBe('ready');
    const ranges = await v.page.evaluate(() => (CSS.highlights.get('lede-person') as unknown as Set<Range>).size);
    expect(ranges).toBeGreaterThan(1000);

    console.log(
      `50,000-word page: card ready and ${ranges} person ranges ${Date.now() - t0} ms after opening the page`,
    );
    // The page answers input at once after annotation.
    const lag = await v.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const t = performance.now();
          setTimeout(() => resolve(performance.now() - t), 0);
        }),
    );
    expect(lag).toBeLessThan(50);
  });

  test('an 80,000-word page: Lede reads its opening, and the card says how much', async () => {
    const v = await visit('/pages/long-80k.html', longArticle(80_000));
    expect(v.state).toBe('ready');
    expect(v.text).toMatch(/This page is very long: Lede read its first [\d,]+ of 8\d,\d{3} words/u);
    expect(await v.page.evaluate(() => CSS.highlights.has('lede-person'))).toBe(true);
  });
});
