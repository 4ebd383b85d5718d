/**
 * Lede in Spanish, end to end: Firefox ESR with its Spanish language pack, so the browser
 * itself answers `i18n.getMessage` in Spanish, runs the Firefox build on the demo article.
 * The card and the options page (opened from the card) show Spanish only: no English
 * message of the catalogue appears on them. Screenshots go to out/es/ (and to docs/ with
 * LEDE_UPDATE_DOCS=1).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readMessages } from '../helpers/catalogue';
import { launchFirefoxWithLede, waitForExtensionPage, type FirefoxLede } from './helpers/firefox';
import { serveFixtures, type StaticServer } from './helpers/server';

let server: StaticServer;
let firefox: FirefoxLede;

beforeAll(async () => {
  server = await serveFixtures();
  firefox = await launchFirefoxWithLede(undefined, { locale: 'es-ES' });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const en = readMessages('en');
const es = readMessages('es');

/**
 * English messages found in `text`: those of more than one word that Spanish words
 * differently (a message's text before its first placeholder).
 */
function englishIn(text: string): string[] {
  return Object.entries(en)
    .map(([key, m]) => ({ key, words: (m.message.split('$')[0] ?? '').trim() }))
    .filter(({ key, words }) => words.includes(' ') && es[key]?.message !== en[key]?.message)
    .filter(({ words }) => text.includes(words))
    .map(({ key }) => key);
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync('out/es', { recursive: true });
  await page.screenshot({ path: `out/es/${name}.png`, fullPage: true });
  if (process.env['LEDE_UPDATE_DOCS']) copyFileSync(`out/es/${name}.png`, `docs/${name}-es.png`);
}

describe('Firefox in Spanish', () => {
  let popup: Page;

  beforeAll(async () => {
    const article = await firefox.browser.newPage();
    await article.goto(server.url('/demo/article.html#lede-test-popup'));
    popup = await waitForExtensionPage(firefox, 'src/popup/popup.html');
    await popup.waitForFunction(() => document.getElementById('app')?.dataset['state'] === 'ready', {
      timeout: 60_000,
    });
  });

  test('the browser speaks Spanish to Lede', async () => {
    const ui = await popup.evaluate(() => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return { lang: api.i18n.getUILanguage(), title: api.runtime.getManifest().action?.default_title };
    });
    expect(ui.lang).toMatch(/^es/u);
    expect(ui.title).toBe(es['actionTitle']?.message);
  });

  test('the card is in Spanish: its words, its numbers and dates', async () => {
    await popup.setViewport({ width: 380, height: 1400 });
    const card = await popup.evaluate(() => ({
      headings: [...document.querySelectorAll('h2')].map((h) => h.textContent ?? ''),
      facts: document.querySelector('.facts')?.textContent ?? '',
      text: document.body.innerText,
      labels: [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label') ?? ''),
    }));
    expect(card.headings).toEqual(expect.arrayContaining([es['cardSummary']?.message, es['cardKeyEntities']?.message]));
    expect(card.facts).toMatch(/min de lectura/u);
    expect(card.facts).toContain('Por Hannah Weiss');
    // The publication date by Intl in Spanish ("14 ago 2025").
    expect(card.facts).toMatch(/\b\d{1,2} ago 2025\b/u);
    expect(englishIn(card.text)).toEqual([]);
    expect(englishIn(card.labels.join('\n'))).toEqual([]);
    // Nothing pushes the card sideways (the timeline's notes once did, in Firefox).
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await shoot(popup, 'card');
  });

  test('the options page, opened from the card, is in Spanish only', async () => {
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('footer button.options')?.click());
    const options = await waitForExtensionPage(firefox, 'src/options/options.html');
    await options.waitForFunction(() => document.getElementById('options')?.dataset['state'] === 'ready');
    await options.setViewport({ width: 800, height: 1100 });
    const page = await options.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      h1: document.querySelector('h1')?.textContent,
      text: document.body.innerText,
    }));
    expect(page.lang).toMatch(/^es/u);
    expect(page.title).toBe('Opciones de Lede');
    expect(page.h1).toBe('Opciones de Lede');
    expect(page.text).toContain(es['optionsPreviewsHint']?.message);
    expect(englishIn(page.text)).toEqual([]);
    await shoot(options, 'options');
  });
});
