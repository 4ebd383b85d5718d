/**
 * The card's layout, driven through the popup opened as a page (`?tabId=`, the documented
 * route for debugging and tests, which once answered "unknown or malformed request").
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPopupPage } from './helpers/popup';
import { useLede } from './helpers/setup';

const env = useLede();
const ready = (p: Page): Promise<unknown> =>
  p.waitForFunction(() => ['ready', 'error'].includes(document.getElementById('app')?.dataset['state'] ?? ''));

describe('the popup as a page, about the demo article', () => {
  let article: Page;
  let popup: Page;

  beforeAll(async () => {
    article = await env.lede.context.newPage();
    await article.goto(env.server.url('/demo/article.html'));
    popup = await openPopupPage(env.lede.context, env.lede.sw, article);
    await ready(popup);
  });

  afterAll(async () => {
    await popup?.close();
    await article?.close();
  });

  test('?tabId= shows the card of that tab, not an error', async () => {
    expect(await popup.evaluate(() => document.getElementById('app')?.dataset['state'])).toBe('ready');
    expect(await popup.textContent('.card .title')).toBe('Rhine shippers cut loads as river falls to record low');
  });
});
