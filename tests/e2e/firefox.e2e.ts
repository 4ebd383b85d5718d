/**
 * Lede in Firefox: the test build with the Firefox manifest, installed as a temporary add-on
 * in Debian's firefox-esr over WebDriver BiDi. On the demo article (served over local http)
 * the popup page, opened as a tab for that article, asks the background script for a reading;
 * the page then paints its highlights through CSS.highlights, and the card shows the title
 * and the key entities.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefoxWithLede, waitForExtensionPage, type FirefoxLede } from './helpers/firefox';
import { serveFixtures, type StaticServer } from './helpers/server';

let server: StaticServer;
let firefox: FirefoxLede;

beforeAll(async () => {
  server = await serveFixtures();
  firefox = await launchFirefoxWithLede();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox ESR with the Firefox build', () => {
  let article: Page;
  let popup: Page;

  beforeAll(async () => {
    article = await firefox.browser.newPage();
    // The test build opens the popup page as a tab for a page whose address ends so.
    await article.goto(server.url('/demo/article.html#lede-test-popup'));
    popup = await waitForExtensionPage(firefox, 'src/popup/popup.html');
    await popup.waitForFunction(() => document.getElementById('app')?.dataset['state'] === 'ready', {
      timeout: 60_000,
    });
  });

  test('the article is painted through CSS.highlights', async () => {
    const painted = await article.evaluate(() => {
      const names = ['lede-person', 'lede-org', 'lede-place', 'lede-date'];
      return Object.fromEntries(
        names.map((n) => {
          const h = CSS.highlights.get(n) as unknown as Set<Range> | undefined;
          return [n, h ? [...h].map((r) => r.toString()) : []];
        }),
      );
    });
    expect(painted['lede-place']).toContain('Rhine');
    expect(painted['lede-person']?.length).toBeGreaterThan(0);
    expect(painted['lede-date']?.length).toBeGreaterThan(0);
    // The page's DOM is never changed: no element of Lede's in the article.
    expect(await article.evaluate(() => document.querySelectorAll('mark, [class*="lede"]').length)).toBe(0);
    // And the highlights are drawn: the date fill is on screen.
    await article.bringToFront();
    await article.evaluate(() => document.querySelector('p')?.scrollIntoView());
    expect(await dateYellowPixels(article)).toBeGreaterThan(100);
  });

  test('the card shows the title and the key entities', async () => {
    const card = await popup.evaluate(() => ({
      title: document.querySelector('.card .title')?.textContent ?? '',
      places: [...document.querySelectorAll('[data-type="PLACE"] .label')].map((e) => e.textContent),
      people: [...document.querySelectorAll('[data-type="PERSON"] .label')].map((e) => e.textContent),
    }));
    expect(card.title).toBe('Rhine shippers cut loads as river falls to record low');
    expect(card.places[0]).toBe('Rhine');
    expect(card.people).toContain('Martina Vogel');
  });

  test('the card’s Highlights switch hides them in the page (storage carries it across)', async () => {
    await popup.evaluate(() => (document.getElementById('toggle-highlights') as HTMLInputElement).click());
    await article.bringToFront();
    await expect.poll(() => article.evaluate(() => CSS.highlights.has('lede-date')), { timeout: 10_000 }).toBe(false);
    expect(await dateYellowPixels(article)).toBe(0);
  });
});

/** Pixels in the yellow of Lede's date highlight on a screenshot of `page`, decoded in the page. */
async function dateYellowPixels(page: Page): Promise<number> {
  const png = await page.screenshot({ encoding: 'base64' });
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height).data;
    let yellow = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [r, g, b] = [d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0];
      if (r > 200 && g > 190 && b < 150 && r - b > 80) yellow++;
    }
    return yellow;
  }, png);
}
