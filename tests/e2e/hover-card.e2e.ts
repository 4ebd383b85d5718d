/**
 * The hover card worth opening (issue 16): over a name it says what the article says about
 * it (its role) and "mention i of n"; over a date, the date in words, what it means against
 * the publication and its sentence; nothing twice; it never covers the line being read
 * (above the mention, below when there is no room); with previews off, a quiet way to turn
 * them on.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPopup } from './helpers/popup';
import { useLede } from './helpers/setup';

const env = useLede();

interface Seen {
  texts: Record<string, string>;
  card: { top: number; bottom: number; left: number; right: number };
  line: { top: number; bottom: number };
}

describe('the hover card on the demo article', () => {
  let page: Page;

  beforeAll(async () => {
    await env.lede.sw.evaluate(() => chrome.storage.local.clear());
    page = await env.lede.context.newPage();
    await page.setViewportSize({ width: 900, height: 600 });
    await page.goto(env.server.url('/demo/article.html'));
    const popup = await openPopup(env.lede.context, env.lede.sw, page);
    await popup.waitFor("document.getElementById('app')?.dataset.state === 'ready'");
    await popup.close();
    await page.bringToFront();
  });

  afterAll(async () => {
    await page?.close();
  });

  /** Scrolls the `nth` mark reading `text` in highlight `name` to `at` (a share of the window's height), hovers it, reads the card. */
  async function hover(name: string, text: string, nth: number, at: number): Promise<Seen> {
    await page.mouse.move(1, 1);
    await page.keyboard.press('Escape');
    const box = await page.evaluate(
      ([n, t, i, share]) => {
        const ranges = [...((CSS.highlights.get(n) as unknown as Set<Range> | undefined) ?? [])].filter(
          (r) => r.toString() === t,
        );
        const r = ranges[i];
        if (!r) return null;
        const before = r.getBoundingClientRect();
        window.scrollBy(0, before.top - window.innerHeight * share);
        const rect = r.getClientRects()[0] as DOMRect;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      },
      [name, text, nth, at] as const,
    );
    expect(box, `${name} "${text}" #${nth}`).not.toBeNull();
    const { x, y } = box as { x: number; y: number };
    await page.mouse.move(x, y);
    await page.waitForFunction(() => {
      const card = document.querySelector('lede-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
      return card && !card.hidden;
    });
    // The card settles after its look-up (previews off answer at once).
    await page.waitForTimeout(150);
    return page.evaluate(
      ([n, t, i]) => {
        const card = document.querySelector('lede-card')?.shadowRoot?.querySelector('.card') as HTMLElement;
        const texts: Record<string, string> = {};
        for (const el of card.querySelectorAll('[class]')) texts[el.className] = el.textContent ?? '';
        const r = [...((CSS.highlights.get(n) as unknown as Set<Range>) ?? [])].filter((x) => x.toString() === t)[
          i
        ] as Range;
        const rects = [...r.getClientRects()];
        const c = card.getBoundingClientRect();
        return {
          texts,
          card: { top: c.top, bottom: c.bottom, left: c.left, right: c.right },
          line: { top: Math.min(...rects.map((x) => x.top)), bottom: Math.max(...rects.map((x) => x.bottom)) },
        };
      },
      [name, text, nth] as const,
    );
  }

  const clear = (s: Seen): boolean => s.card.bottom <= s.line.top || s.card.top >= s.line.bottom;

  test('a name: its role in the article, "mention 2 of 2", and the card clear of the line', async () => {
    // "Vogel" in a later paragraph: its first mention there, so a full mark.
    const vogel = await hover('lede-person', 'Vogel', 0, 0.6);
    expect(vogel.texts['name']).toBe('Martina Vogel');
    expect(vogel.texts['count']).toBe('Mention 2 of 2');
    // The role the article gives her, with its sentence (not the one being read here).
    expect(vogel.texts['role']).toContain('family shipping company');
    expect(vogel.texts['role-sentence']).toContain('said Martina Vogel');
    // The role said once: in bold inside its sentence, not again above it.
    const card = await page.evaluate(
      () => (document.querySelector('lede-card')?.shadowRoot?.querySelector('.card') as HTMLElement).innerText,
    );
    expect(card.split('family shipping company')).toHaveLength(2);
    expect(
      await page.evaluate(
        () => document.querySelector('lede-card')?.shadowRoot?.querySelector('.role-sentence strong.role')?.textContent,
      ),
    ).toBe('who runs a family shipping company in Duisburg with six vessels');
    expect(clear(vogel)).toBe(true);
    // Above the line when there is room: the next line stays free to read.
    expect(vogel.card.bottom).toBeLessThanOrEqual(vogel.line.top);
    // Nothing said twice.
    const said = Object.entries(vogel.texts)
      .filter(([k]) => ['type', 'name', 'about', 'detail', 'sentence'].includes(k))
      .map(([, v]) => v);
    expect(new Set(said).size).toBe(said.length);
  });

  test('near the top of the window the card goes below, still clear of the line', async () => {
    const seen = await hover('lede-person', 'Martina Vogel', 0, 0.03);
    expect(clear(seen)).toBe(true);
    expect(seen.card.top).toBeGreaterThanOrEqual(seen.line.bottom);
    // The first mention's own sentence is the one being read: the role says what it adds.
    expect(seen.texts['count']).toBe('Mention 1 of 2');
  });

  test('a date: in words, against the publication, with its sentence; no code', async () => {
    const wednesday = await hover('lede-date', 'Wednesday', 0, 0.5);
    expect(wednesday.texts['type']).toBe('Date');
    expect(wednesday.texts['name']).toMatch(/13 Aug 2025|Aug 13, 2025/u);
    expect(wednesday.texts['detail']).toContain('the day before this article');
    expect(wednesday.texts['sentence']).toContain('told reporters in Düsseldorf on Wednesday');
    expect(Object.values(wednesday.texts).join(' ')).not.toMatch(/\d{4}-\d{2}/u);
    expect(clear(wednesday)).toBe(true);
    const year = await hover('lede-date', '2019', 0, 0.5);
    expect(year.texts['detail']).toContain('six years before this article');
  });

  test('a date at the end of a long sentence: the card quotes the part that holds it', async () => {
    // The article's first sentence is longer than the card quotes; 1930 is its last word.
    const year = await hover('lede-date', '1930', 0, 0.5);
    expect(year.texts['sentence']).toMatch(/since records began in 1930\.”$/u);
    expect(year.texts['sentence']?.startsWith('“…')).toBe(true);
  });

  test('near the window’s right edge the card keeps its width and stays inside the window', async () => {
    // The article's text across the whole window, so names stand near its right edge.
    const wide = await page.addStyleTag({
      content: 'main, article { max-width: none !important } aside { display: none }',
    });
    try {
      await page.mouse.move(1, 1);
      await page.keyboard.press('Escape');
      // The name whose mark starts furthest right, scrolled to the middle of the window: a
      // card there could not open at the name's start without crossing the window's edge.
      const box = await page.evaluate(() => {
        let best: Range | null = null;
        let left = -1;
        for (const n of ['lede-place', 'lede-org', 'lede-person', 'lede-other']) {
          for (const r of (CSS.highlights.get(n) as unknown as Set<Range> | undefined) ?? []) {
            const rects = r.getClientRects();
            if (rects.length === 1 && (rects[0] as DOMRect).left > left) [best, left] = [r, (rects[0] as DOMRect).left];
          }
        }
        if (!best || left + 300 < window.innerWidth) return null;
        window.scrollBy(0, best.getBoundingClientRect().top - window.innerHeight * 0.6);
        const at = best.getClientRects()[0] as DOMRect;
        return { x: at.left + at.width / 2, y: at.top + at.height / 2 };
      });
      expect(box).not.toBeNull();
      const { x, y } = box as { x: number; y: number };
      await page.mouse.move(x, y);
      await page.waitForFunction(() => {
        const card = document.querySelector('lede-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
        return card && !card.hidden && card.querySelector('.off');
      });
      await page.waitForTimeout(150);
      const seen = await page.evaluate(() => {
        const card = document.querySelector('lede-card')?.shadowRoot?.querySelector('.card') as HTMLElement;
        const off = card.querySelector('.off button') as HTMLElement;
        const c = card.getBoundingClientRect();
        return {
          right: c.right,
          width: c.width,
          window: window.innerWidth,
          offLines: Math.round(off.getBoundingClientRect().height / parseFloat(getComputedStyle(off).lineHeight)),
        };
      });
      expect(seen.right).toBeLessThanOrEqual(seen.window - 4);
      // As wide as anywhere else (320 px at most): "Turn them on in Lede’s options" on one line.
      expect(seen.width).toBeGreaterThan(300);
      expect(seen.offLines).toBe(1);
    } finally {
      await wide.evaluate((style) => (style as HTMLStyleElement).remove());
    }
  });

  test('with previews off, a quiet link opens the options, where they are turned on', async () => {
    const seen = await hover('lede-place', 'Rhine', 0, 0.5);
    expect(seen.texts['off']).toContain('Wikipedia summaries are off.');
    const optionsUrl = await env.lede.sw.evaluate(() =>
      chrome.runtime.getURL(chrome.runtime.getManifest().options_ui?.page ?? ''),
    );
    const opened = env.lede.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(optionsUrl) });
    await page.evaluate(() =>
      (document.querySelector('lede-card')?.shadowRoot?.querySelector('button.turn-on') as HTMLButtonElement).click(),
    );
    const options = await opened;
    await options.waitForSelector('#wikipedia-previews');
    expect(await options.isChecked('#wikipedia-previews')).toBe(false);
    await options.close();
  });
});
