/**
 * Lede's speed in the page, measured in headless Chromium on a generated article: from the
 * trigger (the keyboard command, run in the service worker) to highlights registered, the
 * first time (model not loaded) and again in a second tab (model loaded, read from halfway
 * down); the time to hide and show all highlights; the page's long tasks (PerformanceObserver).
 * Shared by the browser test and `npm run bench`.
 */
import type { Page } from 'playwright-core';
import type { LedeBrowser } from './chromium';
import { longArticle } from './long-article';
import type { StaticServer } from './server';

export interface PageSpeed {
  words: number;
  /** Person ranges once the whole article is read. */
  ranges: number;
  /** Trigger to highlights, model not yet loaded (ms). */
  cold: number;
  /** Trigger to highlights in a second tab, model loaded, read from halfway down (ms). */
  warm: number;
  /** In that second tab, the first highlights: how many person ranges, and how many on screen. */
  firstRanges: number;
  firstOnScreen: number;
  /** Command to highlights gone, and back (ms). */
  hide: number;
  show: number;
  /** Main-thread tasks over 50 ms in the page, from before the trigger to after the toggles. */
  longTasks: number[];
}

/** Waits until the page has rendered and is idle, as it is when a reader asks for Lede. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 3000 })));
  await page.waitForTimeout(500);
}

async function open(lede: LedeBrowser, url: string, body: string, halfway = false): Promise<Page> {
  const page = await lede.context.newPage();
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(url);
  await page.bringToFront();
  if (halfway) await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await settle(page);
  return page;
}

/** Runs the command in the service worker; resolves to when it started (epoch ms). */
function command(lede: LedeBrowser, name: string): Promise<number> {
  return lede.sw.evaluate(async (c) => {
    const started = performance.timeOrigin + performance.now();
    await (globalThis as unknown as { ledeTest: { runCommand(c: string): Promise<void> } }).ledeTest.runCommand(c);
    return started;
  }, name);
}

/** Polls until lede-person is (or is not) registered; the time (epoch ms) and the ranges then. */
function watch(page: Page, want: boolean): Promise<{ at: number; total: number; onScreen: number }> {
  return page.evaluate(
    (w) =>
      new Promise<{ at: number; total: number; onScreen: number }>((resolve) => {
        const check = (): void => {
          const h = CSS.highlights.get('lede-person') as unknown as Set<Range> | undefined;
          if (Boolean(h) !== w) {
            setTimeout(check, 1);
            return;
          }
          const at = performance.timeOrigin + performance.now();
          let onScreen = 0;
          for (const r of h ?? []) {
            const rect = r.getBoundingClientRect();
            if (rect.bottom > 0 && rect.top < innerHeight) onScreen++;
          }
          resolve({ at, total: h?.size ?? 0, onScreen });
        };
        check();
      }),
    want,
  );
}

async function timed(
  lede: LedeBrowser,
  page: Page,
  want: boolean,
): Promise<{ ms: number; total: number; onScreen: number }> {
  const seen = watch(page, want);
  const started = await command(lede, 'toggle-highlights');
  const s = await seen;
  return { ms: s.at - started, total: s.total, onScreen: s.onScreen };
}

export async function measurePageSpeed(lede: LedeBrowser, server: StaticServer, words: number): Promise<PageSpeed> {
  const url = server.url(`/pages/generated-${words}.html`);
  const body = longArticle(words);
  const page = await open(lede, url, body);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  const counted = await page.evaluate(() => document.body.innerText.split(/\s+/u).length);
  const cold = await timed(lede, page, true);
  // The whole article read: its ranges.
  await page.waitForTimeout(1000);
  const ranges = await page.evaluate(() => (CSS.highlights.get('lede-person') as unknown as Set<Range>).size);
  // The toggle's time is the fastest of three hide/show pairs: one command's round trip through
  // the service worker can stall on a busy machine, and a stall is not the toggle's cost.
  let hide = Infinity;
  let show = Infinity;
  for (let i = 0; i < 3; i++) {
    hide = Math.min(hide, (await timed(lede, page, false)).ms);
    show = Math.min(show, (await timed(lede, page, true)).ms);
  }
  await page.waitForTimeout(200);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);

  const second = await open(lede, url, body, true);
  const warm = await timed(lede, second, true);
  await second.close();
  await page.close();
  return {
    words: counted,
    ranges,
    cold: cold.ms,
    warm: warm.ms,
    firstRanges: warm.total,
    firstOnScreen: warm.onScreen,
    hide,
    show,
    longTasks,
  };
}
