/**
 * Pages in other languages than English, in headless Chromium with the test build: a German
 * page that declares no language (identified from its text; no name highlights, since Lede
 * has no German model, and the card says so; its dates are read and painted) and a Spanish
 * page (the Spanish model's names highlighted, the card lists them and names the language).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopup, type PopupHandle } from './helpers/popup';
import { useLede } from './helpers/setup';

const env = useLede();
const NAMES = ['lede-person', 'lede-org', 'lede-place', 'lede-other', 'lede-date'];
const ready = "document.getElementById('app')?.dataset.state === 'ready'";

/** The text of each highlighted range, by highlight name. */
const highlighted = (page: Page): Promise<Record<string, string[]>> =>
  page.evaluate(
    (names) =>
      Object.fromEntries(
        names.map((n) => [
          n,
          [...((CSS.highlights.get(n) as unknown as Set<Range> | undefined) ?? [])].map((r) =>
            r.toString().replace(/\s+/gu, ' '),
          ),
        ]),
      ),
    NAMES,
  );

interface Card {
  language: string;
  languageTitle: string;
  entities: string;
  names: string[];
  timeline: string[];
}

const readCard = (popup: PopupHandle): Promise<Card> =>
  popup.evaluate<Card>(`({
    language: document.querySelector('.card .facts .language')?.textContent ?? '',
    languageTitle: document.querySelector('.card .facts .language')?.getAttribute('title') ?? '',
    entities: document.querySelector('.entities')?.textContent ?? '',
    names: [...document.querySelectorAll('.entities .label')].map((e) => e.textContent),
    timeline: [...document.querySelectorAll('.dates .entry')].map((e) => e.getAttribute('aria-label')),
  })`);

describe.each([
  ['German, declaring no language', '/pages/lang-de.html'],
  ['Spanish', '/pages/lang-es.html'],
])('a page in %s', (label, path) => {
  let page: Page;
  let popup: PopupHandle;
  let card: Card;

  beforeAll(async () => {
    page = await env.lede.context.newPage();
    await page.goto(env.server.url(path));
    popup = await openPopup(env.lede.context, env.lede.sw, page);
    await popup.waitFor(ready);
    card = await readCard(popup);
  });

  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });

  if (label.startsWith('German')) {
    test('identified from its text; no names painted, and the card says why; its dates are read', async () => {
      expect(card.language).toBe('German (detected)');
      expect(card.languageTitle).toContain('read from the text');
      expect(card.entities).toContain('Names are not available for Deutsch yet.');
      expect(card.names).toEqual([]);
      await expect
        .poll(async () => (await highlighted(page))['lede-date'] ?? [])
        .toEqual(expect.arrayContaining(['Dienstag', '1. Oktober 2014', 'Ende 2029', '3. Dezember']));
      const h = await highlighted(page);
      expect([...h['lede-person']!, ...h['lede-org']!, ...h['lede-place']!, ...h['lede-other']!]).toEqual([]);
      // The German date is read with its value, and shown in the reader's language (the card's).
      expect(card.timeline.join('\n')).toMatch(/Oct 1, 2014:? Nach dem 1\. Oktober 2014/u);
    });
  } else {
    test("the Spanish model's names are painted and listed, the language named", async () => {
      expect(card.language).toBe('Spanish');
      expect(card.languageTitle).toContain('as the page declares and its text shows');
      expect(card.names).toEqual(expect.arrayContaining(['Carlos Cuerpo', 'Isabel Díaz Ayuso', 'Madrid']));
      await expect
        .poll(async () => (await highlighted(page))['lede-person'] ?? [])
        .toEqual(expect.arrayContaining(['Carlos Cuerpo', 'Isabel Díaz Ayuso']));
      const h = await highlighted(page);
      expect(h['lede-place']).toEqual(expect.arrayContaining(['Madrid', 'Sevilla']));
      expect(h['lede-date']).toEqual(expect.arrayContaining(['martes', '1 de octubre de 2014', 'finales de 2029']));
    });
  }
});

describe.each([
  ['German', '/pages/lang-news/de-1.html', ['Dates']],
  ['French', '/pages/lang-news/fr-1.html', ['Dates']],
  ['Spanish', '/pages/lang-news/es-1.html', ['People', 'Organisations', 'Places', 'Other names', 'Dates']],
])('the type switches of a %s news page', (_, path, switches) => {
  // German and French: Lede has no names model; Spanish: it has one.
  test(`are ${switches.join(', ')} (only a language with a names model has names to switch)`, async () => {
    const page = await env.lede.context.newPage();
    await page.goto(env.server.url(path));
    const popup = await openPopup(env.lede.context, env.lede.sw, page);
    try {
      await popup.waitFor(ready);
      const shown = await popup.evaluate<{ labels: string[]; names: number }>(`({
        labels: [...document.querySelectorAll('.type-switches label')].map((l) => l.textContent.trim()),
        names: document.querySelectorAll('.entities .label').length,
      })`);
      expect(shown.labels).toEqual(switches);
      // Where names are read, the card lists some; where they are not, it lists none.
      expect(shown.names > 0).toBe(switches.length > 1);
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
