/**
 * Issue 18, authors: a page whose header credits no one and whose author bio sits in a box
 * right after the story's <article> element ("author-bio", or under "About the author"),
 * not inside it, or whose closing line gives the writer's address ("Contact reporter Ana
 * Lima at …", "Ana Lima can be reached at ana@…"). The bio of another story that follows
 * (an <article> of its own, a related block) is not the story's, nor is a person the story
 * tells its reader to contact. Pages written for the project.
 */
import { describe, expect, test } from 'vitest';
import { HEADER_STORY, headerOf } from './load';

const page = (after: string) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port plan approved by the council | Harbour Post</title>' +
  '<meta property="og:site_name" content="Harbour Post"></head><body><main><article>' +
  `<h1>Port plan approved by the council</h1><p class="date">March 3, 2025</p><div class="article-body">${HEADER_STORY}</div></article>` +
  `${after}</main></body></html>`;

const authorsOf = (after: string) => headerOf(page(after)).byline;

describe('a bio box after the story element', () => {
  test.each([
    ['<div class="author-bio"><p>Ana Lima is a reporter for the Harbour Post covering transport.</p></div>'],
    [
      '<div class="share">Share this story</div><section class="about-author"><p>Ana Lima writes about ports and shipping.</p></section>',
    ],
    ['<section><h3>About the author</h3><p>Ana Lima is the transport correspondent of the Harbour Post.</p></section>'],
  ])('%s', (after) => {
    expect(authorsOf(after)).toEqual(['Ana Lima']);
  });

  test.each([
    [
      'the next story, an article of its own',
      '<article><h2>Ferry fares rise</h2><div class="author-bio"><p>Tom Ortega is a reporter for the Harbour Post.</p></div></article>',
    ],
    [
      'a related block',
      '<div class="related-stories"><div class="author-bio"><p>Tom Ortega is a reporter for the Harbour Post.</p></div></div>',
    ],
    [
      'a paragraph that is no bio box',
      '<div class="promo"><p>Tom Ortega is a reporter for the Harbour Post.</p></div>',
    ],
  ])('not %s', (_label, after) => {
    expect(authorsOf(after)).toEqual([]);
  });
});

const closing = (last: string) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port plan approved by the council | Harbour Post</title>' +
  '<meta property="og:site_name" content="Harbour Post"></head><body><main><article>' +
  `<h1>Port plan approved by the council</h1><p class="date">March 3, 2025</p><div class="article-body">${HEADER_STORY}${last}</div></article></main></body></html>`;

describe("a closing line with the writer's address", () => {
  test.each([
    ['<p>Contact reporter Ana Lima at ana.lima@harbour.example or 555-0100.</p>'],
    ['<p><em>Ana Lima can be reached at ana.lima@harbour.example.</em></p>'],
    ['<p>Reach staff writer Ana Lima at 555-0100.</p>'],
  ])('%s', (last) => {
    expect(headerOf(closing(last)).byline).toEqual(['Ana Lima']);
  });

  test.each([
    ['<p>Contact Maria Keller at the port office for a place at the hearings.</p>'],
    ['<p>Maria Keller can be reached at the port office on weekdays.</p>'],
  ])('not a person the story says to contact: %s', (last) => {
    expect(headerOf(closing(last)).byline).toEqual([]);
  });
});
