/**
 * The whole path on the demo article, in headless Chromium with the test build: the real
 * popup triggers Lede, the five highlights hold the right text, the card shows the article,
 * the switch and the keyboard command hide and show every highlight (also on screen), the
 * page's DOM is untouched, and `lede/get-analysis` answers with the analysis.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { comparePixels } from './helpers/pixels';
import { openPopup, type PopupHandle } from './helpers/popup';
import { useLede } from './helpers/setup';

const NAMES = ['lede-person', 'lede-org', 'lede-place', 'lede-other', 'lede-date'] as const;

const env = useLede();

/** The text of every range in each Lede highlight, read in the page's own world. */
function highlightTexts(page: Page): Promise<Record<string, string[] | null>> {
  return page.evaluate((names) => {
    const out: Record<string, string[] | null> = {};
    for (const name of names) {
      const h = CSS.highlights.get(name);
      out[name] = h ? [...(h as unknown as Set<Range>)].map((r) => r.toString()) : null;
    }
    return out;
  }, NAMES);
}

/** Highlights whose range lies in page chrome rather than the article body. */
function rangesOutsideArticle(page: Page): Promise<string[]> {
  return page.evaluate((names) => {
    const out: string[] = [];
    for (const name of names) {
      for (const r of (CSS.highlights.get(name) as unknown as Set<Range> | undefined) ?? []) {
        const node = r.commonAncestorContainer;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (el?.closest('.bio, aside, nav, footer, .newsletter, .byline')) out.push(r.toString());
      }
    }
    return out;
  }, NAMES);
}

const registeredCount = (page: Page): Promise<number> =>
  page.evaluate((names) => names.filter((n) => CSS.highlights.has(n)).length, NAMES);

async function activeTabId(): Promise<number> {
  return env.lede.sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

describe('Lede on the demo article', () => {
  let page: Page;
  let popup: PopupHandle;
  let domBefore: string;
  let shotBefore: Buffer;

  test('the real popup annotates the article and shows its card', async () => {
    page = await env.lede.context.newPage();
    await page.goto(env.server.url('/demo/article.html'));
    // Playwright's screenshot leaves an empty style attribute on form fields it hides the
    // caret of, so the reference DOM is read after the first screenshot.
    shotBefore = await page.screenshot();
    domBefore = await page.evaluate(() => document.documentElement.outerHTML);

    popup = await openPopup(env.lede.context, env.lede.sw, page);
    await popup.waitFor("document.getElementById('app')?.dataset.state === 'ready'");

    const card = await popup.evaluate<{ title: string; facts: string; text: string }>(`({
      title: document.querySelector('.card .title')?.textContent ?? '',
      facts: document.querySelector('.card .facts')?.textContent ?? '',
      text: document.body.textContent,
    })`);
    expect(card.title).toBe('Rhine shippers cut loads as river falls to record low');
    expect(card.facts).toContain('The Meridian Ledger');
    expect(card.facts).toContain('By Hannah Weiss, Tomás Ortega');
    // In the browser's language (en-US here: "Aug 14, 2025"; en-GB would say "14 Aug 2025").
    expect(card.facts).toMatch(/14 Aug(ust)? 2025|Aug(ust)? 14, 2025/u);
    expect(card.facts).toMatch(/min read/);
    expect(card.text).toContain('Summary');
    expect(card.text).toContain('BASF');
  });

  test('each highlight holds the expected ranges, and none in the page chrome', async () => {
    const texts = await highlightTexts(page);
    expect(texts['lede-person']).toEqual(expect.arrayContaining(['Martina Vogel', 'Ursula Hartmann']));
    expect(texts['lede-org']).toEqual(expect.arrayContaining(['BASF', 'Federal Waterways Agency']));
    expect(texts['lede-place']).toEqual(expect.arrayContaining(['Switzerland', 'Basel', 'Duisburg']));
    expect(texts['lede-other']).toEqual(expect.arrayContaining(['Dutch', 'German']));
    expect(texts['lede-date']).toEqual(expect.arrayContaining(['Tuesday', 'Wednesday', 'next week']));
    // The author bio, related stories, newsletter promo and byline are not the article.
    expect(await rangesOutsideArticle(page)).toEqual([]);
    expect(texts['lede-person']).not.toContain('Hannah Weiss');
  });

  test("the page's DOM is unchanged and the highlights are painted", async () => {
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(domBefore);
    const on = await comparePixels(env.lede.context, await page.screenshot(), shotBefore);
    expect(on.changed).toBeGreaterThan(2000);
    expect(on.dateYellow).toBeGreaterThan(100);
  });

  test('the popup switch hides every highlight and brings them back', async () => {
    // A popup closes when the page takes focus (as for a screenshot), so each switch
    // flip opens the popup again, as a reader would.
    const flip = async (): Promise<void> => {
      const p = await openPopup(env.lede.context, env.lede.sw, page);
      await p.waitFor("document.getElementById('app')?.dataset.state === 'ready'");
      await p.evaluate("document.getElementById('toggle-highlights').click()");
      await p.close();
    };
    await popup.close();
    await flip();
    await expect.poll(() => registeredCount(page), { timeout: 5000 }).toBe(0);
    const off = await comparePixels(env.lede.context, await page.screenshot(), shotBefore);
    expect(off).toEqual({ changed: 0, dateYellow: 0 });

    await flip();
    await expect.poll(() => registeredCount(page), { timeout: 5000 }).toBe(NAMES.length);
    const back = await comparePixels(env.lede.context, await page.screenshot(), shotBefore);
    expect(back.changed).toBeGreaterThan(2000);
  });

  test("the keyboard command's handler hides and shows them", async () => {
    await page.bringToFront();
    const run = (): Promise<void> =>
      env.lede.sw.evaluate(() =>
        (globalThis as unknown as { ledeTest: { runCommand(c: string): Promise<void> } }).ledeTest.runCommand(
          'toggle-highlights',
        ),
      );
    await run();
    await expect.poll(() => registeredCount(page), { timeout: 5000 }).toBe(0);
    await run();
    await expect.poll(() => registeredCount(page), { timeout: 5000 }).toBe(NAMES.length);
  });

  test('lede/get-analysis answers with the analysis as JSON', async () => {
    await page.bringToFront();
    const tabId = await activeTabId();
    const analysis = (await env.lede.sw.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'lede/get-analysis' }),
      tabId,
    )) as {
      meta: { title: string; byline: string[]; publishedTime: string };
      entities: { name: string; type: string; mentions: { text: string }[] }[];
      dates: { text: string; value: string }[];
      summary: { text: string }[];
    };
    expect(analysis.meta.title).toBe('Rhine shippers cut loads as river falls to record low');
    expect(analysis.meta.byline).toEqual(['Hannah Weiss', 'Tomás Ortega']);
    expect(analysis.meta.publishedTime).toBe('2025-08-14T07:30:00+02:00');
    const vogel = analysis.entities.find((e) => e.name === 'Martina Vogel');
    expect(vogel?.type).toBe('PERSON');
    expect(vogel?.mentions.map((m) => m.text)).toEqual(['Martina Vogel', 'Vogel']);
    expect(analysis.dates).toEqual(
      expect.arrayContaining([expect.objectContaining({ text: 'Tuesday', value: '2025-08-12' })]),
    );
    expect(analysis.summary.length).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(domBefore);
  });
});

describe('pages that are not articles', () => {
  test('a front page gets "not an article", and "annotate anyway" annotates it', async () => {
    const page = await env.lede.context.newPage();
    await page.goto(env.server.url('/pages/front-page.html'));
    const popup = await openPopup(env.lede.context, env.lede.sw, page);
    await popup.waitFor("document.getElementById('app')?.dataset.state === 'not-article'");
    expect(await popup.evaluate<string>("document.querySelector('h1').textContent")).toBe(
      'This page is not an article',
    );
    expect(await registeredCount(page)).toBe(0);
    await popup.evaluate(
      "[...document.querySelectorAll('button')].find(b => b.textContent === 'Annotate anyway').click()",
    );
    await popup.waitFor("document.getElementById('app')?.dataset.state === 'ready'");
    const texts = await highlightTexts(page);
    expect(texts['lede-place']).toEqual(expect.arrayContaining(['Europe']));
    await popup.close();
    await page.close();
  });

  test('a browser page Lede may not read says so', async () => {
    const page = await env.lede.context.newPage();
    await page.goto('chrome://version');
    const popup = await openPopup(env.lede.context, env.lede.sw, page);
    await popup.waitFor("document.getElementById('app')?.dataset.state === 'restricted'");
    expect(await popup.evaluate<string>("document.querySelector('h1').textContent")).toBe('Lede cannot read this page');
    await popup.close();
    await page.close();
  });
});
