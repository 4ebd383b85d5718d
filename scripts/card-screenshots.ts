/**
 * Screenshots of the card and the page for docs/: `npx tsx scripts/card-screenshots.ts LABEL`
 * (after `npm run build:test`) writes docs/card-LABEL-light.png and docs/card-LABEL-dark.png
 * (the whole popup card on the demo article), docs/page-LABEL.png (the highlighted article)
 * and docs/hover-LABEL.png (the hover card over a name). Reuses the browser-test helpers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithLede } from '../tests/e2e/helpers/chromium';
import { openPopup } from '../tests/e2e/helpers/popup';
import { serveFixtures } from '../tests/e2e/helpers/server';

/** PNG slices (base64, each at its offset) drawn one under the other on a canvas in a page. */
async function stitch(page: Page, parts: { y: number; png: string }[], height: number): Promise<Buffer> {
  const data = await page.evaluate(
    async ({ parts, height }) => {
      const images = await Promise.all(
        parts.map(async (p) => ({
          y: p.y,
          bitmap: await createImageBitmap(await (await fetch(`data:image/png;base64,${p.png}`)).blob()),
        })),
      );
      const canvas = new OffscreenCanvas(images[0]?.bitmap.width ?? 1, height);
      const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      for (const i of images) ctx.drawImage(i.bitmap, 0, i.y);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return btoa(s);
    },
    { parts, height },
  );
  return Buffer.from(data, 'base64');
}

async function main(): Promise<void> {
  const label = process.argv[2] ?? 'now';
  const server = await serveFixtures();
  const lede = await launchWithLede(resolve('dist-test'));
  try {
    mkdirSync('docs', { recursive: true });
    const page = lede.context.pages()[0] ?? (await lede.context.newPage());
    await page.setViewportSize({ width: 1000, height: 760 });
    await page.goto(server.url('/demo/article.html'));
    const scratch = await lede.context.newPage();
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup(lede.context, lede.sw, page);
      await popup.waitFor("document.getElementById('app')?.dataset.state === 'ready'");
      await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
      // The whole card, not only what fits in the popup's window: the window's views, stitched.
      const size = await popup.evaluate<{ height: number; view: number }>(
        `({ height: document.documentElement.scrollHeight, view: window.innerHeight })`,
      );
      const parts: { y: number; png: string }[] = [];
      for (let y = 0; y < size.height; y += size.view) {
        const top = Math.min(y, size.height - size.view);
        await popup.evaluate(`window.scrollTo(0, ${top}), new Promise((r) => requestAnimationFrame(() => r(0)))`);
        const shot = (await popup.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
        parts.push({ y: top, png: shot.data });
      }
      const stitched = await stitch(scratch, parts, size.height);
      writeFileSync(`docs/card-${label}-${scheme}.png`, stitched);
      await popup.close();
    }
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.screenshot({ path: `docs/page-${label}.png` });
    // The hover card over the second person named in the article.
    const box = await page.evaluate(() => {
      const set = CSS.highlights.get('lede-person') as unknown as Set<Range> | undefined;
      const r = set ? ([...set][1] ?? [...set][0]) : undefined;
      if (!r) return null;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = r.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    if (box) {
      await page.mouse.move(box.x, box.y);
      await page.waitForTimeout(900);
      await page.screenshot({ path: `docs/hover-${label}.png` });
    }
    console.log(`wrote docs/card-${label}-{light,dark}.png, docs/page-${label}.png, docs/hover-${label}.png`);
  } finally {
    await lede.close();
    await server.close();
  }
}

await main();
