/**
 * The guidelines' ruling on CMS accounts (eval/gold/guidelines/headers.md, 2026-12-02): a
 * handle the page shows as its one credit, in the author box at the story's end, is the
 * credit, kept as written and shown with less weight; where the page credits anyone else,
 * the box is not read. The page is written for the project
 * (tests/fixtures/pages/header/author-box-handle.html).
 */
import { describe, expect, test } from 'vitest';
import { UNSURE_BELOW } from '../../src/popup/sections/header';
import { fixture, headerOf } from './load';

const URL = 'https://quayside.example/2025/03/ferries';
const page = fixture('header/author-box-handle.html');

describe("an author box's name, the page's one credit", () => {
  test('a handle the box shows is the credit, with less weight; a commenter is not', () => {
    const meta = headerOf(page, URL);
    expect(meta.byline).toEqual(['quayfan90']);
    expect(meta.confidence?.byline ?? 1).toBeLessThan(UNSURE_BELOW);
  });

  test("a person's name in the box is the credit too", () => {
    expect(headerOf(page.replace('>quayfan90<', '>Ana Lima<'), URL).byline).toEqual(['Ana Lima']);
  });

  test('a byline under the headline wins over the box', () => {
    const html = page.replace(
      '<div class="entry-content">',
      '<p class="byline">By Tom Ortega</p><div class="entry-content">',
    );
    expect(headerOf(html, URL).byline).toEqual(['Tom Ortega']);
  });

  test('boxes that name different people credit no one', () => {
    const html = page.replace(
      '<div class="authorDesc">',
      '<div class="author-name">harbourfan</div><div class="authorDesc">',
    );
    expect(headerOf(html, URL).byline).toEqual([]);
  });
});
