/**
 * `npm start`: Lede on the demo article. Serves demo/article.html on 127.0.0.1, opens
 * Chromium with the built extension (the test build, whose host permission for the local
 * server lets Lede start without a toolbar click) and opens Lede's popup on the article.
 *
 * With a display, the browser stays open for you to read and click around. Without one
 * (a server, CI), it runs headless and writes what you would have seen to out/:
 * out/demo-page.png (the highlighted article), out/demo-popup.png (the card),
 * out/demo.png (both side by side) and out/card.md (the card as Markdown).
 *
 * Reuses the browser-test helpers, so the demo and the tests start Lede the same way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatCard } from '../src/core/report/format-card';
import type { Analysis } from '../src/core/types';
import { findChromium, launchWithLede } from '../tests/e2e/helpers/chromium';
import { openPopup } from '../tests/e2e/helpers/popup';
import { serveFixtures } from '../tests/e2e/helpers/server';

const headed =
  Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']) && !process.argv.includes('--headless');

async function main(): Promise<void> {
  findChromium();
  const server = await serveFixtures();
  const lede = await launchWithLede(resolve('dist-test'), { headless: !headed });
  const page = lede.context.pages()[0] ?? (await lede.context.newPage());
  await page.setViewportSize({ width: 1100, height: 760 });
  const url = server.url('/demo/article.html');
  await page.goto(url);
  const popup = await openPopup(lede.context, lede.sw, page);
  await popup.waitFor("document.getElementById('app')?.dataset.state === 'ready'", 30_000);
  console.log(`Lede is running on ${url}`);

  if (headed) {
    console.log('Close the browser window to stop.');
    await new Promise<void>((done) => lede.context.on('close', () => done()));
    await server.close();
    return;
  }

  const out = resolve('out');
  mkdirSync(out, { recursive: true });
  const popupPng = await popup.screenshot();
  const tabId = await lede.sw.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1,
  );
  const analysis = (await lede.sw.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'lede/get-analysis' }),
    tabId,
  )) as Analysis;
  await popup.close();
  const pagePng = await page.screenshot();
  writeFileSync(resolve(out, 'demo-page.png'), pagePng);
  writeFileSync(resolve(out, 'demo-popup.png'), popupPng);
  writeFileSync(resolve(out, 'card.md'), formatCard(analysis, 'md'));

  // The two side by side, the card where Chrome would show the popup.
  const sheet = await lede.context.newPage();
  await sheet.setViewportSize({ width: 1100, height: 760 });
  await sheet.setContent(
    `<body style="margin:0;position:relative;background:#fff">` +
      `<img src="data:image/png;base64,${pagePng.toString('base64')}" style="display:block">` +
      `<img src="data:image/png;base64,${popupPng.toString('base64')}" style="position:absolute;top:8px;right:12px;border:1px solid #c8c8cc;border-radius:8px;box-shadow:0 6px 24px rgb(0 0 0 / .25)">` +
      `</body>`,
  );
  writeFileSync(resolve(out, 'demo.png'), await sheet.screenshot());
  await lede.close();
  await server.close();
  console.log(
    `Headless (no display): wrote ${['demo.png', 'demo-page.png', 'demo-popup.png', 'card.md'].map((f) => `out/${f}`).join(', ')}`,
  );
}

main().catch((e: unknown) => {
  console.error(`npm start: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
