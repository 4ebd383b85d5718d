/**
 * The build that ships (dist/): Chromium loads it, and it asks for activeTab, scripting and
 * storage only. Without a user gesture it cannot read a page at all.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithLede, type LedeBrowser } from './helpers/chromium';
import { serveFixtures, type StaticServer } from './helpers/server';

let server: StaticServer;
let lede: LedeBrowser;

beforeAll(async () => {
  server = await serveFixtures();
  lede = await launchWithLede(resolve('dist'));
});

afterAll(async () => {
  await lede?.close();
  await server?.close();
});

test('dist/ loads with activeTab, scripting and storage, and no host access', async () => {
  const manifest = await lede.sw.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  // Asked for one site at a time, when the reader turns on automatic annotation there.
  expect(manifest.optional_host_permissions ?? []).toEqual(['https://*/*', 'http://*/*']);
  expect(manifest.content_scripts ?? []).toEqual([]);
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  expect(manifest.commands).toHaveProperty('toggle-highlights');
});

test('without a click or the shortcut, Lede cannot touch a page', async () => {
  const page = await lede.context.newPage();
  await page.goto(server.url('/demo/article.html'));
  const tabId = await lede.sw.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1,
  );
  const attempt = await lede.sw.evaluate(async (id) => {
    try {
      await chrome.scripting.executeScript({ target: { tabId: id }, func: () => document.title });
      return 'injected';
    } catch (e) {
      return String(e);
    }
  }, tabId);
  expect(attempt).toMatch(/Cannot access contents of the page/);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  await page.close();
});
