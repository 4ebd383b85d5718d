/**
 * Privacy, checked from the network side: Chromium runs with every request that is not to
 * this machine sent to a proxy that records it and forwards nothing. Lede, with its default
 * settings, annotates articles, opens its card and hover card, switches highlights and shows
 * its options, and not one request reaches the proxy. The proxy is shown to catch what
 * would leave, so "none" means none.
 *
 * Chromium itself still calls a few Google services in the background (sign-in, its updater
 * and clock) whatever the flags; those hosts, and only those, are set aside. That Lede does
 * not call them either is checked on the shipped code: the only hosts it names are
 * Wikipedia's and Wikidata's (previews and links, opt-in or clicked).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { longArticle } from './helpers/long-article';
import { openPopup } from './helpers/popup';
import { startRecordingProxy, type RecordingProxy } from './helpers/recording-proxy';
import { useLede } from './helpers/setup';

let proxy: RecordingProxy;
beforeAll(async () => {
  proxy = await startRecordingProxy();
});
afterAll(async () => {
  await proxy?.close();
});
const env = useLede(() => ({ proxy: proxy.url }));

const ready = "document.getElementById('app')?.dataset.state === 'ready'";

/** Chromium's own background services (not Lede's): sign-in, component updater, clock. */
const CHROMIUM_SERVICES =
  /^(?:CONNECT |\w+ https?:\/\/)(?:accounts\.google\.com|update\.googleapis\.com|clients2\.google\.com|content-autofill\.googleapis\.com|optimizationguide-pa\.googleapis\.com)[:/]/u;
const notChromium = (requests: string[]): string[] => requests.filter((r) => !CHROMIUM_SERVICES.test(r));

test('the shipped extension names no host but Wikipedia and Wikidata', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
    );
  const hosts = new Set<string>();
  for (const f of files(resolve('dist')).filter((f) => /\.(?:js|html|json)$/u.test(f))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/https?:\/\/([a-z0-9.-]+)/giu)) hosts.add(m[1] as string);
  }
  expect([...hosts].sort()).toEqual(['en.wikipedia.org', 'www.wikidata.org']);
});

test('with default settings, reading articles with Lede sends nothing off this machine', async () => {
  const pages = [
    env.server.url('/demo/article.html'),
    env.server.url('/pages/hostile.html'),
    env.server.url('/pages/dark.html'),
  ];
  for (const url of pages) {
    const page = await env.lede.context.newPage();
    await page.goto(url);
    const popup = await openPopup(env.lede.context, env.lede.sw, page);
    await popup.waitFor(ready);
    // Everything the card offers that stays on the device: an entity, a date, export.
    await popup.evaluate(`document.querySelector('.entity button.name')?.click()`);
    await popup.evaluate(`document.querySelector('.dates .entry')?.click()`);
    await popup.evaluate(`document.querySelector('.export-json')?.click()`);
    await popup.close();
    // The hover card on a name.
    const box = await page.evaluate(() => {
      const r = [
        ...((CSS.highlights.get('lede-person') ?? CSS.highlights.get('lede-place')) as unknown as Set<Range>),
      ][0];
      const rect = (r as Range).getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await page.waitForTimeout(500);
    await page.close();
  }
  // The keyboard command on a long article, and the options page.
  const long = await env.lede.context.newPage();
  const url = env.server.url('/pages/long-generated.html');
  await long.route(url, (route) => route.fulfill({ contentType: 'text/html', body: longArticle(10_000) }));
  await long.goto(url);
  await long.bringToFront();
  await env.lede.sw.evaluate(() =>
    (globalThis as unknown as { ledeTest: { runCommand(c: string): Promise<void> } }).ledeTest.runCommand(
      'toggle-highlights',
    ),
  );
  await long.waitForFunction(() => CSS.highlights.has('lede-person'));
  const options = await env.lede.context.newPage();
  await options.goto(`chrome-extension://${env.lede.extensionId}/src/options/options.html`);
  await options.waitForSelector('#options[data-state="ready"]');
  await options.waitForTimeout(1000);
  expect(notChromium(proxy.requests)).toEqual([]);
  await options.close();
  await long.close();
});

test('the proxy does catch what would leave: a page on another host, a fetch from the service worker', async () => {
  const page = await env.lede.context.newPage();
  await page.goto('http://news.example/article').catch(() => undefined);
  await env.lede.sw.evaluate(() =>
    fetch('https://en.wikipedia.org/api/rest_v1/page/summary/Rhine').catch(() => undefined),
  );
  expect(proxy.requests).toEqual(
    expect.arrayContaining(['GET http://news.example/article', 'CONNECT en.wikipedia.org:443']),
  );
  await page.close();
});
