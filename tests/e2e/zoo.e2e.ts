/**
 * The page zoo: pages written to be hard on an annotator. On each, Lede gives a correct
 * result or a clear state (the popup's), and never breaks the page: the page's own script
 * still works, its DOM is unchanged apart from Lede's one host element, and nothing throws
 * in the page.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { longArticle } from './helpers/long-article';
import { openPopup } from './helpers/popup';
import { useLede } from './helpers/setup';

const env = useLede();

const SETTLED = `['ready', 'not-article', 'restricted', 'error'].includes(document.getElementById('app')?.dataset.state)`;

interface Visit {
  page: Page;
  state: string;
  title: string;
  /** The popup's text when it settled. */
  text: string;
  pageErrors: string[];
  domBefore: string;
}

const opened: Page[] = [];
afterEach(async () => {
  for (const p of opened.splice(0)) await p.close();
});

/** Opens a zoo page, asks Lede for its card, and returns the card's state. */
async function visit(path: string, body?: string): Promise<Visit> {
  const page = await env.lede.context.newPage();
  opened.push(page);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const url = env.server.url(path);
  if (body) await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(url);
  const domBefore = await outerHtml(page);
  const popup = await openPopup(env.lede.context, env.lede.sw, page);
  await popup.waitFor(SETTLED, 30_000);
  const state = await popup.evaluate<string>(`document.getElementById('app').dataset.state`);
  const title = await popup.evaluate<string>(`document.querySelector('h1')?.textContent ?? ''`);
  const text = await popup.evaluate<string>(`document.getElementById('app')?.textContent ?? ''`);
  await popup.close();
  return { page, state, title, text, pageErrors, domBefore };
}

/** The page's DOM without Lede's host element (the one thing Lede may add). */
const outerHtml = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('lede-card').forEach((e) => e.remove());
    return clone.outerHTML;
  });

/** The texts of a highlight's ranges (plain loops: some zoo pages replace Array methods). */
const highlightTexts = (page: Page, name: string): Promise<string[]> =>
  page.evaluate((n) => {
    const out: string[] = [];
    for (const r of (CSS.highlights.get(n) as unknown as Set<Range> | undefined) ?? []) out.push(String(r));
    return out;
  }, name);

/** The page's own button still counts clicks (its script runs and its listeners work). */
async function pageStillWorks(v: Visit): Promise<void> {
  await v.page.click('#page-button');
  expect(await v.page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(1);
  expect(v.pageErrors.filter((e) => !e.startsWith('page:'))).toEqual([]);
}

describe('the page zoo', () => {
  test('a strict Content-Security-Policy page: annotated, styled, hover card works', async () => {
    const v = await visit('/pages/zoo/csp.html');
    expect(v.state).toBe('ready');
    expect(await highlightTexts(v.page, 'lede-person')).toEqual(expect.arrayContaining(['Petra Lange']));
    // The highlight styles are in place despite style-src 'self' (a constructed sheet).
    expect(await v.page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    await pageStillWorks(v);
    expect(await outerHtml(v.page)).toBe(v.domBefore);
  });

  test('a page that replaces built-ins and posts Lede-like messages: Lede works, and is not driven by the page', async () => {
    const v = await visit('/pages/zoo/builtins.html');
    expect(v.state).toBe('ready');
    expect(await highlightTexts(v.page, 'lede-place')).toEqual(expect.arrayContaining(['Bremen', 'Hamburg']));
    // The page tries again, now that Lede is there: nothing changes.
    await v.page.evaluate(() => {
      window.postMessage({ type: 'lede/toggle-visible' }, '*');
      document.dispatchEvent(new CustomEvent('lede/toggle-visible', { detail: {} }));
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'lede/analyse', force: true } }));
    });
    await v.page.waitForTimeout(300);
    expect(await v.page.evaluate(() => CSS.highlights.has('lede-place'))).toBe(true);
    expect(v.pageErrors.filter((e) => !e.startsWith('page:'))).toEqual([]);
  });

  test('a frameset: the top document has no article, and the card says so', async () => {
    const v = await visit('/pages/zoo/frameset.html');
    expect(v.state).toBe('not-article');
    expect(v.title).toBe('This page is not an article');
    expect(v.pageErrors).toEqual([]);
    expect(await outerHtml(v.page)).toBe(v.domBefore);
  });

  test('iframes are left alone: the top article is annotated, the frames are not touched', async () => {
    const v = await visit('/pages/zoo/iframes.html');
    expect(v.state).toBe('ready');
    expect(await highlightTexts(v.page, 'lede-person')).toEqual(expect.arrayContaining(['Petra Lange']));
    for (const frame of v.page.frames().slice(1)) {
      expect(await frame.evaluate(() => CSS.highlights.size)).toBe(0);
      expect(await frame.evaluate(() => document.querySelector('lede-card'))).toBeNull();
    }
    await pageStillWorks(v);
    expect(await outerHtml(v.page)).toBe(v.domBefore);
  });

  test('open shadow roots: a clear state, and the components keep working', async () => {
    const v = await visit('/pages/zoo/shadow.html');
    expect(['ready', 'not-article']).toContain(v.state);
    expect(
      await v.page.evaluate(() => document.querySelector('story-body')?.shadowRoot?.querySelectorAll('p').length),
    ).toBe(2);
    await pageStillWorks(v);
  });

  test('a right-to-left page: read, its names and dates found, its title shown right to left', async () => {
    const v = await visit('/pages/zoo/rtl.html');
    expect(v.state).toBe('ready');
    expect(await highlightTexts(v.page, 'lede-org')).toEqual(expect.arrayContaining(['Bremen Port Association']));
    expect(await highlightTexts(v.page, 'lede-date')).toEqual(['Tuesday']);
    const popup = await openPopup(env.lede.context, env.lede.sw, v.page);
    await popup.waitFor(SETTLED);
    expect(await popup.evaluate<string>(`document.querySelector('.card .title').getAttribute('dir')`)).toBe('rtl');
    await popup.close();
    await pageStillWorks(v);
  });

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

  test('a page with no article: "not an article", with the offer to annotate anyway', async () => {
    const v = await visit('/pages/zoo/no-article.html');
    expect(v.state).toBe('not-article');
    expect(await v.page.evaluate(() => CSS.highlights.size)).toBe(0);
    await pageStillWorks(v);
    expect(await outerHtml(v.page)).toBe(v.domBefore);
  });

  test('messages: malformed or unknown requests are refused with a clear error, by the worker and the page script', async () => {
    const v = await visit('/pages/zoo/csp.html');
    const popup = await openPopup(env.lede.context, env.lede.sw, v.page);
    await popup.waitFor(SETTLED);
    const refusal = (expression: string): Promise<string> =>
      popup.evaluate<string>(`(${expression}).then(() => 'accepted', (e) => e.message)`);
    const tab = await env.lede.sw.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    );
    expect(await refusal(`chrome.runtime.sendMessage({ type: 'lede/nope' })`)).toContain(
      'unknown or malformed request',
    );
    expect(await refusal(`chrome.runtime.sendMessage({ type: 'lede/analyse-tab', tabId: 'all' })`)).toContain(
      'unknown or malformed request',
    );
    expect(await refusal(`chrome.runtime.sendMessage({ type: 'lede/wiki-preview', name: 'x'.repeat(500) })`)).toContain(
      'unknown or malformed request',
    );
    expect(
      await refusal(`chrome.tabs.sendMessage(${tab}, { type: 'lede/reveal', blockId: -1, start: 0, end: 1 })`),
    ).toContain('unknown or malformed request');
    expect(await refusal(`chrome.tabs.sendMessage(${tab}, { type: 'lede/step-mention', direction: 5 })`)).toContain(
      'unknown or malformed request',
    );
    // A well-formed one is answered.
    expect(await refusal(`chrome.tabs.sendMessage(${tab}, { type: 'lede/ping' })`)).toBe('accepted');
    await popup.close();
  });

  test('a page whose strings hold markup: annotated, nothing runs', async () => {
    const v = await visit('/pages/hostile.html');
    expect(v.state).toBe('ready');
    expect(v.title).toContain('<img src=x onerror="window.pwned=1">');
    expect(await v.page.evaluate(() => typeof (window as unknown as { pwned?: unknown }).pwned)).toBe('undefined');
    expect(await outerHtml(v.page)).toBe(v.domBefore);
  });

  test('a page whose only language is og:locale "en_US": the card appears, in American English', async () => {
    const v = await visit('/pages/zoo/og-locale.html');
    expect(v.state).toBe('ready');
    expect(v.title).toBe('Dock strike spreads to Bremen');
    expect(v.text).toContain('American English');
    expect(await highlightTexts(v.page, 'lede-person')).toEqual(expect.arrayContaining(['Petra Lange']));
    await pageStillWorks(v);
  });

  test('a page with an inline style jsdom cannot parse: annotated as any other', async () => {
    const v = await visit('/pages/zoo/invalid-css.html');
    expect(v.state).toBe('ready');
    expect(await highlightTexts(v.page, 'lede-person')).toEqual(expect.arrayContaining(['Martina Vogel']));
    await pageStillWorks(v);
  });

  test('synthetic pointer and focus events from the page do not drive the hover card; the reader’s pointer does', async () => {
    const v = await visit('/pages/zoo/og-locale.html');
    const cardOpen = (): Promise<boolean> =>
      v.page.evaluate(() => {
        const card = document.querySelector('lede-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
        return !!card && !card.hidden;
      });
    const point = await v.page.evaluate(() => {
      const range = [...((CSS.highlights.get('lede-person') as unknown as Set<Range> | undefined) ?? [])][0];
      const r = range?.getClientRects()[0];
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    });
    expect(point).not.toBeNull();
    const { x, y } = point as { x: number; y: number };
    await v.page.evaluate(
      ([px, py]) => {
        const target = document.elementFromPoint(px, py) ?? document.body;
        for (let i = 0; i < 5; i++)
          target.dispatchEvent(new PointerEvent('pointermove', { clientX: px, clientY: py, bubbles: true }));
        target.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      },
      [x, y] as const,
    );
    await v.page.waitForTimeout(700);
    expect(await cardOpen()).toBe(false);
    await v.page.mouse.move(x, y);
    await expect.poll(cardOpen).toBe(true);
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
