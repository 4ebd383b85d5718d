/** Text for the summary's tests: paragraphs, and filler sentences that match nothing. */
import type { ArticleMeta, Block } from '../../src/core/types';

export const para = (id: number, text: string): Block => ({ id, kind: 'paragraph', text });

/** An English page's metadata whose description (`excerpt`) came from og:description. */
export const metaWithDescription = (excerpt: string, title: string): ArticleMeta => ({
  url: null,
  title,
  byline: [],
  publishedTime: null,
  modifiedTime: null,
  siteName: null,
  lang: 'en',
  dir: null,
  excerpt,
  leadImage: null,
  sources: { excerpt: 'meta:og:description' },
});

const letters = (n: number): string => n.toString(26).replace(/./gu, (d) => String.fromCharCode(97 + parseInt(d, 26)));

/**
 * A maker of filler: `n` sentences of 13 words ("Meanwhile qqa qqb …") that share no word
 * with each other or with anything else. Each maker counts on from its own start.
 */
export function fillerOf(prefix: string): (n: number) => string {
  let fresh = 0;
  return (n) =>
    Array.from({ length: n }, () => {
      const words = Array.from({ length: 13 }, () => `${prefix}${letters(fresh++)}`);
      return `Meanwhile ${words.join(' ')}.`;
    }).join(' ');
}
