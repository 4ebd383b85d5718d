/**
 * The card on real saved news pages (the shared corpus's `sh-` pages, read in place through
 * the test server, never copied here): what a reader would find wrong in its layout. Names
 * whole in their chips, nothing wider than the popup, each date on one line with its sentence
 * (never the date alone, never a broken word) in most of the width, a source's counts on one
 * line, an empty section's note right under its heading. Skipped where the shared corpus is
 * not beside the repository.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithLede, type LedeBrowser } from './helpers/chromium';
import { openPopupPage } from './helpers/popup';
import { serveFixtures, type StaticServer } from './helpers/server';

const CORPUS = resolve('../shared/corpus/articles');
/**
 * A news report with roles (WeWork), a match report (Davis Cup), a long explainer (Delhi's
 * air), a family blog post that quotes no one.
 */
const PAGES = ['sh-06e5123e4ef7cfb4', 'sh-0d46122928b6f468', 'sh-16c30add7e96315e', 'sh-0e014df693f18282'];

interface Layout {
  state: string;
  pageWidth: number;
  chips: { name: string; cut: boolean; lines: number; inside: boolean }[];
  dates: { value: string; valueLines: number; snippet: string; mark: string; share: number }[];
  splitCounts: string[];
  /** How far under its heading each "nothing here" note sits, in px. */
  emptyGaps: number[];
}

describe.skipIf(!existsSync(CORPUS))('the card on real news pages', () => {
  let server: StaticServer;
  let lede: LedeBrowser;

  beforeAll(async () => {
    server = await serveFixtures({ articles: CORPUS });
    lede = await launchWithLede();
  });

  afterAll(async () => {
    await lede?.close();
    await server?.close();
  });

  test.each(PAGES)('%s', async (name) => {
    const article = await lede.context.newPage();
    await article.goto(server.url(`/articles/${name}/source.html`));
    const popup = await openPopupPage(lede.context, lede.sw, article);
    try {
      await popup.setViewportSize({ width: 380, height: 760 });
      await popup.waitForFunction(
        () => ['ready', 'error'].includes(document.getElementById('app')?.dataset['state'] ?? ''),
        undefined,
        { timeout: 60_000 },
      );
      // Every row shown, as a reader who opens "Show all" sees it.
      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.dates button.show-all')?.click());
      const seen = await popup.evaluate((): Layout => {
        const lines = (e: HTMLElement): number =>
          Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight));
        return {
          state: document.getElementById('app')?.dataset['state'] ?? '',
          pageWidth: document.documentElement.scrollWidth,
          chips: [...document.querySelectorAll<HTMLElement>('li.entity')]
            .filter((c) => c.getClientRects().length > 0)
            .map((c) => {
              const label = c.querySelector('.label') as HTMLElement;
              const list = (c.closest('ul') as HTMLElement).getBoundingClientRect();
              return {
                name: label.textContent ?? '',
                cut: label.scrollWidth > label.clientWidth + 1,
                lines: lines(label),
                inside: c.getBoundingClientRect().right <= list.right + 0.5,
              };
            }),
          dates: [...document.querySelectorAll<HTMLElement>('.dates li')].map((li) => {
            const value = li.querySelector('.value') as HTMLElement;
            const snippet = li.querySelector('.snippet') as HTMLElement;
            const list = (li.closest('ol') as HTMLElement).getBoundingClientRect();
            return {
              value: value.textContent ?? '',
              valueLines: lines(value),
              snippet: snippet.textContent ?? '',
              mark: snippet.querySelector('mark')?.textContent ?? '',
              share: snippet.getBoundingClientRect().width / list.width,
            };
          }),
          splitCounts: [...document.querySelectorAll<HTMLElement>('.sources .counts, .sources .unnamed')]
            .filter((e) => e.getClientRects().length > 1)
            .map((e) => e.textContent ?? ''),
          emptyGaps: [...document.querySelectorAll<HTMLElement>('section > p.empty')].map(
            (p) =>
              p.getBoundingClientRect().top -
              ((p.parentElement as HTMLElement).querySelector('h2') as HTMLElement).getBoundingClientRect().bottom,
          ),
        };
      });
      expect(seen.state).toBe('ready');
      expect(seen.pageWidth).toBe(380);
      expect(seen.chips.length).toBeGreaterThan(3);
      expect(seen.chips.filter((c) => c.cut || c.lines !== 1 || !c.inside).map((c) => c.name)).toEqual([]);
      expect(seen.dates.length).toBeGreaterThan(0);
      expect(seen.dates.filter((d) => d.valueLines !== 1).map((d) => d.value)).toEqual([]);
      expect(seen.dates.filter((d) => d.snippet.trim() === d.mark.trim()).map((d) => d.value)).toEqual([]);
      // A sentence cut short ends on a whole word: in the page, no letter follows its last one.
      const cutShort = seen.dates.map((d) => d.snippet).filter((t) => t.endsWith('…'));
      const broken = await article.evaluate((snippets) => {
        const text = (document.body.textContent ?? '').replace(/\s+/gu, ' ');
        return snippets.filter((t) => {
          const tail = t.slice(0, -1).replace(/\s+/gu, ' ').slice(-24);
          const at = text.indexOf(tail);
          return at < 0 || /\p{L}/u.test(text[at + tail.length] ?? '');
        });
      }, cutShort);
      expect(broken).toEqual([]);
      expect(seen.dates.filter((d) => d.share < 0.6).map((d) => d.value)).toEqual([]);
      expect(seen.splitCounts).toEqual([]);
      // A section with nothing to list says so right under its heading.
      expect(seen.emptyGaps.filter((gap) => gap > 8)).toEqual([]);
      // The blog post quotes no one: its Sources section is one such note.
      if (name === 'sh-0e014df693f18282') expect(seen.emptyGaps).toHaveLength(1);
    } finally {
      await popup.close();
      await article.close();
    }
  });
});
