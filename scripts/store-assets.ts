/**
 * `npm run store-assets`: the store listing's pictures, taken from the real extension (the
 * test build, in headless Chromium, on the demo article and the dark test page), not drawn:
 *
 *   store/screenshot-light.png, store/screenshot-dark.png   1280 × 800: the highlighted
 *                                                          article with the card beside it
 *   store/screenshot-hover.png                              1280 × 800: the hover card
 *   store/tile-440x280.png                                  the small promo tile: the icon,
 *                                                          the name, a highlighted sentence
 *
 * The texts of the listing and the permission justifications are in store/listing.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithLede, type LedeBrowser } from '../tests/e2e/helpers/chromium';
import { serveFixtures, type StaticServer } from '../tests/e2e/helpers/server';

const SIZE = { width: 1280, height: 800 };
const out = resolve('store');

const png = (bytes: Buffer): string => `data:image/png;base64,${bytes.toString('base64')}`;

async function annotated(
  lede: LedeBrowser,
  server: StaticServer,
  path: string,
): Promise<{ page: Page; tabId: number }> {
  const page = await lede.context.newPage();
  await page.setViewportSize(SIZE);
  const url = server.url(path);
  await page.goto(url);
  const tabId = await lede.sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, url);
  await lede.sw.evaluate(
    (id) =>
      (
        globalThis as unknown as { ledeTest: { toggleHighlights(id: number): Promise<void> } }
      ).ledeTest.toggleHighlights(id),
    tabId,
  );
  await page.waitForFunction(() => CSS.highlights.has('lede-person'));
  return { page, tabId };
}

/** The card as the popup shows it (380 px wide), in a colour scheme. */
async function card(lede: LedeBrowser, tabId: number, scheme: 'light' | 'dark'): Promise<Buffer> {
  const popup = await lede.context.newPage();
  await popup.setViewportSize({ width: 380, height: 740 });
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.goto(`chrome-extension://${lede.extensionId}/src/popup/popup.html?tabId=${tabId}`);
  await popup.waitForFunction(() => document.getElementById('app')?.dataset['state'] === 'ready');
  const shot = await popup.screenshot();
  await popup.close();
  return shot;
}

/** Renders `html` at `size` and returns its screenshot. */
async function render(lede: LedeBrowser, html: string, size: { width: number; height: number }): Promise<Buffer> {
  const sheet = await lede.context.newPage();
  await sheet.setViewportSize(size);
  await sheet.setContent(html);
  await sheet.waitForFunction(() => [...document.images].every((i) => i.complete));
  const shot = await sheet.screenshot();
  await sheet.close();
  return shot;
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const server = await serveFixtures();
  const lede = await launchWithLede(resolve('dist-test'));
  try {
    for (const [scheme, path] of [
      ['light', '/demo/article.html'],
      ['dark', '/pages/dark.html'],
    ] as const) {
      const { page, tabId } = await annotated(lede, server, path);
      await page.evaluate(() => window.scrollTo(0, 0));
      const pageShot = await page.screenshot();
      const cardShot = await card(lede, tabId, scheme);
      const border = scheme === 'dark' ? '#3a3a40' : '#c8c8cc';
      const sheet = await render(
        lede,
        `<body style="margin:0;position:relative;overflow:hidden">` +
          `<img src="${png(pageShot)}" style="display:block">` +
          `<img src="${png(cardShot)}" style="position:absolute;top:24px;right:24px;border:1px solid ${border};border-radius:10px;box-shadow:0 8px 28px rgb(0 0 0 / .3)">` +
          `</body>`,
        SIZE,
      );
      writeFileSync(resolve(out, `screenshot-${scheme}.png`), sheet);
      if (scheme === 'light') {
        // The hover card over the first person named.
        const point = await page.evaluate(() => {
          const range = [...(CSS.highlights.get('lede-person') as unknown as Set<Range>)][0] as Range;
          range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
          const r = range.getClientRects()[0] as DOMRect;
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        });
        await page.mouse.move(point.x, point.y);
        await page.waitForFunction(() => {
          const c = document.querySelector('lede-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
          return c !== null && c !== undefined && !c.hidden;
        });
        writeFileSync(resolve(out, 'screenshot-hover.png'), await page.screenshot());
        // A highlighted stretch of the article for the tile.
        const clip = await page.evaluate(() => {
          const range = [...(CSS.highlights.get('lede-person') as unknown as Set<Range>)][0] as Range;
          const r = (range.startContainer.parentElement as HTMLElement).getBoundingClientRect();
          return {
            x: Math.max(0, r.left - 8),
            y: Math.max(0, r.top - 8),
            width: Math.min(r.width + 16, 640),
            height: 120,
          };
        });
        await page.mouse.move(0, 0);
        await page.keyboard.press('Escape');
        await page.waitForTimeout(400);
        const excerpt = await page.screenshot({ clip });
        const icon = readFileSync(resolve('icons/icon-128.png'));
        const tile = await render(
          lede,
          `<body style="margin:0;width:440px;height:280px;overflow:hidden;background:#fff;font:600 15px system-ui,sans-serif;color:#1d1d1f">` +
            `<div style="display:flex;align-items:center;gap:14px;padding:22px 24px 10px">` +
            `<img src="${png(icon)}" width="64" height="64"><div><div style="font-size:30px">Lede</div>` +
            `<div style="font-weight:400;color:#5f6368">Names, places and dates, at a glance</div></div></div>` +
            `<img src="${png(excerpt)}" style="display:block;margin:6px 24px;width:392px;border-radius:6px;border:1px solid #e3e3e6">` +
            `</body>`,
          { width: 440, height: 280 },
        );
        writeFileSync(resolve(out, 'tile-440x280.png'), tile);
      }
      await page.close();
    }
  } finally {
    await lede.close();
    await server.close();
  }
  console.log('wrote store/screenshot-light.png, screenshot-dark.png, screenshot-hover.png, tile-440x280.png');
}

main().catch((e: unknown) => {
  console.error(`store-assets: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
