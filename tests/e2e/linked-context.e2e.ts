/**
 * Linked context (issue 19) in headless Chromium with the test build, on the demo article:
 * the card's Sources section (a click on a first quote scrolls the article to it and flashes
 * it), the timeline narrowed to a name and back, the hover card's role with its sentence, and
 * the optional quotes layer (off by default: a quote's speaker on hover once it is on).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPopup, type PopupHandle } from './helpers/popup';
import { useLede } from './helpers/setup';

const env = useLede();

const ready = "document.getElementById('app')?.dataset.state === 'ready'";

/** The flashed stretch of the page, once there is one, with its centre in the viewport. */
const flashed = (page: Page): Promise<{ text: string; y: number } | null> =>
  page.evaluate(() => {
    const r = [...((CSS.highlights.get('lede-focus') as unknown as Set<Range> | undefined) ?? [])][0];
    if (!r) return null;
    const rect = r.getBoundingClientRect();
    return { text: r.toString(), y: rect.top + rect.height / 2 };
  });

/** The hover card as the test build shows it (an open shadow root). */
const cardText = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const card = document.querySelector('lede-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
    return card && !card.hidden ? (card.textContent ?? '') : null;
  });

/** Moves the pointer to the middle of the first range of `name` whose text starts with `text`. */
async function hover(page: Page, name: string, text: string): Promise<void> {
  await page.mouse.move(1, 1);
  const point = await page.evaluate(
    ([n, t]) => {
      const all = [...((CSS.highlights.get(n) as unknown as Set<Range> | undefined) ?? [])];
      const range = all.find((r) => r.toString().startsWith(t));
      if (!range) throw new Error(`no ${n} range for ${t}`);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0] as DOMRect;
      return { x: r.left + Math.min(r.width / 2, 30), y: r.top + r.height / 2 };
    },
    [name, text] as const,
  );
  await page.mouse.move(point.x, point.y);
}

interface Analysis {
  entities: { id: number; name: string; roles?: { text: string; sentence: string }[] }[];
  timeline: { text: string; entities?: number[]; featured?: true }[];
  quotes: { id: number; kind: string; text: string; speaker: { name: string } }[];
  sources: { sources: { name: string; direct: number; indirect: number; quotes: number[] }[] };
}

describe('linked context on the demo article', () => {
  let page: Page;
  let popup: PopupHandle;
  let analysis: Analysis;

  beforeAll(async () => {
    page = await env.lede.context.newPage();
    await page.setViewportSize({ width: 900, height: 420 });
    await page.goto(env.server.url('/demo/article.html'));
    popup = await openPopup(env.lede.context, env.lede.sw, page);
    await popup.waitFor(ready);
    const tabId = await env.lede.sw.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1,
    );
    analysis = (await env.lede.sw.evaluate(
      (id) => chrome.tabs.sendMessage(id, { type: 'lede/get-analysis' }),
      tabId,
    )) as Analysis;
  });

  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });

  test('the Sources section lists who is quoted, how, and their first quote; a click shows the quote in the page', async () => {
    const card = await popup.evaluate<{ names: string[]; counts: string[]; quotes: string[] }>(`({
      names: [...document.querySelectorAll('.sources .who .label')].map((e) => e.textContent),
      counts: [...document.querySelectorAll('.sources .counts')].map((e) => e.textContent.trim()),
      quotes: [...document.querySelectorAll('.sources button.quote')].map((e) => e.textContent),
    })`);
    const sources = analysis.sources.sources;
    expect(card.names).toEqual(sources.slice(0, 8).map((s) => s.name));
    expect(card.names).toContain('Martina Vogel');
    const vogel = sources.find((s) => s.name === 'Martina Vogel');
    expect(vogel?.direct).toBeGreaterThanOrEqual(2);
    expect(card.counts[card.names.indexOf('Martina Vogel')]).toBe(
      [`${vogel?.direct} direct`, vogel?.indirect ? `${vogel.indirect} reported` : ''].filter(Boolean).join(' · '),
    );
    const first = analysis.quotes.find((q) => q.id === vogel?.quotes[0]);
    expect(first?.text).toMatch(/^We are sailing with ships/u);
    expect(card.quotes[card.names.indexOf('Martina Vogel')]).toBe(`“${first?.text}”`);
    expect(await popup.evaluate<boolean>(`document.querySelector('.one-anonymous-source') === null`)).toBe(true);

    // The quote sits below the short window: the click scrolls to it and flashes it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.evaluate(
      `[...document.querySelectorAll('.sources li')].find((li) => li.querySelector('.label').textContent === 'Martina Vogel').querySelector('button.quote').click()`,
    );
    await expect.poll(() => flashed(page).then((f) => f?.text), { timeout: 5000 }).toBe(first?.text);
    await expect
      .poll(async () => {
        const f = await flashed(page);
        return f !== null && f.y > 0 && f.y < 420;
      })
      .toBe(true);
  });

  test('roles beside names; choosing a name narrows the timeline to its dates, and "Show all dates" brings them back', async () => {
    const hartmann = analysis.entities.find((e) => e.name === 'Ursula Hartmann');
    expect(hartmann?.roles?.[0]?.text).toBe('environment minister of North Rhine-Westphalia');
    expect(
      await popup.evaluate<string>(`document.querySelector('[data-entity="${hartmann?.id}"] .role').textContent`),
    ).toBe(hartmann?.roles?.[0]?.text);

    const visible = (): Promise<string[]> =>
      popup.evaluate<string[]>(
        `[...document.querySelectorAll('.dates li.date')].filter((li) => !li.hidden).map((li) => li.querySelector('mark').textContent)`,
      );
    const all = await visible();
    // The timeline shows its featured entries (about eight), the rest behind "Show all".
    const featured = analysis.timeline.filter((d) => d.featured).length;
    expect(all).toHaveLength(featured || Math.min(analysis.timeline.length, 8));
    // The name with dates that are fewer than all of them.
    const withDates = analysis.entities
      .map((e) => ({ e, dates: analysis.timeline.filter((d) => d.entities?.includes(e.id)).map((d) => d.text) }))
      .find(({ dates }) => dates.length > 0 && dates.length < analysis.timeline.length);
    expect(withDates).toBeDefined();
    const { e, dates } = withDates as { e: { id: number; name: string }; dates: string[] };
    await popup.evaluate(`document.querySelector('[data-entity="${e.id}"] button.narrow').click()`);
    expect(await visible()).toEqual(dates);
    expect(await popup.evaluate<string>(`document.querySelector('.timeline-filter').textContent`)).toContain(
      `Dates involving ${e.name}`,
    );
    // Each event says who is involved.
    expect(
      await popup.evaluate<string[]>(
        `[...document.querySelectorAll('.dates li.date')].filter((li) => !li.hidden).map((li) => li.querySelector('.involved')?.textContent ?? '')`,
      ),
    ).toEqual(dates.map(() => expect.stringContaining(e.name)));
    await popup.evaluate(`document.querySelector('.timeline-filter button.back').click()`);
    expect(await visible()).toEqual(all);
    expect(await popup.evaluate<boolean>(`document.querySelector('.timeline-filter').hidden`)).toBe(true);
  });

  test("the hover card gives a name's role (its sentence only where it is not the one being read)", async () => {
    await hover(page, 'lede-person', 'Ursula Hartmann');
    await expect
      .poll(() => cardText(page), { timeout: 5000 })
      .toContain('environment minister of North Rhine-Westphalia');
    // Hovered here, the role's sentence is the one being read: the card does not repeat it.
    expect(await cardText(page)).not.toContain('told reporters in Düsseldorf');
    await page.keyboard.press('Escape');
  });

  test("the quotes layer is off by default; on, a quote's speaker shows on hover", async () => {
    const quoteText = 'Every morning I check';
    // A point inside the quote, away from any name in it.
    const inQuote = (): Promise<{ x: number; y: number }> =>
      page.evaluate((t) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent?.indexOf(t) ?? -1;
          if (at < 0) continue;
          const r = document.createRange();
          r.setStart(n, at);
          r.setEnd(n, at + 5);
          (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
          const rect = r.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
        throw new Error('no quote');
      }, quoteText);
    await page.mouse.move(1, 1);
    let p = await inQuote();
    await page.mouse.move(p.x, p.y);
    await page.waitForTimeout(700);
    expect(await cardText(page)).toBeNull();

    await env.lede.sw.evaluate(() => chrome.storage.local.set({ quoteSpeakers: true }));
    await page.mouse.move(1, 1);
    p = await inQuote();
    await page.mouse.move(p.x, p.y);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Said by Martina Vogel');
    expect(await cardText(page)).toContain('Quote');
    await page.keyboard.press('Escape');
    await env.lede.sw.evaluate(() => chrome.storage.local.set({ quoteSpeakers: false }));
  });
});
