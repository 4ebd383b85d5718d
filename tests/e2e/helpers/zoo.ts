/**
 * The page zoo's shared steps (tests/e2e/zoo.e2e.ts, zoo-large.e2e.ts): visit a page and read its
 * card, the page's DOM without Lede's host element, a highlight's texts, the page's own script.
 */
import type { Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { openPopup } from './popup';
import type { LedeEnv } from './setup';

export const SETTLED = `['ready', 'not-article', 'restricted', 'error'].includes(document.getElementById('app')?.dataset.state)`;

export interface Visit {
  page: Page;
  state: string;
  title: string;
  /** The popup's text when it settled. */
  text: string;
  pageErrors: string[];
  domBefore: string;
}

/**
 * A test file's visitor of zoo pages: opens a page, asks Lede for its card, and returns the card's
 * state; the pages it opened are closed after each test.
 */
export function zooVisitor(env: LedeEnv): (path: string, body?: string) => Promise<Visit> {
  const opened: Page[] = [];
  afterEach(async () => {
    for (const p of opened.splice(0)) await p.close();
  });
  return (path, body) => visit(env, opened, path, body);
}

async function visit(env: LedeEnv, opened: Page[], path: string, body?: string): Promise<Visit> {
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
export const outerHtml = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('lede-card').forEach((e) => e.remove());
    return clone.outerHTML;
  });

/** The texts of a highlight's ranges (plain loops: some zoo pages replace Array methods). */
export const highlightTexts = (page: Page, name: string): Promise<string[]> =>
  page.evaluate((n) => {
    const out: string[] = [];
    for (const r of (CSS.highlights.get(n) as unknown as Set<Range> | undefined) ?? []) out.push(String(r));
    return out;
  }, name);

/** The page's own button still counts clicks (its script runs and its listeners work). */
export async function pageStillWorks(v: Visit): Promise<void> {
  await v.page.click('#page-button');
  expect(await v.page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(1);
  expect(v.pageErrors.filter((e) => !e.startsWith('page:'))).toEqual([]);
}
