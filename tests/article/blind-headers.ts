/**
 * Issue 18's header on pages never tuned on: a written blind set of pages (a folder of
 * tests/fixtures/pages with its expected.json) checked field by field as the shared scorer does:
 * titles with white space collapsed, authors as case-folded name sets (split on ",", "and", "&"),
 * the date on the same day (the written day, or the UTC day of the instant when the page states a
 * time). A summary of the four figures is printed. Used by header-blind.test.ts and
 * header-blind2.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fixture, headerOf } from './load';

interface Page {
  file: string;
  url: string;
  title: string;
  authors: string[];
  published: { day: string; minute?: string };
}

const clean = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, ' ').trim();
/** A byline's names as the shared scorer reads them: case-folded, split on ",", ";", "&", " and ". */
const names = (byline: readonly string[]): string[] => {
  const out = new Set<string>();
  for (const part of clean(byline.join(', ').toLowerCase()).split(/\s*(?:,|;|&|\s+and\s+)\s*/u)) {
    const name = part.replace(/^\P{L}+|\P{L}+$/gu, '').replace(/^by\s+/u, '');
    if (name) out.add(name);
  }
  return [...out].sort();
};
const utcDay = (iso: string): string | null => {
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/u.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
};
const sameDay = (page: Page, got: string | null | undefined): boolean => {
  if (!got) return false;
  if (got.slice(0, 10) === page.published.day) return true;
  const day = utcDay(got);
  return page.published.minute ? day === utcDay(page.published.minute) : day === page.published.day;
};

/**
 * The tests of one blind set: `folder` under tests/fixtures/pages; `knownMisses` "file field"
 * entries, each a test expected to fail until its family is fixed or ruled on.
 */
export function blindHeaderSet(folder: string, knownMisses: ReadonlySet<string>): void {
  const pages = (
    JSON.parse(readFileSync(resolve(`tests/fixtures/pages/${folder}/expected.json`), 'utf8')) as { pages: Page[] }
  ).pages;
  const tally = { title: 0, exact: 0, overlap: 0, day: 0, minute: 0, timed: 0 };
  const headers = new Map(pages.map((page) => [page.file, headerOf(fixture(`${folder}/${page.file}`), page.url)]));
  const check = (page: Page, field: string): ((name: string, fn: () => void) => void) =>
    knownMisses.has(`${page.file} ${field}`) ? test.fails : test;

  describe.each(pages)('$file', (page) => {
    const meta = headers.get(page.file)!;
    const want = names(page.authors);
    const got = names(meta.byline ?? []);
    if (clean(meta.title ?? '') === clean(page.title)) tally.title++;
    if (got.length === want.length && got.every((n, i) => n === want[i])) tally.exact++;
    if (got.some((n) => want.includes(n))) tally.overlap++;
    if (sameDay(page, meta.publishedTime)) tally.day++;
    if (page.published.minute) {
      tally.timed++;
      const minute = (iso: string | null | undefined) => Math.floor(Date.parse(iso ?? '') / 60000);
      if (minute(meta.publishedTime) === minute(page.published.minute)) tally.minute++;
    }

    check(page, 'title')('title', () => expect(clean(meta.title ?? '')).toBe(clean(page.title)));
    check(page, 'authors')('authors', () => expect(got).toEqual(want));
    check(page, 'date')('date (same day)', () =>
      expect({ got: meta.publishedTime, ok: sameDay(page, meta.publishedTime) }).toMatchObject({ ok: true }),
    );
  });

  afterAll(() => {
    const f = (n: number) => (n / pages.length).toFixed(2);
    console.log(
      `[${folder}] title=${f(tally.title)} authors-exact=${f(tally.exact)} overlap=${f(tally.overlap)} date-day=${f(tally.day)} n=${pages.length}; date-minute=${(tally.minute / tally.timed).toFixed(2)} n=${tally.timed}`,
    );
  });
}
