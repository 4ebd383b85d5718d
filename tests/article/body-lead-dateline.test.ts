/**
 * The body (issue 18): a story that opens with its place's or its author's dateline in a
 * paragraph of its own ("Harbour City, 3 March 2025", "Ana Lima | March 3, 2025") starts
 * with its news, not the dateline; the same line later in the story (a timeline's entry)
 * stays, and so does a first paragraph that only names a place. Pages written for the project.
 */
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/article/extract';
import { isLeadDateline } from '../../src/article/block-filter';
import { HEADER_STORY, load } from './load';

const bodyOf = (body: string): string[] => {
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port plan approved by the council</title></head>' +
    `<body><main><article><h1>Port plan approved by the council</h1><div class="article-body">${body}</div></article></main></body></html>`;
  const url = 'https://harbour.example/news/port-plan';
  return extractArticle(load(html, url), { url, now: new Date('2025-06-01T12:00:00Z') }).article.blocks.map(
    (b) => b.text,
  );
};

describe("a dateline of the story's place or author as its first paragraph", () => {
  test.each([['Harbour City, 3 March 2025'], ['Ana Lima | March 3, 2025'], ['Harbour City — March 3, 2025 9:30 a.m.']])(
    '%j goes',
    (line) => {
      const texts = bodyOf(`<p>${line}</p>${HEADER_STORY}`);
      expect(texts[0]).toMatch(/^The harbour authority/u);
      expect(texts).not.toContain(line);
    },
  );

  test('the same line later in the story stays (a timeline of the plan)', () => {
    const texts = bodyOf(`${HEADER_STORY}<p>Harbour City, 3 March 2025</p><p>The council votes on the plan.</p>`);
    expect(texts).toContain('Harbour City, 3 March 2025');
  });

  test.each([
    ['Harbour City, 3 March 2025', true],
    ['Ana Lima | March 3, 2025', true],
    ['Harbour City, where the port began', false],
    ['On 3 March 2025, the council met to vote on the plan', false],
    ['Harbour City', false],
  ])('isLeadDateline(%j) is %s', (text, yes) => {
    expect(isLeadDateline(text)).toBe(yes);
  });
});
