/**
 * Calm highlights in the page (issue 16): in each paragraph the first mention of a name is
 * marked in full and later ones lighter; headings carry no marks; "now", "today" and
 * "currently" are not marked; "mark every mention" (an option) brings every mark back.
 * Prints marks per paragraph on the demo article and this fixture, both ways.
 */
import type { Page } from 'playwright-core';
import { beforeEach, expect, test } from 'vitest';
import { openPopup } from './helpers/popup';
import { useLede } from './helpers/setup';

const env = useLede();

beforeEach(async () => {
  await env.lede.sw.evaluate(() => chrome.storage.local.clear());
});

const FULL = ['lede-person', 'lede-org', 'lede-place', 'lede-other'];
const LIGHTER = FULL.map((n) => `${n}-again`);
const DATE = ['lede-date', 'lede-date-span'];

interface Mark {
  name: string;
  text: string;
  /** The element the mark sits in: its tag and its index among the article's blocks. */
  tag: string;
  block: number;
}

/** Every Lede mark in the page with the block (p, h1, h2...) it sits in. */
function marks(page: Page): Promise<Mark[]> {
  return page.evaluate(
    (names) => {
      const blocks = [...document.querySelectorAll('article h1, article h2, article p')];
      const out: Mark[] = [];
      for (const name of names) {
        for (const r of (CSS.highlights.get(name) as unknown as Set<Range> | undefined) ?? []) {
          const node = r.startContainer;
          const el = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('h1, h2, p');
          out.push({ name, text: r.toString(), tag: el?.tagName ?? '', block: el ? blocks.indexOf(el) : -1 });
        }
      }
      return out;
    },
    [...FULL, ...LIGHTER, ...DATE],
  );
}

async function annotate(page: Page, path: string): Promise<void> {
  await page.goto(env.server.url(path));
  const popup = await openPopup(env.lede.context, env.lede.sw, page);
  await popup.waitFor("document.getElementById('app')?.dataset.state === 'ready'");
  await popup.close();
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2 : 0;
};

/** Full marks per paragraph (the ones that draw the eye), for the log. */
function perParagraph(list: Mark[]): number[] {
  const by = new Map<number, number>();
  for (const m of list) if (m.tag === 'P' && !m.name.endsWith('-again')) by.set(m.block, (by.get(m.block) ?? 0) + 1);
  return [...by.values()];
}

test('the first mention of a name in a paragraph in full, later ones lighter; no marks in headings or on "now"', async () => {
  const page = await env.lede.context.newPage();
  await annotate(page, '/pages/calm.html');
  await expect.poll(async () => (await marks(page)).length).toBeGreaterThan(5);
  const calm = await marks(page);

  // Per paragraph, each name has at most one full mark, and it comes before its lighter ones.
  const full = calm.filter((m) => FULL.includes(m.name));
  const keys = full.map((m) => `${m.block}:${m.text}`);
  expect(new Set(keys).size).toBe(keys.length);
  const putinFirst = calm.filter((m) => m.block === 1 && m.text.endsWith('Putin'));
  expect(putinFirst.filter((m) => m.name === 'lede-person')).toHaveLength(1);
  expect(putinFirst.filter((m) => m.name === 'lede-person-again').length).toBeGreaterThanOrEqual(2);
  expect(calm.some((m) => m.name === 'lede-place-again' && m.text === 'Russia')).toBe(true);

  // Headings: none.
  expect(calm.filter((m) => m.tag !== 'P')).toEqual([]);
  // "now", "today", "currently": none.
  const dates = calm.filter((m) => DATE.includes(m.name)).map((m) => m.text.toLowerCase());
  expect(dates).toEqual(expect.arrayContaining(['friday']));
  expect(dates.filter((t) => ['now', 'today', 'currently'].includes(t))).toEqual([]);

  // The lighter marks are drawn lighter: a thinner underline, a fainter fill.
  const style = await page.evaluate(() => {
    const rules = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]) as CSSStyleRule[];
    const of = (n: string): CSSStyleDeclaration | undefined =>
      rules.find((r) => r.selectorText === `::highlight(${n})`)?.style;
    return {
      full: of('lede-person')?.textDecorationThickness,
      again: of('lede-person-again')?.textDecorationThickness,
      fullFill: of('lede-person')?.backgroundColor,
      againFill: of('lede-person-again')?.backgroundColor,
    };
  });
  expect(style.full).toBe('2px');
  expect(style.again).toBe('1px');
  const alpha = (c = ''): number => Number(/\/\s*([\d.]+)\)/u.exec(c)?.[1] ?? /,\s*([\d.]+)\)$/u.exec(c)?.[1] ?? 1);
  expect(alpha(style.againFill)).toBeLessThan(alpha(style.fullFill) / 2);

  // The option restores every mention in full, headings and "today" included, at once.
  await env.lede.sw.evaluate(() => chrome.storage.local.set({ markEveryMention: true }));
  await expect.poll(async () => (await marks(page)).some((m) => m.tag === 'H2')).toBe(true);
  const every = await marks(page);
  expect(every.filter((m) => m.name.endsWith('-again'))).toEqual([]);
  expect(every.map((m) => m.text.toLowerCase())).toContain('today');
  expect(every.length).toBeGreaterThan(calm.length);
  console.log(
    `calm.html: full marks per paragraph, median ${median(perParagraph(calm))} calm, ${median(perParagraph(every))} with every mention; marks in all ${calm.length} against ${every.length}`,
  );
  await page.close();
});

test('the demo article: no more full marks per paragraph than before, every name still marked once per paragraph', async () => {
  const page = await env.lede.context.newPage();
  await annotate(page, '/demo/article.html');
  await expect.poll(async () => (await marks(page)).length).toBeGreaterThan(5);
  const calm = await marks(page);
  await env.lede.sw.evaluate(() => chrome.storage.local.set({ markEveryMention: true }));
  await expect.poll(async () => (await marks(page)).filter((m) => m.name.endsWith('-again')).length).toBe(0);
  const every = await marks(page);
  // Every name marked in a paragraph with the option on still has its full mark there without it.
  const names = (list: Mark[]): Set<string> =>
    new Set(list.filter((m) => FULL.includes(m.name) && m.tag === 'P').map((m) => `${m.block}:${m.name}`));
  expect([...names(every)].filter((k) => !names(calm).has(k))).toEqual([]);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  expect(sum(perParagraph(calm))).toBeLessThanOrEqual(sum(perParagraph(every)));
  console.log(
    `demo article: full marks per paragraph, median ${median(perParagraph(calm))} calm (total ${sum(perParagraph(calm))}), ${median(perParagraph(every))} with every mention (total ${sum(perParagraph(every))})`,
  );
  await page.close();
});
