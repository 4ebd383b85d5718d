/**
 * A short story whose page shows no date of its own, followed by its readers' comments
 * (issue 18, "a comment's date"): the first comment's stamp is within reach of the text read
 * after the headline, and it is no publication date. A column's "commentary" body is no
 * comment: its date stays. The pages are written for the project.
 */
import { describe, expect, test } from 'vitest';
import { HEADER_STORY, headerOf } from './load';

/** The header tests' story with a byline and no date, then `after` (inside or after its <article>). */
const page = (inside: string, after = '', body = 'article-body'): string =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port plan approved | Harbour Post</title></head>' +
  '<body><main><article><h1>Port plan approved</h1><p class="byline">By Ana Lima</p>' +
  `<div class="${body}">${HEADER_STORY}</div>${inside}</article>${after}</main></body></html>`;

describe("a comment's date is not the story's", () => {
  test.each([
    [
      'a comments section after the article, its stamp in a <time>',
      page(
        '',
        '<section class="comments"><h3>Comments</h3><div class="comment"><span class="author">Joe</span> ' +
          '<time datetime="2025-03-20T08:00:00Z">March 20, 2025</time><p>Good news for the harbour.</p></div></section>',
      ),
    ],
    [
      'a list of comments, each stamp a link',
      page(
        '',
        '<div id="comments"><h3>2 responses</h3><ol class="commentlist"><li><cite>Joe</cite> says: ' +
          '<a href="#c1">March 20, 2025 at 8:00 am</a><p>Good news for the harbour.</p></li></ol></div>',
      ),
    ],
    [
      "comments inside the story's <article>",
      page(
        '<div class="comments-area"><h3>One comment</h3><article class="comment"><footer class="comment-meta">' +
          '<b>Joe</b> <time datetime="2025-03-20T08:00:00+00:00">March 20, 2025 at 8:00 am</time></footer>' +
          '<div class="comment-content"><p>Good news.</p></div></article></div>',
      ),
    ],
  ])('%s', (_label, html) => {
    const meta = headerOf(html);
    expect(meta.publishedTime).toBeNull();
    expect(meta.byline).toEqual(['Ana Lima']);
  });

  test("a byline's bar named for its share and comment buttons still dates the story", () => {
    const html = page('').replace(
      '<p class="byline">By Ana Lima</p>',
      '<div class="entry-meta site-social-comments">By <span class="author">Ana Lima</span> • ' +
        '<time>3/12/25 9:30am</time> <ul class="share"><li><a href="/share">Share</a></li></ul></div>',
    );
    expect(headerOf(html).publishedTime?.slice(0, 10)).toBe('2025-03-12');
  });

  test('a date in a column\'s "commentary" body still dates it', () => {
    const html = page('', '', 'commentary-body').replace(
      '<div class="commentary-body">',
      '<div class="commentary-body"><p class="stamp">March 12, 2025</p>',
    );
    expect(headerOf(html).publishedTime).toBe('2025-03-12');
  });
});
